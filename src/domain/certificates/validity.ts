// A certificate is valid for 36 months from its decision (QĐ 26/2026 Art. 12;
// QĐ 148). Dates are ISO calendar dates (yyyy-mm-dd), no time zone involved.
export const VALIDITY_MONTHS = 36;

/** Last day of validity: the day before the same calendar day `months` later (clamped to month end). */
export function certificateValidUntil(validFrom: string, months = VALIDITY_MONTHS): string {
  const [y, m, d] = validFrom.split('-').map(Number);
  const targetMonthIndex = m - 1 + months;
  const ty = y + Math.floor(targetMonthIndex / 12);
  const tm = targetMonthIndex % 12;
  const lastDay = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  const sameDay = new Date(Date.UTC(ty, tm, Math.min(d, lastDay)));
  sameDay.setUTCDate(sameDay.getUTCDate() - 1);
  return sameDay.toISOString().slice(0, 10);
}
