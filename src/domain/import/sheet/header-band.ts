// Row measurements for header scoring, and the growth of one header row into the
// full header band (two- or three-row merged headers) with path labels.
import { toCellText, getVisibleCell, type Cell, type Grid, type MergeIndex } from './grid.ts';
import type { FieldDef } from './field-defs.ts';
import { isGenericLabel, matchFieldHeader, PATH_SEPARATOR } from './label-match.ts';
import { looksLikeDate } from './content-signals.ts';
import { detectGroupRow, isNumberingRow, readRowCells, type RowCells } from './row-classify.ts';
import { foldVietnamese } from '../../text/vietnamese.ts';

export type CellKind = 'empty' | 'text' | 'number' | 'date';

export interface VisibleCell {
  col: number;
  text: string;
  isText: boolean;
}

export interface RowStats {
  raw: RowCells;
  /** Cells as seen, one per merge: a label merged over three columns counts once. */
  cells: VisibleCell[];
  textCells: number;
  /** Text cells short enough to be labels (titles and notes are long). */
  shortCells: number;
  /** Share of cells that read as a known header (generic "Cột 3" counts half). */
  vocabShare: number;
  numbering: boolean;
  kinds: CellKind[];
}

/** A header band: the anchor row grown up and down over merged or stacked labels. */
export interface HeaderBand {
  top: number;
  bottom: number;
}

const MAX_BAND_ROWS = 4;
/** Header score above which a label counts as known vocabulary. */
const VOCAB_THRESHOLD = 0.6;

function classifyCellKind(cell: Cell): CellKind {
  if (cell === null) return 'empty';
  if (cell instanceof Date || looksLikeDate(cell)) return 'date';
  if (typeof cell === 'number' || typeof cell === 'boolean') return 'number';
  const text = cell.trim();
  if (text === '') return 'empty';
  return /^[-+]?[\d.,\s]+$/.test(text) ? 'number' : 'text';
}

function scoreVocabulary(text: string, fields: readonly FieldDef[], cache: Map<string, number>): number {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  let score = 0;
  if (isGenericLabel(text)) score = 0.5;
  else if (text.length <= 80)
    for (const field of fields)
      if (matchFieldHeader(text, field).score >= VOCAB_THRESHOLD) {
        score = 1;
        break;
      }
  cache.set(text, score);
  return score;
}

export function measureRow(
  grid: Grid,
  merges: MergeIndex,
  row: number,
  columns: number,
  fields: readonly FieldDef[],
  cache: Map<string, number>,
): RowStats {
  const values = grid.rows[row] ?? [];
  const raw = readRowCells(values, columns);
  const cells: VisibleCell[] = [];
  const kinds: CellKind[] = [];
  let textCells = 0;
  let shortCells = 0;
  let vocab = 0;
  for (let c = 0; c < columns; c++) {
    kinds.push(classifyCellKind(values[c] ?? null));
    const merge = merges.get(`${row}:${c}`);
    if (merge && c !== merge.left) continue;
    const cell = getVisibleCell(grid, merges, row, c);
    const text = toCellText(cell);
    if (text === '') continue;
    const isText = typeof cell === 'string' && /\p{L}/u.test(text) && !looksLikeDate(cell);
    cells.push({ col: c, text, isText });
    if (!isText) continue;
    textCells++;
    if (text.length <= 60) shortCells++;
    vocab += scoreVocabulary(text, fields, cache);
  }
  return {
    raw,
    cells,
    textCells,
    shortCells,
    vocabShare: cells.length ? vocab / cells.length : 0,
    numbering: isNumberingRow(raw),
    kinds,
  };
}

/** A merge reaching from `upper` into `lower`: both rows belong to one header. */
function crossesRows(grid: Grid, upper: number, lower: number): boolean {
  return grid.merges.some((m) => m.top <= upper && m.bottom >= lower);
}

