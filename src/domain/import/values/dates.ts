// Calendar dates as they appear in provincial sheets: typed day-first text in
// several separators, Vietnamese words ("ngày 5 tháng 6 năm 2025"), ISO dates,
// Date objects from the Excel reader, and raw Excel serial numbers. Vietnamese
// dates are always day/month/year: a month above 12 is an error, never a hint to
// swap to the US month/day order, because a silent swap corrupts every date whose
// day is 12 or less without anyone noticing.
import { foldVietnamese } from '../../text/vietnamese.ts';
import { isFailure, readCell } from './cell-text.ts';
import { fail, quote, succeed, type Message, type ParseResult } from './result.ts';

export interface ParseDateOptions {
  /** Read plain numbers (and 5-digit numeric text) as Excel serial dates; default true. */
  excelSerial?: boolean;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Serials in this band are 1954-10-03 … 2119-01-10: anything else is not a date someone meant. */
const MIN_SERIAL = 20000;
const MAX_SERIAL = 80000;
/** Two-digit years 00–69 are 2000–2069, 70–99 are 1970–1999 (Excel's own window is 00–29). */
const TWO_DIGIT_PIVOT = 70;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function countDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks a day-month-year triple against the calendar and returns yyyy-mm-dd. */
export function buildIsoDate(
  year: number,
  month: number,
  day: number,
  original: string,
): ParseResult<string> {
  if (month < 1 || month > 12) {
    const usOrder = month <= 31 && day >= 1 && day <= 12;
    return fail(
      'INVALID_DATE',
      `Ngày ${quote(original)} không hợp lệ: không có tháng ${month}. Ngày phải ghi theo thứ tự ngày/tháng/năm` +
        (usOrder ? ' (ô này có vẻ ghi theo kiểu tháng/ngày/năm).' : '.'),
      `Date ${quote(original)} is invalid: there is no month ${month}. Dates must be day/month/year` +
        (usOrder ? ' (this cell looks like month/day/year).' : '.'),
    );
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail(
      'OUT_OF_RANGE',
      `Năm ${year} trong ${quote(original)} nằm ngoài khoảng chấp nhận (${MIN_YEAR}–${MAX_YEAR}).`,
      `Year ${year} in ${quote(original)} is outside the accepted range (${MIN_YEAR}–${MAX_YEAR}).`,
    );
  }
  const last = countDaysInMonth(year, month);
  if (day < 1 || day > last) {
    return fail(
      'INVALID_DATE',
      `Ngày ${quote(original)} không tồn tại: tháng ${month}/${year} chỉ có ${last} ngày.`,
      `Date ${quote(original)} does not exist: ${year}-${pad(month)} has only ${last} days.`,
    );
  }
  return succeed(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
}

/** "25" → 2025 with a note saying so; four-digit years pass through. */
function expandYear(digits: string): { year: number; note?: Message } {
  const year = Number(digits);
  if (digits.length !== 2) return { year };
  const full = year < TWO_DIGIT_PIVOT ? 2000 + year : 1900 + year;
  return {
    year: full,
    note: {
      vi: `Năm ghi hai chữ số “${digits}” được hiểu là ${full}.`,
      en: `Two-digit year “${digits}” read as ${full}.`,
    },
  };
}

function attachNote(result: ParseResult<string>, note?: Message): ParseResult<string> {
  return result.ok && note ? succeed(result.value, note) : result;
}

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01, and serial 60 is 29 Feb 1900,
 * a day that never existed (kept by Excel for Lotus 1-2-3 compatibility), so from
 * serial 61 on the count runs one day ahead and the epoch is 1899-12-30.
 */
export function excelSerialToIso(serial: number): string | null {
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60) return null;
  const epoch = whole > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(epoch + whole * 86_400_000).toISOString().slice(0, 10);
}

function parseSerial(serial: number, original: string): ParseResult<string | null> {
  if (serial < MIN_SERIAL || serial > MAX_SERIAL) {
    return fail(
      'OUT_OF_RANGE',
      `Số ${quote(original)} không phải là một ngày. Hãy ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/06/2025.`,
      `The number ${quote(original)} is not a date. Write the date as day/month/year, e.g. 05/06/2025.`,
    );
  }
  const iso = excelSerialToIso(serial);
  if (iso === null)
    return fail(
      'INVALID_DATE',
      `Số ${quote(original)} không phải là ngày.`,
      `${quote(original)} is not a date.`,
    );
  if (Number.isInteger(serial)) return succeed(iso);
  return succeed(iso, {
    vi: 'Phần giờ trong ô đã bị bỏ qua.',
    en: 'The time of day in the cell was dropped.',
  });
}

function parseDateObject(date: Date): ParseResult<string | null> {
  // exceljs builds Date objects at UTC midnight of the day shown in the sheet, so the
  // UTC parts are the calendar date; local parts would shift it in UTC+7.
  const shown = date.toISOString();
  return buildIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), shown.slice(0, 10));
}

