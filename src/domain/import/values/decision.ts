// Recognition decisions (quyết định công nhận) as cited in provincial lists:
// "Quyết định số 123/QĐ-UBND ngày 05/6/2025", "QĐ 123/QĐ-UBND, 05/06/2025",
// "2361/QĐ-BNNMT ngày 26/6/2025", normative ones with a year such as
// "26/2026/QĐ-TTg". The number is the legal identity of the decision, so it is
// normalised to one spelling (QĐ with the Vietnamese letter, no spaces around "/"
// and "-") and refused when two different numbers share one cell.
import { foldVietnamese } from '../../text/vietnamese.ts';
import { readCellText } from './cell-text.ts';
import { findDateInText } from './dates.ts';
import { fail, joinNotes, quote, succeed, type Message, type ParseResult } from './result.ts';

export interface Decision {
  /** Normalised number as written on the decision, e.g. "123/QĐ-UBND", "26/2026/QĐ-TTg". */
  number: string;
  /** Running number of the decision within the issuer's register for the year. */
  serial: number;
  /** Year written inside the number (normative decisions only), else null. */
  year: number | null;
  /** Document kind: only decisions (QĐ) are recognition instruments. */
  kind: 'QĐ';
  /** Issuing body code after "QĐ-": UBND (provincial/district PC), BNNMT, BNN-VPĐP, TTg… */
  issuerCode: string;
  /** Date of signature, yyyy-mm-dd, or null when the cell gives none. */
  date: string | null;
}

/** Codes written in mixed case by convention; everything else is upper case. */
const MIXED_CASE_CODES: Readonly<Record<string, string>> = { TTG: 'TTg' };

/** Other document kinds that officials sometimes put in the decision column. */
const OTHER_KINDS: Readonly<Record<string, Message>> = {
  TB: { vi: 'thông báo', en: 'a notice' },
  KH: { vi: 'kế hoạch', en: 'a plan' },
  CV: { vi: 'công văn', en: 'a letter' },
  NQ: { vi: 'nghị quyết', en: 'a resolution' },
  BC: { vi: 'báo cáo', en: 'a report' },
  TTR: { vi: 'tờ trình', en: 'a submission' },
};

/**
 * Tightens spacing around "/" and "-" ("123 / QĐ - UBND") and turns the typographic
 * dashes into "-", so the number pattern sees one spelling.
 */
function tightenSeparators(text: string): string {
  return text.replace(/\s*([/])\s*/g, '$1').replace(/\s*[-‐‑‒–—]\s*/g, '-');
}

const LETTERS = 'A-Za-zĐđ';
/** One issuer segment: letters (and "&" as in "SNN&PTNT") ending at a word break. */
const SEGMENT = `[${LETTERS}&]+(?![\\p{L}])`;
const NUMBER_PATTERN = new RegExp(
  `(?<!\\d)(\\d{1,6})(?:/((?:19|20)\\d{2}))?/([${LETTERS}]{2,3})(?![\\p{L}])(?:-(${SEGMENT}(?:-${SEGMENT})*))?`,
  'gu',
);

/** Words that follow a number after a dash ("123/QĐ-UBND - ngày …") and are not issuer codes. */
const NOT_ISSUER = new Set(['ngay', 'so', 'nam', 'thang', 'cua', 've', 'v']);

function normaliseIssuer(raw: string): string {
  const parts: string[] = [];
  for (const part of raw.split('-')) {
    if (NOT_ISSUER.has(foldVietnamese(part))) break;
    parts.push(MIXED_CASE_CODES[part.toUpperCase()] ?? part.toUpperCase());
  }
  return parts.join('-');
}

interface FoundNumber {
  serial: number;
  year: number | null;
  kindCode: string;
  issuerCode: string;
  start: number;
  end: number;
}

function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    found.push({
      serial: Number(match[1]),
      year: match[2] ? Number(match[2]) : null,
      // "QD" typed without the Vietnamese letter is the same abbreviation.
      kindCode: match[3].toUpperCase().replace(/D/g, 'Đ'),
      issuerCode: normaliseIssuer(match[4] ?? ''),
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
    });
  }
  return found;
}

function formatNumber(n: FoundNumber): string {
  return `${n.serial}${n.year ? `/${n.year}` : ''}/${n.kindCode}-${n.issuerCode}`;
}

function failUnrecognised(text: string): ParseResult<Decision | null> {
  return fail(
    'UNRECOGNISED',
    `Không tìm thấy số quyết định trong ${quote(text)}. Số quyết định có dạng “123/QĐ-UBND”, ví dụ “Quyết định số 123/QĐ-UBND ngày 05/6/2025”.`,
    `No decision number found in ${quote(text)}. A decision number looks like “123/QĐ-UBND”, e.g. “Quyết định số 123/QĐ-UBND ngày 05/6/2025”.`,
  );
}