/** A group label merged across some columns of `upper` with ≥ 2 sub-labels under it in `lower`. */
function spansSubLabels(grid: Grid, upper: number, lower: number, width: number): boolean {
  const texts = readRowCells(grid.rows[lower], Math.max(width, grid.rows[lower]?.length ?? 0)).texts;
  return grid.merges.some((m) => {
    const span = m.right - m.left + 1;
    if (
      m.top > upper ||
      m.bottom < upper ||
      m.bottom >= lower ||
      span < 2 ||
      span >= Math.max(3, width * 0.8)
    )
      return false;
    let subLabels = 0;
    for (let c = m.left; c <= m.right; c++) if (/\p{L}/u.test(texts[c] ?? '')) subLabels++;
    return subLabels >= 2;
  });
}

export function buildHeaderBand(
  grid: Grid,
  anchor: number,
  width: number,
  stats: (row: number) => RowStats,
): HeaderBand {
  let top = anchor;
  let bottom = anchor;
  while (bottom - top + 1 < MAX_BAND_ROWS && top > 0) {
    const s = stats(top - 1);
    if (s.raw.nonEmpty === 0 || s.numbering) break;
    // Without merges, a label row above must itself read as header vocabulary.
    const plain =
      s.cells.length >= 2 &&
      s.textCells === s.cells.length &&
      s.shortCells === s.cells.length &&
      s.vocabShare >= 0.34;
    if (!(crossesRows(grid, top - 1, top) || spansSubLabels(grid, top - 1, top, width) || plain)) break;
    top--;
  }
  while (bottom - top + 1 < MAX_BAND_ROWS && bottom + 1 < grid.rows.length) {
    const s = stats(bottom + 1);
    if (s.raw.nonEmpty === 0 || s.numbering) break;
    // Without merges, a sub-header row is sparser than the row above and made of known labels;
    // an all-text data row under the header is neither, and a section row ("A. SẢN PHẨM 4 SAO") is data's.
    const plain =
      s.textCells === s.cells.length &&
      s.vocabShare >= 0.5 &&
      s.raw.nonEmpty < stats(bottom).raw.nonEmpty &&
      detectGroupRow(s.raw, width, 1) === null;
    if (!(crossesRows(grid, bottom, bottom + 1) || spansSubLabels(grid, bottom, bottom + 1, width) || plain))
      break;
    bottom++;
  }
  return { top, bottom };
}

/**
 * Joins each column's labels down the band into a path ("Chủ thể › Tên"); a label
 * repeated by a vertical merge appears once. Files that lost their merges (CSV)
 * leave a group label only over its first column; it is carried right over the
 * columns that have a sub-label below and nothing of their own.
 */
export function buildLabels(grid: Grid, merges: MergeIndex, band: HeaderBand, columns: number): string[] {
  const rows: string[][] = [];
  for (let r = band.top; r <= band.bottom; r++) {
    const texts: string[] = [];
    for (let c = 0; c < columns; c++) texts.push(toCellText(getVisibleCell(grid, merges, r, c)));
    rows.push(texts);
  }
  const merged = grid.merges.some((m) => m.bottom >= band.top && m.top <= band.bottom);
  const hasLabelBelow = (i: number, c: number): boolean => rows.slice(i + 1).some((texts) => texts[c] !== '');
  if (!merged) {
    for (let i = 0; i < rows.length - 1; i++) {
      for (let c = 1; c < columns; c++) {
        if (rows[i][c] !== '' || !hasLabelBelow(i, c)) continue;
        if (rows[i][c - 1] !== '' && hasLabelBelow(i, c - 1)) rows[i][c] = rows[i][c - 1];
      }
    }
  }
  const labels: string[] = [];
  for (let c = 0; c < columns; c++) {
    const parts: string[] = [];
    for (const texts of rows) {
      const text = texts[c];
      if (
        text !== '' &&
        (parts.length === 0 || foldVietnamese(parts[parts.length - 1]) !== foldVietnamese(text))
      )
        parts.push(text);
    }
    labels.push(parts.join(PATH_SEPARATOR));
  }
  return labels;
}