const DAY_FIRST =
  /^(?:ngay\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?$/;
const WORDS = /^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4})$/;
const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR_FIRST = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})$/;
const PARTIAL = /^(?:thang\s*)?\d{1,2}\s*(?:[/.-]|\s*nam\s*)\s*\d{4}$|^(?:nam\s*)?\d{4}$/;

function parseIso(match: RegExpExecArray, original: string): ParseResult<string | null> {
  const [, y, m, d, hh, mm, ss] = match;
  const midnight = hh === undefined || (Number(hh) === 0 && Number(mm) === 0 && Number(ss ?? 0) === 0);
  if (!midnight) {
    return fail(
      'AMBIGUOUS',
      `${quote(original)} có cả giờ; ngày theo giờ Việt Nam có thể khác. Hãy chỉ ghi ngày.`,
      `${quote(original)} carries a time of day; the Vietnamese calendar date may differ. Give the date only.`,
    );
  }
  return buildIsoDate(Number(y), Number(m), Number(d), original);
}

function parseText(text: string, options: ParseDateOptions): ParseResult<string | null> {
  const folded = foldVietnamese(text);
  const iso = ISO.exec(folded);
  if (iso) return parseIso(iso, text);
  const yearFirst = YEAR_FIRST.exec(folded);
  if (yearFirst) return buildIsoDate(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]), text);
  const dayFirst = DAY_FIRST.exec(folded);
  if (dayFirst) {
    const { year, note } = expandYear(dayFirst[4]);
    return attachNote(buildIsoDate(year, Number(dayFirst[3]), Number(dayFirst[1]), text), note);
  }
  const words = WORDS.exec(folded);
  if (words) return buildIsoDate(Number(words[3]), Number(words[2]), Number(words[1]), text);
  if (options.excelSerial !== false && /^\d{5}$/.test(folded)) return parseSerial(Number(folded), text);
  if (PARTIAL.test(folded)) {
    return fail(
      'INCOMPLETE',
      `Ngày ${quote(text)} thiếu ngày hoặc tháng; cần đủ ngày/tháng/năm.`,
      `Date ${quote(text)} lacks the day or month; a full day/month/year is needed.`,
    );
  }
  return fail(
    'UNRECOGNISED',
    `Không hiểu ngày ${quote(text)}. Hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/06/2025 hoặc “ngày 5 tháng 6 năm 2025”.`,
    `Cannot read the date ${quote(text)}. Write it as day/month/year, e.g. 05/06/2025 or “ngày 5 tháng 6 năm 2025”.`,
  );
}

/** Parses one date cell to yyyy-mm-dd; empty cells give `value: null`. */
export function parseDate(cell: unknown, options: ParseDateOptions = {}): ParseResult<string | null> {
  const content = readCell(cell, { maxLength: 100 });
  if (isFailure(content)) return content;
  switch (content.kind) {
    case 'empty':
      return succeed(null);
    case 'date':
      return parseDateObject(content.value);
    case 'number':
      if (options.excelSerial === false) {
        return fail(
          'INVALID_TYPE',
          `Ô chứa số ${quote(String(content.value))} thay vì ngày.`,
          `The cell holds the number ${quote(String(content.value))} instead of a date.`,
        );
      }
      return parseSerial(content.value, String(content.value));
    case 'text':
      return parseText(content.text, options);
  }
}

export interface DateInText {
  result: ParseResult<string>;
  /** Where the date was found in the folded text (same length as the cleaned input). */
  index: number;
  length: number;
}

const DAY_FIRST_IN_TEXT = /(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?!\d)/;
const WORDS_IN_TEXT = /(?<!\d)(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4})(?!\d)/;
const ISO_IN_TEXT = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** Finds the first date written inside longer text, e.g. "… ngày 05/6/2025 của UBND tỉnh". */
export function findDateInText(text: string): DateInText | null {
  const folded = foldVietnamese(text);
  const found: DateInText[] = [];
  const iso = ISO_IN_TEXT.exec(folded);
  if (iso)
    found.push({
      result: buildIsoDate(+iso[1], +iso[2], +iso[3], iso[0]),
      index: iso.index,
      length: iso[0].length,
    });
  const dayFirst = DAY_FIRST_IN_TEXT.exec(folded);
  if (dayFirst) {
    const { year, note } = expandYear(dayFirst[4]);
    const result = attachNote(buildIsoDate(year, +dayFirst[3], +dayFirst[1], dayFirst[0]), note);
    found.push({ result, index: dayFirst.index, length: dayFirst[0].length });
  }
  const words = WORDS_IN_TEXT.exec(folded);
  if (words)
    found.push({
      result: buildIsoDate(+words[3], +words[2], +words[1], words[0]),
      index: words.index,
      length: words[0].length,
    });
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}
