// GS1 trade item numbers (GTIN-8/12/13/14) with their mod-10 check digit; Vietnamese
// GS1 prefixes are 893. Stored as the 14-digit form used by GS1 Digital Link (AI 01).
export function isValidGtin(digits: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(digits)) return false;
  const body = digits.slice(0, -1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const d = Number(body[body.length - 1 - i]);
    sum += i % 2 === 0 ? d * 3 : d;
  }
  return (10 - (sum % 10)) % 10 === Number(digits.at(-1));
}

/** Cleans spaces and dashes, checks the digit, returns GTIN-14 or null. */
export function normaliseGtin(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  return isValidGtin(digits) ? digits.padStart(14, '0') : null;
}
