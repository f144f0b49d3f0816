// Shared result shape for every cell parser in this folder. Parsers never throw on
// bad input: an import reports every bad cell at once, so each failure carries a
// machine code (for grouping and counting) and a message in Vietnamese first (for
// the officials who typed the sheet) and English (for the operators).

export interface Message {
  vi: string;
  en: string;
}

/** Why a cell was refused; one list for all parsers so reports can group by code. */
export type ValueErrorCode =
  | 'FORMULA'
  | 'CELL_ERROR'
  | 'INVALID_TYPE'
  | 'TOO_LONG'
  | 'UNRECOGNISED'
  | 'OUT_OF_RANGE'
  | 'AMBIGUOUS'
  | 'INVALID_DATE'
  | 'INCOMPLETE'
  | 'INVALID_FORMAT'
  | 'CHECKSUM';

export interface ParseSuccess<T> {
  ok: true;
  value: T;
  note?: Message;
}

export interface ParseFailure {
  ok: false;
  code: ValueErrorCode;
  message: Message;
}

export type ParseResult<T> = ParseSuccess<T> | ParseFailure;

export function succeed<T>(value: T, note?: Message): ParseSuccess<T> {
  return note ? { ok: true, value, note } : { ok: true, value };
}

export function fail(code: ValueErrorCode, vi: string, en: string): ParseFailure {
  return { ok: false, code, message: { vi, en } };
}

/** Joins two optional notes so that neither is lost when a parser adds its own. */
export function joinNotes(a: Message | undefined, b: Message | undefined): Message | undefined {
  if (!a) return b;
  if (!b) return a;
  return { vi: `${a.vi} ${b.vi}`, en: `${a.en} ${b.en}` };
}

const QUOTE_LIMIT = 60;

/**
 * Quotes the offending text for a message, shortened so a pasted paragraph does not
 * flood the error report; officials need to recognise their cell, not reread it.
 */
export function quote(text: string): string {
  const shown = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
  return `“${shown}”`;
}
