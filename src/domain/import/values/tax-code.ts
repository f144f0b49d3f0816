// Identifiers of OCOP producers as typed in provincial lists: the enterprise or
// co-operative tax code (mã số thuế, which is also the enterprise code, mã số
// doanh nghiệp), a branch's 13-digit code, the 12-digit personal identification
// number (CCCD) that household businesses use, and free-form household business
// registration numbers issued by districts.
//
// Check digit. The tenth digit N10 of a tax code checks the first nine:
//   A   = 31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9
//   N10 = 10 − (A mod 11)
// Source and certainty: the formula is the one implemented by python-stdnum
// (stdnum.vn.mst) and stdnum-js, which cite vi.wikipedia "Thuế Việt Nam § Mã số
// thuế"; it is reported to come from the tax authority's original tax-code rules
// (Quyết định 75/1998/QĐ-TCT — not checked against the signed text here). The
// registration circulars (e.g. Thông tư 105/2020/TT-BTC) only say that N10 is a
// check digit, without the formula. Real codes used as python-stdnum's test
// vectors (0100233488, 0314409058) satisfy it. Some third-party validators print
// "11 − (A mod 11)"; that variant rejects those real codes, so it is not used.
// Gap in the rule: when A mod 11 = 0 the formula gives 10, which is not a digit.
// No check digit can then be valid, so such 9-digit prefixes should never have
// been issued and every code built on one is refused. (A mod 11 = 10 gives 0.)
// Since 1 July 2025 individuals and household businesses use their 12-digit
// personal identification number as tax code (Thông tư 86/2024/TT-BTC), hence
// the personal_id kind below.
import { foldVietnamese } from '../../text/vietnamese.ts';
import { readCellText } from './cell-text.ts';
import { fail, quote, succeed, type Message, type ParseResult } from './result.ts';

export type IdentifierKind = 'tax_code' | 'tax_code_branch' | 'personal_id' | 'household_registration';

