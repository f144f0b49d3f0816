// Recognises the rows of a provincial list that are not data: numbering rows under
// the header, section rows per district, subtotals and signature footers. Each
// test looks at the raw cells of one row (only a merge's top-left cell holds a
// value), so a section title merged across the whole row still counts as one cell.
import { foldVietnamese, toNfc } from '../../text/vietnamese.ts';
import { detectUnitTier } from './content-signals.ts';
import { toCellText, type Cell } from './grid.ts';

export interface RowCells {
  /** Text of each column, '' when empty. */
  texts: string[];
  nonEmpty: number;
  /** Column of the first non-empty cell, -1 for a blank row. */
  first: number;
}

export function readRowCells(row: readonly Cell[] | undefined, width: number): RowCells {
  const texts: string[] = [];
  let nonEmpty = 0;
  let first = -1;
  for (let c = 0; c < width; c++) {
    const text = toCellText(row?.[c] ?? null);
    texts.push(text);
    if (text === '') continue;
    nonEmpty++;
    if (first < 0) first = c;
  }
  return { texts, nonEmpty, first };
}

const NUMBER_TAG = /^\(?\s*(\d{1,3})\s*\)?(\s*[=x*+\-:/].*)?$/i;
const LETTER_TAG = /^\(\s*([a-z]|[ivx]{1,5})\s*\)$/i;

/**
 * "(1) (2) (3)…", "1 2 3 …" or "(A) (B) …" under the header: every filled cell is a
 * small tag, digit tags count upwards ("(5)=(3)x(4)" is still tag 5).
 */
export function isNumberingRow(cells: RowCells): boolean {
  const filled = cells.texts.filter((t) => t !== '');
  if (filled.length < 3) return false;
  const numbers: number[] = [];
  for (const text of filled) {
    const digit = NUMBER_TAG.exec(text);
    if (digit) numbers.push(Number(digit[1]));
    else if (!LETTER_TAG.test(text)) return false;
  }
  for (let i = 1; i < numbers.length; i++) if (numbers[i] <= numbers[i - 1]) return false;
  return true;
}

// A bare "Tổng" must be followed by a number or a colon: "Tổng công ty …" is a producer.
const SUBTOTAL_ACCENTED = /^(tổng cộng|tổng số|cộng|total|sum)(?=$|[\s:.(])|^tổng(?=$|\s*[:.(]|\s+\d)/;
const SUBTOTAL_FOLDED = /^(tong cong|tong so)(?=$|[\s:.(])|^tong(?=$|\s*[:.(]|\s+\d)|^cong:?$/;

/**
 * "Tổng cộng", "Tổng số: 40", "Cộng huyện Thọ Xuân". The accented form is checked
 * first because folding makes "Cộng" (sum) and "Công ty" (company) both "cong".
 */
export function isSubtotalRow(cells: RowCells): boolean {
  const leading = cells.texts
    .slice(0, Math.max(3, cells.first + 1))
    .filter((t) => t !== '')
    .slice(0, 2);
  return leading.some((text) => {
    if (!/^(to|tổ|co|cộ|sum)/i.test(text)) return false; // cheap exit for the common data row (NFC or NFD)
    const lower = toNfc(text).toLowerCase();
    return SUBTOTAL_ACCENTED.test(lower) || (lower === foldVietnamese(text) && SUBTOTAL_FOLDED.test(lower));
  });
}

const FOOTER_MARKERS = new RegExp(
  '^(nguoi lap( bieu)?|nguoi ky|nguoi duyet|nguoi tong hop|k\\.?t\\.?\\s*(giam doc|chu tich|truong|thu truong)|' +
    't\\.?m\\.?\\s*(uy ban|ubnd|ban|hoi dong)|(pho )?giam doc|(pho )?chu tich|(pho )?truong (phong|ban)|' +
    'thu truong|noi nhan|xac nhan|ky ten|\\(?ky,? ghi ro|lanh dao|ghi chu\\s*:)',
);
const DATE_LINE = /\bngay\b.{0,16}\bthang\b.{0,16}\bnam\b/;

/** "NGƯỜI LẬP BIỂU", "KT. GIÁM ĐỐC", "Nơi nhận:", "Thanh Hóa, ngày … tháng … năm …". */
export function hasFooterMarker(cells: RowCells): boolean {
  return cells.texts.some((text) => {
    if (text === '') return false;
    const folded = foldVietnamese(text);
    return FOOTER_MARKERS.test(folded) || DATE_LINE.test(folded);
  });
}

/** Context levels: a new section replaces those at its level and below. */
export type GroupLevel = 0 | 1 | 2 | 3;

export interface GroupRow {
  text: string;
  level: GroupLevel;
}

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const NUMBERED_LABEL = /^([IVX]{1,6}|[A-H]|\d{1,2})\s*[.)\-–:]\s*(.+)$/;

function isRoman(token: string): boolean {
  return token !== '' && ROMAN.test(token);
}

/** Splits "I. HUYỆN THỌ XUÂN" into its numbering and label; plain text has no numbering. */
function splitNumbering(text: string): { numbering: string | null; label: string } {
  const match = NUMBERED_LABEL.exec(text);
  if (match && (isRoman(match[1]) || /^[A-H\d]/.test(match[1])))
    return { numbering: match[1], label: match[2].trim() };
  const spaced = /^([IVX]{1,6})\s+(.+)$/.exec(text);
  if (spaced && isRoman(spaced[1]) && spaced[2] === spaced[2].toUpperCase())
    return { numbering: spaced[1], label: spaced[2].trim() };
  return { numbering: null, label: text };
}

function toGroupLevel(label: string): GroupLevel {
  const tier = detectUnitTier(label);
  return tier === 'province' ? 1 : tier === 'district' ? 2 : tier === 'commune' ? 3 : 0;
}

/**
 * A section row: "I. HUYỆN THỌ XUÂN", "II | Huyện Như Thanh", "Huyện Triệu Sơn", or a
 * banner merged across most of the row, with most other cells empty. Arabic
 * numbering only counts before a unit name, since data rows start with 1, 2, 3.
 */
export function detectGroupRow(
  cells: RowCells,
  tableWidth: number,
  bannerSpan: number,
  tableLeft = 0,
): GroupRow | null {
  // A section title starts in the table's first or second column.
  if (cells.nonEmpty === 0 || cells.first > tableLeft + 1) return null;
  if (cells.nonEmpty > Math.max(2, Math.floor(tableWidth * 0.25))) return null;
  const filled = cells.texts.filter((t) => t !== '');
  let [head, ...rest] = filled;
  let numbered = false;
  if ((isRoman(head) || /^[A-H]$/.test(head)) && rest.length > 0) {
    numbered = true;
    [head, ...rest] = rest;
  }
  const { numbering, label } = splitNumbering(head);
  const level = toGroupLevel(label);
  const roman = numbering !== null && (isRoman(numbering) || /^[A-H]$/.test(numbering));
  const arabicUnit = numbering !== null && /^\d/.test(numbering) && level > 0;
  const banner =
    filled.length === 1 && bannerSpan >= Math.max(3, tableWidth * 0.6) && !/^[\d\s.,]+$/.test(label);
  const unitOnly = numbering === null && level > 0 && label.split(' ').length <= 8;
  if (!(numbered || roman || arabicUnit || banner || unitOnly)) return null;
  if (/^[\d\s.,]+$/.test(label)) return null;
  return { text: label, level };
}
