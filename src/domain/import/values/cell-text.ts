// Reads one spreadsheet cell into a small, typed shape before any parser looks at
// it. Cells arrive as whatever the Excel reader produced (exceljs: strings, numbers,
// booleans, Date objects, and objects for rich text, hyperlinks, formulas and error
// values), or as anything at all when a caller passes the wrong thing; this is the
// single place that decides which of those are usable, so every parser refuses
// formulas, error values and garbage in the same words.
import { collapseWhitespace, toNfc } from '../../text/vietnamese.ts';
import { fail, quote, type ParseFailure } from './result.ts';

export type CellContent =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: Date };

export interface ReadCellOptions {
  /** Longest text accepted, after trimming; longer cells are refused as TOO_LONG. */
  maxLength?: number;
}

export const DEFAULT_MAX_LENGTH = 500;

/** Zero-width characters and the BOM: invisible, pasted in from web pages and Word. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** A cell that only says "nothing here": blank, or a lone dash or run of dashes. */
const PLACEHOLDER = /^[-‐‑‒–—―_.]*$/u;

/**
 * Clean text: NFC, invisible characters dropped, whitespace (no-break spaces,
 * tabs, line breaks inside a cell) collapsed. Ð (U+00D0, Icelandic eth) and ð are
 * mapped to Đ/đ: they look identical and keyboards and fonts hand them out in
 * place of the Vietnamese letter, which would otherwise make "QÐ" differ from "QĐ".
 */
export function cleanText(raw: string): string {
  const visible = toNfc(raw)
    .replace(INVISIBLE, '')
    .replace(/\u00d0/g, 'Đ')
    .replace(/\u00f0/g, 'đ');
  return collapseWhitespace(visible);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** exceljs rich text: runs of differently formatted text that read as one string. */
function readRichText(value: Record<string, unknown>): string | null {
  const runs = value.richText;
  if (!Array.isArray(runs)) return null;
  let text = '';
  for (const run of runs) {
    if (!isRecord(run) || typeof run.text !== 'string') return null;
    text += run.text;
  }
  return text;
}

function refuseFormula(formula: string): ParseFailure {
  return fail(
    'FORMULA',
    `Ô chứa công thức ${quote(formula)}, không phải giá trị. Hãy sao chép và dán dưới dạng giá trị (Paste Values) rồi nhập lại.`,
    `The cell holds the formula ${quote(formula)}, not a value. Copy it and paste as values, then import again.`,
  );
}

function readText(raw: string, maxLength: number): CellContent | ParseFailure {
  const text = cleanText(raw);
  if (PLACEHOLDER.test(text)) return { kind: 'empty' };
  // Text starting with "=" is a formula Excel did not evaluate (typed into a text
  // cell, or exported as text): its value is unknown, so it must not be guessed.
  if (text.length > 1 && text.startsWith('=')) return refuseFormula(text);
  if (text.length > maxLength) {
    return fail(
      'TOO_LONG',
      `Nội dung quá dài (${text.length} ký tự, tối đa ${maxLength}): ${quote(text)}. Có thể đã dán nhầm cả đoạn văn vào ô này.`,
      `The text is too long (${text.length} characters, at most ${maxLength}): ${quote(text)}. A whole paragraph may have been pasted into this cell.`,
    );
  }
  return { kind: 'text', text };
}

function readObject(value: Record<string, unknown>, maxLength: number): CellContent | ParseFailure {
  const formula = typeof value.formula === 'string' ? value.formula : value.sharedFormula;
  if (typeof formula === 'string') return refuseFormula(formula.startsWith('=') ? formula : `=${formula}`);
  if (typeof value.error === 'string') {
    return fail(
      'CELL_ERROR',
      `Ô đang báo lỗi Excel ${quote(value.error)}; hãy sửa ô trong tệp gốc.`,
      `The cell shows the Excel error ${quote(value.error)}; fix it in the source file.`,
    );
  }
  const rich = readRichText(value);
  if (rich !== null) return readText(rich, maxLength);
  if (typeof value.text === 'string') return readText(value.text, maxLength);
  return refuseType(Array.isArray(value) ? 'array' : 'object');
}

function refuseType(what: string): ParseFailure {
  return fail(
    'INVALID_TYPE',
    `Không đọc được giá trị của ô (kiểu dữ liệu ${what}).`,
    `The cell value cannot be read (data type ${what}).`,
  );
}

/** Turns a raw cell into empty, text, a finite number or a valid Date, or explains why not. */
export function readCell(cell: unknown, options: ReadCellOptions = {}): CellContent | ParseFailure {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (cell === null || cell === undefined) return { kind: 'empty' };
  if (typeof cell === 'string') return readText(cell, maxLength);
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return refuseType(String(cell));
    return { kind: 'number', value: cell };
  }
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) {
      return fail('INVALID_DATE', 'Ô chứa một ngày không hợp lệ.', 'The cell holds an invalid date.');
    }
    return { kind: 'date', value: cell };
  }
  if (typeof cell === 'boolean') return refuseType(`boolean ${String(cell)}`);
  if (isRecord(cell)) return readObject(cell, maxLength);
  return refuseType(typeof cell);
}

export function isFailure(content: CellContent | ParseFailure): content is ParseFailure {
  return 'ok' in content;
}

/**
 * The cell as text, for parsers that only take text: numbers are written in plain
 * decimal (a tax code typed as a number is still its digits) and dates refused.
 */
export function readCellText(
  cell: unknown,
  options: ReadCellOptions = {},
): { text: string | null } | ParseFailure {
  const content = readCell(cell, options);
  if (isFailure(content)) return content;
  switch (content.kind) {
    case 'empty':
      return { text: null };
    case 'text':
      return { text: content.text };
    case 'number':
      return { text: formatPlainNumber(content.value) };
    case 'date':
      return refuseType('date');
  }
}

/** 100233488 → "100233488", never "1.00233488e+8"; fractions keep their digits. */
export function formatPlainNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  return String(value);
}