function checkKind(n: FoundNumber, text: string): ParseResult<Decision | null> | null {
  if (n.kindCode === 'QĐ') return null;
  const other = OTHER_KINDS[foldVietnamese(n.kindCode).toUpperCase()];
  const what = other ?? { vi: `văn bản loại “${n.kindCode}”`, en: `a document of kind “${n.kindCode}”` };
  return fail(
    'INVALID_FORMAT',
    `${quote(text)} là ${what.vi}, không phải quyết định (QĐ) công nhận.`,
    `${quote(text)} is ${what.en}, not a recognition decision (QĐ).`,
  );
}

/** Parses a decision citation; empty cells give `value: null`. */
/**
 * "Quyết định số 1482", "QĐ số 58 ngày 12/3/2021": news items name a decision by its running
 * number alone. It is kept as written, its issuing body unknown, and said so.
 */
function bareDecision(text: string): ParseResult<Decision | null> | null {
  // "số" makes it a reference to a decision; "QĐ 123" alone is too little to read
  const m = /(?:quyết định|qđ)\s+số\s*(\d{1,6})(?![\d/])/iu.exec(text);
  if (!m || Number(m[1]) === 0) return null;
  const decision: Decision = {
    number: m[1],
    serial: Number(m[1]),
    year: null,
    kind: 'QĐ',
    issuerCode: '',
    date: null,
  };
  const found = findDateInText(text.slice(m.index + m[0].length));
  const note = {
    vi: `Ô ${quote(text)} chỉ ghi số thứ tự của quyết định, không ghi ký hiệu và cơ quan ban hành; giữ nguyên số ${m[1]}.`,
    en: `${quote(text)} gives only the decision's running number, without its symbol or issuing body; ${m[1]} is kept as written.`,
  };
  if (!found) return succeed(decision, note);
  if (!found.result.ok) return found.result;
  return succeed({ ...decision, date: found.result.value }, note);
}

export function parseDecision(cell: unknown): ParseResult<Decision | null> {
  const read = readCellText(cell, { maxLength: 300 });
  if ('ok' in read) return read;
  if (read.text === null) return succeed(null);
  const text = read.text;
  const tight = tightenSeparators(text);
  const numbers = findNumbers(tight);
  if (numbers.length === 0) return bareDecision(text) ?? failUnrecognised(text);
  const distinct = new Set(numbers.map(formatNumber));
  if (distinct.size > 1) {
    return fail(
      'AMBIGUOUS',
      `Ô ${quote(text)} có nhiều số quyết định (${[...distinct].join('; ')}); mỗi ô chỉ ghi một quyết định.`,
      `${quote(text)} holds several decision numbers (${[...distinct].join('; ')}); one decision per cell.`,
    );
  }
  const first = numbers[0];
  const wrongKind = checkKind(first, text);
  if (wrongKind) return wrongKind;
  if (first.issuerCode === '') {
    return fail(
      'INVALID_FORMAT',
      `Số quyết định ${quote(text)} thiếu cơ quan ban hành sau “QĐ-” (ví dụ “QĐ-UBND”).`,
      `Decision number ${quote(text)} lacks the issuing body after “QĐ-” (e.g. “QĐ-UBND”).`,
    );
  }
  if (first.serial === 0) {
    return fail(
      'INVALID_FORMAT',
      `Số quyết định ${quote(text)} không thể là 0.`,
      `Decision number ${quote(text)} cannot be 0.`,
    );
  }

  // The date is searched for only outside the number, so "26/2026/QĐ-TTg" is not read as a date.
  const rest = `${tight.slice(0, first.start)} ${tight.slice(first.end)}`;
  const decision: Decision = {
    number: formatNumber(first),
    serial: first.serial,
    year: first.year,
    kind: 'QĐ',
    issuerCode: first.issuerCode,
    date: null,
  };
  const date = findDateInText(rest);
  if (!date) {
    return succeed(decision, {
      vi: `Ô ${quote(text)} không ghi ngày ký quyết định; ngày để trống.`,
      en: `${quote(text)} gives no signature date; the date is left empty.`,
    });
  }
  if (!date.result.ok) return date.result;
  let note = date.result.note;
  if (first.year !== null && Number(date.result.value.slice(0, 4)) !== first.year) {
    note = joinNotes(note, {
      vi: `Năm trong số quyết định (${first.year}) khác năm của ngày ký (${date.result.value.slice(0, 4)}); hãy kiểm tra lại.`,
      en: `The year in the number (${first.year}) differs from the signature year (${date.result.value.slice(0, 4)}); please check.`,
    });
  }
  return succeed({ ...decision, date: date.result.value }, note);
}
