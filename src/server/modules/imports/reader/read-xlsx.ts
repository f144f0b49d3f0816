// Reads one worksheet of an .xlsx into a Grid with exceljs's streaming reader, so
// a 100,000-row list never exists as a full workbook model in memory. The zip is
// checked first (zip-guard.ts) and row/column caps are enforced while streaming.
import { toCellKey, type Cell, type Grid, type MergeRange } from '../../../../domain/import/sheet/grid.ts';
import { SheetReadError } from './sheet-read-error.ts';
import { checkXlsxContainer } from './zip-guard.ts';
import { ExcelJsInternalsError, streamWorksheets, type StreamedSheet } from './xlsx-stream.ts';
import { convertCell } from './xlsx-cell.ts';
import { readWorkbookTabs } from './workbook-tabs.ts';

export interface ReadXlsxOptions {
  /** Worksheet name, or 1-based tab position; default: the first visible tab. */
  sheet?: string | number;
  maxUncompressedBytes?: number;
  maxRows?: number;
  maxColumns?: number;
}

export interface XlsxReadResult {
  grid: Grid;
  sheetNames: string[];
}

export const XLSX_DEFAULTS = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 200,
} as const;

const HIDDEN = new Set(['hidden', 'veryHidden']);

function isWanted(sheet: StreamedSheet, wanted: string | number | undefined, seen: number): boolean {
  const tabs = sheet.tabs;
  const position = tabs ? tabs.findIndex((t) => t.name === sheet.name) + 1 : seen;
  if (typeof wanted === 'string') return sheet.name.trim().toLowerCase() === wanted.trim().toLowerCase();
  if (typeof wanted === 'number') return position === wanted;
  // A hidden first tab is usually a template's lookup list, not the data people see.
  if (tabs) return sheet.name === tabs.find((t) => !HIDDEN.has(t.state ?? ''))?.name;
  return !HIDDEN.has(sheet.state ?? '');
}

function isBlank(value: Cell): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

async function collectGrid(sheet: StreamedSheet, maxRows: number, maxColumns: number): Promise<Grid> {
  const rows: Cell[][] = [];
  const formulaCells = new Set<string>();
  let width = 0;
  for await (const row of sheet.rows) {
    const r = row.number - 1;
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const { value, formula } = convertCell(cell, sheet.date1904);
      if (isBlank(value) && !formula) return;
      if (r >= maxRows) throw new SheetReadError('TOO_MANY_ROWS', { limit: maxRows });
      if (colNumber > maxColumns) throw new SheetReadError('TOO_MANY_COLUMNS', { limit: maxColumns });
      cells[colNumber - 1] = value;
      if (formula) formulaCells.add(toCellKey(r, colNumber - 1));
      width = Math.max(width, colNumber);
    });
    if (cells.length > 0) rows[r] = cells;
  }
  // Rows keep their sheet positions; gaps and ragged ends are filled with null.
  const filled: Cell[][] = Array.from({ length: rows.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null),
  );
  const merges = dedupeMerges(sheet.merges).filter((m) => m.top < maxRows && m.left < maxColumns);
  return { rows: filled, merges, formulaCells, sheetName: sheet.name };
}

function dedupeMerges(merges: MergeRange[]): MergeRange[] {
  const seen = new Map<string, MergeRange>();
  for (const m of merges) seen.set(`${m.top}:${m.left}:${m.bottom}:${m.right}`, m);
  return [...seen.values()];
}

export async function readXlsx(bytes: Buffer, options: ReadXlsxOptions = {}): Promise<XlsxReadResult> {
  const limits = {
    maxUncompressedBytes: options.maxUncompressedBytes ?? XLSX_DEFAULTS.maxUncompressedBytes,
    maxRows: options.maxRows ?? XLSX_DEFAULTS.maxRows,
    maxColumns: options.maxColumns ?? XLSX_DEFAULTS.maxColumns,
  };
  const entries = await checkXlsxContainer(bytes, limits.maxUncompressedBytes);
  const workbookTabs = readWorkbookTabs(bytes, entries);
  const sheetNames: string[] = [];
  let grid: Grid | null = null;
  try {
    // The loop runs to the end even after the wanted sheet: exceljs deletes the
    // temporary files it spools worksheets into only as it walks past them.
    for await (const sheet of streamWorksheets(bytes, workbookTabs)) {
      sheetNames.push(sheet.name);
      if (grid === null && isWanted(sheet, options.sheet, sheetNames.length)) {
        try {
          grid = await collectGrid(sheet, limits.maxRows, limits.maxColumns);
        } catch (error) {
          sheet.discard();
          throw error;
        }
      } else sheet.discard();
    }
  } catch (error) {
    if (error instanceof SheetReadError || error instanceof ExcelJsInternalsError) throw error;
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    throw new SheetReadError('INVALID_XLSX', { detail }, { cause: error });
  }
  if (grid === null) {
    const sheet = options.sheet === undefined ? '(1)' : String(options.sheet);
    throw new SheetReadError('SHEET_NOT_FOUND', { sheet, available: sheetNames.join(', ') || '—' });
  }
  return { grid, sheetNames };
}
