// Turns an exceljs cell value into a neutral grid cell: formulas become their
// cached result (flagged), rich text and hyperlinks become plain text, numbers
// formatted as dates become dates.
import type ExcelJS from 'exceljs';
import type { Cell } from '../../../../domain/import/sheet/grid.ts';

export interface ConvertedCell {
  value: Cell;
  formula: boolean;
}

const DAY_MS = 86_400_000;
/** Excel's day 0: 30 Dec 1899 (absorbing its fictional 29 Feb 1900), or 1 Jan 1904 on old Mac workbooks. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function convertExcelSerial(serial: number, date1904: boolean): Date {
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + serial * DAY_MS;
  return new Date(Math.round(ms / 1000) * 1000);
}

/** exceljs's own rule: any y/m/d/h/s letter outside quotes and [brackets] makes a date format. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhMsb]+/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** Plain text of rich text ({ richText: [{ text }] }), hyperlinks ({ text }) and errors. */
function flattenText(value: Record<string, unknown>): string | null {
  if (Array.isArray(value.richText))
    return value.richText
      .map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : ''))
      .join('');
  if ('text' in value) {
    const text = value.text;
    if (typeof text === 'string') return text;
    if (isRecord(text)) return flattenText(text);
  }
  if (typeof value.error === 'string') return value.error;
  return null;
}

function convertPlain(value: unknown, numFmt: string | undefined, date1904: boolean): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return isDateFormat(numFmt) ? convertExcelSerial(value, date1904) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (isRecord(value)) return flattenText(value);
  return null;
}

/**
 * The streaming reader gives formulas as { formula, result } (a shared formula's
 * followers have formula ''), with the result parsed as a float whatever its type:
 * a date result still needs its format, an error result arrives as NaN.
 */
export function convertCell(cell: ExcelJS.Cell, date1904: boolean): ConvertedCell {
  const value: unknown = cell.value;
  if (isRecord(value) && ('formula' in value || 'sharedFormula' in value)) {
    return { value: convertPlain(value.result, cell.numFmt, date1904), formula: true };
  }
  return { value: convertPlain(value, cell.numFmt, date1904), formula: false };
}