export interface ProducerIdentifier {
  kind: IdentifierKind;
  /** Normalised: "0100233488", "0100233488-001", "001085012345", "27A8001234". */
  value: string;
}

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** The check digit for nine leading digits, or null when the rule gives no digit (A mod 11 = 0). */
export function computeTaxCodeCheckDigit(firstNine: string): number | null {
  if (!/^\d{9}$/.test(firstNine)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += WEIGHTS[i] * Number(firstNine[i]);
  const check = 10 - (sum % 11);
  return check === 10 ? null : check;
}

/**
 * True when the first ten digits of a 10- or 13-digit tax code (dash, spaces and dots
 * allowed) carry a valid check digit and a non-zero running number.
 */
export function isValidTaxCodeChecksum(code: string): boolean {
  const digits = code.replace(/[\s.-]/g, '');
  if (!/^\d{10}(?:\d{3})?$/.test(digits)) return false;
  // N3–N7… all zero is not a running number anyone was given.
  if (digits.slice(2, 9) === '0000000') return false;
  return computeTaxCodeCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/** Labels officials type before the number: "MST: …", "Mã số thuế …", "CCCD số …". */
const LABEL =
  /^(?:ma so thue|ma so doanh nghiep|ma so ho kinh doanh|so dkkd|so cccd|can cuoc cong dan|cccd|mst|msdn|so)\s*(?:so)?\s*[:.]?\s*/;

/** CCCD province codes run 001–096 (Thông tư 07/2016/TT-BCA, later 59/2021/TT-BCA). */
function hasPersonalIdProvince(digits: string): boolean {
  const province = Number(digits.slice(0, 3));
  return digits.startsWith('0') && province >= 1 && province <= 96;
}

function failChecksum(text: string, digits: string): ParseResult<ProducerIdentifier | null> {
  const expected = computeTaxCodeCheckDigit(digits.slice(0, 9));
  const hint: Message =
    expected === null
      ? {
          vi: 'không có chữ số kiểm tra nào hợp lệ cho 9 số đầu này',
          en: 'no check digit is valid for these first nine digits',
        }
      : { vi: `chữ số thứ 10 phải là ${expected}`, en: `the 10th digit should be ${expected}` };
  return fail(
    'CHECKSUM',
    `Mã số thuế ${quote(text)} sai chữ số kiểm tra (${hint.vi}); có thể gõ nhầm một chữ số.`,
    `Tax code ${quote(text)} fails its check digit (${hint.en}); a digit may be mistyped.`,
  );
}

function buildRestoredZeroNote(original: string, value: string): Message {
  return {
    vi: `Ô kiểu số ${quote(original)} đã mất số 0 ở đầu; đã khôi phục thành ${value}.`,
    en: `The number cell ${quote(original)} lost its leading zeros; restored as ${value}.`,
  };
}

function parseTaxDigits(
  text: string,
  digits: string,
  note?: Message,
): ParseResult<ProducerIdentifier | null> {
  if (!isValidTaxCodeChecksum(digits)) {
    if (digits.slice(2, 9) === '0000000') {
      return fail(
        'INVALID_FORMAT',
        `Mã số thuế ${quote(text)} không hợp lệ (số thứ tự toàn số 0).`,
        `Tax code ${quote(text)} is invalid (running number all zeros).`,
      );
    }
    return failChecksum(text, digits);
  }
  if (digits.length === 10) return succeed({ kind: 'tax_code', value: digits }, note);
  if (digits.endsWith('000')) {
    return fail(
      'INVALID_FORMAT',
      `Mã chi nhánh ${quote(text)} không hợp lệ: ba số cuối không thể là 000.`,
      `Branch code ${quote(text)} is invalid: the last three digits cannot be 000.`,
    );
  }
  return succeed({ kind: 'tax_code_branch', value: `${digits.slice(0, 10)}-${digits.slice(10)}` }, note);
}

function parsePersonalId(
  text: string,
  digits: string,
  note?: Message,
): ParseResult<ProducerIdentifier | null> {
  if (!hasPersonalIdProvince(digits)) {
    return fail(
      'INVALID_FORMAT',
      `${quote(text)} có 12 chữ số nhưng không phải số CCCD: ba số đầu phải là mã tỉnh từ 001 đến 096.`,
      `${quote(text)} has 12 digits but is not a personal ID (CCCD): the first three digits must be a province code 001–096.`,
    );
  }
  return succeed({ kind: 'personal_id', value: digits }, note);
}

/**
 * A number cell has lost the leading zeros every CCCD and many tax codes start with
 * (Hà Nội 01…, TP.HCM 03…); put them back when the length says how many are missing.
 */
function parseNumberCell(text: string): ParseResult<ProducerIdentifier | null> | null {
  if (text.length === 9) {
    const padded = `0${text}`;
    if (isValidTaxCodeChecksum(padded))
      return parseTaxDigits(text, padded, buildRestoredZeroNote(text, padded));
  }
  if (text.length === 11) return parsePersonalId(text, `0${text}`, buildRestoredZeroNote(text, `0${text}`));
  // CCCDs of provinces 001–009 lose two zeros; a valid tax code takes precedence.
  if (text.length === 10 && !isValidTaxCodeChecksum(text) && hasPersonalIdProvince(`00${text}`)) {
    const padded = `00${text}`;
    const note = buildRestoredZeroNote(text, padded);
    return parsePersonalId(text, padded, {
      vi: `${note.vi} Nếu đây là mã số thuế thì mã sai chữ số kiểm tra.`,
      en: `${note.en} If this was meant as a tax code, its check digit is wrong.`,
    });
  }
  if (text.length === 12 && !text.startsWith('0') && isValidTaxCodeChecksum(`0${text}`)) {
    const padded = `0${text}`;
    return parseTaxDigits(
      text,
      padded,
      buildRestoredZeroNote(text, `${padded.slice(0, 10)}-${padded.slice(10)}`),
    );
  }
  return null;
}

/** Parses a producer identifier cell; empty cells give `value: null`. */
export function parseTaxCode(cell: unknown): ParseResult<ProducerIdentifier | null> {
  const read = readCellText(cell, { maxLength: 60 });
  if ('ok' in read) return read;
  if (read.text === null) return succeed(null);
  const text = read.text;
  if (typeof cell === 'number') {
    const fromNumber = parseNumberCell(text);
    if (fromNumber) return fromNumber;
  }
  const unlabelled = foldVietnamese(text).replace(LABEL, '');
  const branch = /^(\d[\d .]*\d)\s*[-–—/]\s*(\d{3})$/.exec(unlabelled);
  const compact = branch ? `${branch[1]}${branch[2]}`.replace(/[ .]/g, '') : unlabelled.replace(/[\s.]/g, '');
  if (/^\d+$/.test(compact)) {
    if (compact.length === 10 || compact.length === 13) return parseTaxDigits(text, compact);
    if (compact.length === 12) return parsePersonalId(text, compact);
  }
  // Household registrations mix letters and digits freely by district ("27A8001234").
  const registration = compact.replace(/-/g, '').toUpperCase();
  if (/^[0-9A-Z]{6,15}$/.test(registration) && /\d/.test(registration) && !branch) {
    return succeed(
      { kind: 'household_registration', value: registration },
      {
        vi: `${quote(text)} không phải mã số thuế (10 số) hay CCCD (12 số); được ghi nhận là số đăng ký hộ kinh doanh, chưa kiểm tra được.`,
        en: `${quote(text)} is neither a tax code (10 digits) nor a CCCD (12 digits); kept as a household business registration number, unverified.`,
      },
    );
  }
  return fail(
    'INVALID_FORMAT',
    `Không nhận ra mã ${quote(text)}. Mã số thuế có 10 chữ số (chi nhánh: 10 số, dấu “-”, 3 số); CCCD có 12 chữ số; số đăng ký hộ kinh doanh gồm 6–15 chữ và số.`,
    `Cannot read the identifier ${quote(text)}. A tax code has 10 digits (branch: 10 digits, “-”, 3 digits); a CCCD has 12 digits; a household registration 6–15 letters and digits.`,
  );
}
