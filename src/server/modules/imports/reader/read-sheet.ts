// One entry point for spreadsheet uploads: checks the size, recognises the format
// by its first bytes (never by the file name, which users change freely) and
// hands over to the xlsx or csv reader. Every refusal is a SheetReadError.
import { readFile, stat } from 'node:fs/promises';
import type { Grid } from '../../../../domain/import/sheet/grid.ts';
import { readCsv, type Delimiter, type ReadCsvOptions } from './read-csv.ts';
import { readXlsx, type ReadXlsxOptions } from './read-xlsx.ts';
import { SheetReadError } from './sheet-read-error.ts';
import type { TextEncodingName } from './decode-text.ts';

export { SheetReadError, type SheetReadErrorCode } from './sheet-read-error.ts';

export interface ReadSheetOptions extends ReadXlsxOptions, ReadCsvOptions {
  /** Upload size cap in bytes; default 50 MB. */
  maxFileBytes?: number;
}

export type SheetFormat = 'xlsx' | 'csv';

export interface SheetReadResult {
  grid: Grid;
  format: SheetFormat;
  /** xlsx: every worksheet name, in file order. */
  sheetNames?: string[];
  /** csv: how the bytes were decoded and split. */
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
}

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

type Sniffed = 'xlsx' | 'ole2' | 'markup' | 'text' | 'other';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/**
 * Text if it has a BOM, or no NUL and almost no other control bytes in its first
 * 8 KB (tabs and line breaks are fine). Random or binary data fails at once.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (
    startsWith(bytes, [0xef, 0xbb, 0xbf]) ||
    startsWith(bytes, [0xff, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xff])
  )
    return true;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
  }
  return control <= sample.length * 0.01;
}

export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'other'; // %PDF: text-like header, binary body
  if (!looksLikeText(bytes)) return 'other';
  // Many systems export "Excel" files that are HTML tables or SpreadsheetML 2003 XML.
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|table|\?xml[^>]*>\s*<\?mso-application|\?xml[^>]*>\s*<workbook)/.test(head))
    return 'markup';
  return 'text';
}

async function loadInput(input: Uint8Array | string, maxFileBytes: number): Promise<Buffer> {
  if (typeof input === 'string') {
    const { size } = await stat(input);
    if (size > maxFileBytes) throw new SheetReadError('FILE_TOO_LARGE', { size, limit: maxFileBytes });
    return readFile(input);
  }
  if (input.length > maxFileBytes)
    throw new SheetReadError('FILE_TOO_LARGE', { size: input.length, limit: maxFileBytes });
  return Buffer.from(input.buffer, input.byteOffset, input.length);
}

/** Reads an upload given as bytes or as a file path. */
export async function readSheet(
  input: Uint8Array | string,
  options: ReadSheetOptions = {},
): Promise<SheetReadResult> {
  const bytes = await loadInput(input, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (bytes.length === 0) throw new SheetReadError('EMPTY_FILE');
  switch (sniffFormat(bytes)) {
    case 'xlsx': {
      const { grid, sheetNames } = await readXlsx(bytes, options);
      return { grid, format: 'xlsx', sheetNames };
    }
    case 'ole2':
    case 'markup':
      throw new SheetReadError('XLS_NOT_SUPPORTED');
    case 'text': {
      const { grid, encoding, delimiter } = readCsv(bytes, options);
      if (grid.rows.length === 0) throw new SheetReadError('EMPTY_FILE');
      return { grid, format: 'csv', encoding, delimiter };
    }
    case 'other':
      throw new SheetReadError('NOT_A_SPREADSHEET');
  }
}
