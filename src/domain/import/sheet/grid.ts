// The neutral shape every sheet reader (xlsx, csv) produces, so that header
// detection and column mapping never depend on a file format or a library.
// Rows and columns are 0-based here; Excel's 1-based numbers appear only when a
// row is shown to a person (`toSheetRowNumber`).

/** One cell's value; formulas are already reduced to their cached result. */
export type Cell = string | number | boolean | Date | null;

/** An inclusive, 0-based rectangle of merged cells; only its top-left cell holds the value. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Rows in sheet order, with leading blank rows kept so indexes match the sheet. */
  rows: Cell[][];
  merges: MergeRange[];
  /** `r:c` keys of cells that held a formula: their value is Excel's cached result, which may be stale. */
  formulaCells: Set<string>;
  /** Sheet name when the source has one (xlsx). */
  sheetName?: string;
}

export function createGrid(
  rows: Cell[][],
  merges: MergeRange[] = [],
  formulaCells: Iterable<string> = [],
): Grid {
  return { rows, merges, formulaCells: new Set(formulaCells) };
}

export function toCellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

/** The 1-based row number Excel shows for a 0-based row index. */
export function toSheetRowNumber(row: number): number {
  return row + 1;
}

/** "A", "B", …, "Z", "AA": the column letter Excel shows for a 0-based index. */
export function toColumnLetter(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function getCell(grid: Grid, row: number, col: number): Cell {
  return grid.rows[row]?.[col] ?? null;
}

export function isEmptyCell(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Widest row, so callers can walk every column without reading ragged rows. */
export function countColumns(grid: Grid): number {
  let width = 0;
  for (const row of grid.rows) width = Math.max(width, row.length);
  for (const merge of grid.merges) width = Math.max(width, merge.right + 1);
  return width;
}

/** dd/mm/yyyy: the way Vietnamese sheets show dates, used when a date must become text. */
export function formatDateVi(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** Whitespace that needs collapsing: a run, or any space other than a plain one. */
const UNUSUAL_SPACE = /\s\s|[^\S ]/;

/** A cell as trimmed text with collapsed spaces, for matching; numbers keep their plain decimal form. */
export function toCellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') {
    // Called for every cell of every row: most cells need only the trim.
    const trimmed = cell.trim();
    return UNUSUAL_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  }
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : formatDateVi(cell);
  return String(cell);
}

/** @deprecated Former name of `toCellText`, kept while imports.service.ts still uses it. */
export const cellText = toCellText;

/**
 * Finds the merge covering a cell. Linear in the number of merges, which real
 * sheets keep in the hundreds; callers that walk many cells build a `MergeIndex`.
 */
export function findMerge(grid: Grid, row: number, col: number): MergeRange | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** Maps every covered cell to its merge, for repeated lookups. */
export type MergeIndex = Map<string, MergeRange>;

export function indexMerges(grid: Grid): MergeIndex {
  const index: MergeIndex = new Map();
  for (const m of grid.merges) {
    // A pathological merge (a whole column) would blow the index up; such merges
    // carry no table structure, so they are left out rather than expanded.
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10_000) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) index.set(toCellKey(r, c), m);
  }
  return index;
}

/** The value a person sees in a cell: a cell inside a merge shows the merge's top-left value. */
export function getVisibleCell(grid: Grid, index: MergeIndex, row: number, col: number): Cell {
  const merge = index.get(toCellKey(row, col));
  return merge ? getCell(grid, merge.top, merge.left) : getCell(grid, row, col);
}
