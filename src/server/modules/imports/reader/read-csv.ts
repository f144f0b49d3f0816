// Reads a CSV/TSV export into a Grid: delimiter sniffed among , ; and tab (Excel
// on a Vietnamese Windows writes ';'), RFC 4180 quoting with embedded newlines
// and doubled quotes, any of the encodings decode-text.ts recognises. Values stay
// strings: a tax code "0101234567" must keep its leading zero.
import type { Cell, Grid } from '../../../../domain/import/sheet/grid.ts';
import { decodeText, type TextEncodingName } from './decode-text.ts';
import { SheetReadError } from './sheet-read-error.ts';

export type Delimiter = ',' | ';' | '\t';

export interface ReadCsvOptions {
  delimiter?: Delimiter;
  maxRows?: number;
  maxColumns?: number;
}

export interface CsvReadResult {
  grid: Grid;
  encoding: TextEncodingName;
  delimiter: Delimiter;
}

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
const SNIFF_RECORDS = 40;

/** Splits text into records of raw fields; stops after `limit` records. */
export function parseDelimited(text: string, delimiter: string, limit = Infinity): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = (): void => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  while (i < text.length && records.length < limit) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  if ((field !== '' || record.length > 0) && records.length < limit) endRecord();
  return records;
}

/**
 * The delimiter that splits the first records into the most consistent number of
 * fields (>1). Commas inside unquoted Vietnamese addresses ("Xã A, huyện B") vary
 * from row to row, so a ';' file is not mistaken for a ',' one.
 */
export function sniffDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const delimiter of CANDIDATES) {
    const records = parseDelimited(text.slice(0, 65_536), delimiter, SNIFF_RECORDS).filter((r) =>
      r.some((f) => f.trim() !== ''),
    );
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let mode = 1;
    let frequency = 0;
    for (const [width, n] of counts)
      if (width > 1 && (n > frequency || (n === frequency && width > mode))) [mode, frequency] = [width, n];
    const score = records.length === 0 || mode === 1 ? 0 : frequency / records.length + mode / 1000;
    if (score > bestScore) [best, bestScore] = [delimiter, score];
  }
  return best;
}

export function readCsv(bytes: Uint8Array, options: ReadCsvOptions = {}): CsvReadResult {
  const { maxRows = 200_000, maxColumns = 200 } = options;
  const decoded = decodeText(bytes);
  let text = decoded.text;
  // Excel honours a first line "sep=;" and so do we; it is not data.
  let delimiter = options.delimiter;
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint && CANDIDATES.includes(hint[1] as Delimiter)) {
    delimiter ??= hint[1] as Delimiter;
    text = text.slice(hint[0].length);
  }
  delimiter ??= sniffDelimiter(text);
  const records = parseDelimited(text, delimiter);
  const rows: Cell[][] = [];
  let width = 0;
  let lastFilled = -1;
  records.forEach((record, r) => {
    const cells: Cell[] = record.map((f) => (f.trim() === '' ? null : f.trim()));
    const used = cells.reduce<number>((last, cell, c) => (cell === null ? last : c + 1), 0);
    if (used === 0) {
      rows.push([]);
      return;
    }
    if (r >= maxRows) throw new SheetReadError('TOO_MANY_ROWS', { limit: maxRows });
    if (used > maxColumns) throw new SheetReadError('TOO_MANY_COLUMNS', { limit: maxColumns });
    width = Math.max(width, used);
    lastFilled = r;
    rows.push(cells.slice(0, used));
  });
  const grid: Grid = {
    rows: rows
      .slice(0, lastFilled + 1)
      .map((cells) => Array.from({ length: width }, (_, c) => cells[c] ?? null)),
    merges: [],
    formulaCells: new Set(),
  };
  return { grid, encoding: decoded.encoding, delimiter };
}
