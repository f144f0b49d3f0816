// Finds the header of a provincial list and the extent of its data. Real files
// open with title rows, use two-row merged headers ("Chủ thể" over "Tên", "Địa
// chỉ", "Mã số thuế"), number their columns "(1) (2) (3)…", split data into
// district sections and end with subtotals and signatures. Rows are scored
// rather than matched by rule, because no two provinces lay out the same way.
import { toCellKey, countColumns, indexMerges, type Grid, type MergeIndex } from './grid.ts';
import type { FieldDef } from './field-defs.ts';
import { buildHeaderBand, buildLabels, measureRow, type RowStats } from './header-band.ts';
import {
  detectGroupRow,
  hasFooterMarker,
  isNumberingRow,
  isSubtotalRow,
  readRowCells,
  type GroupRow,
  type RowCells,
} from './row-classify.ts';
import { foldVietnamese } from '../../text/vietnamese.ts';

export type SkipReason = 'title' | 'blank' | 'numbering' | 'group' | 'subtotal' | 'footer';

export interface HeaderColumn {
  index: number;
  /** Header text, rows of a merged header joined as a path: "Chủ thể › Tên". */
  label: string;
}

export interface HeaderDetection {
  /** First and last header row (0-based, inclusive); -1 when no header was found. */
  headerTop: number;
  headerBottom: number;
  /** The "(1) (2) (3)…" row under the header, if any. */
  numberingRow: number | null;
  /** First and last data row (inclusive); dataEnd < dataStart when there is no data. */
  dataStart: number;
  dataEnd: number;
  columns: HeaderColumn[];
  /** Every row that is neither header nor data, with why. */
  skippedRows: { row: number; reason: SkipReason }[];
  /** Data row → the section it sits in, innermost first ("Xã Xuân Lai, Huyện Thọ Xuân"). */
  rowContext: Map<number, string>;
}

/** Headers sit near the top; scanning further only finds look-alike data rows. */
const SCAN_ROWS = 40;
/** Rows that decide the table's width; titles and footers are narrower. */
const WIDTH_ROWS = 200;

interface Sheet {
  grid: Grid;
  merges: MergeIndex;
  width: number;
  columns: number;
  fields: readonly FieldDef[];
  /** First labelled column: tables do not always start in column A. */
  left: number;
  stats: Map<number, RowStats>;
  vocabulary: Map<string, number>;
}

function getRowStats(sheet: Sheet, row: number): RowStats {
  let stats = sheet.stats.get(row);
  if (!stats) {
    stats = measureRow(sheet.grid, sheet.merges, row, sheet.columns, sheet.fields, sheet.vocabulary);
    sheet.stats.set(row, stats);
  }
  return stats;
}

function estimateWidth(grid: Grid, columns: number): number {
  let width = 1;
  for (let r = 0; r < Math.min(grid.rows.length, WIDTH_ROWS); r++)
    width = Math.max(width, readRowCells(grid.rows[r], columns).nonEmpty);
  return width;
}

function looksLikeData(sheet: Sheet, row: number): boolean {
  const stats = getRowStats(sheet, row);
  return (
    stats.raw.nonEmpty >= Math.max(2, Math.ceil(sheet.width * 0.4)) &&
    !stats.numbering &&
    stats.vocabShare < 0.34
  );
}

interface HeaderScore {
  score: number;
  /** Share of labels whose column below holds another kind of value (numbers under "STT"). */
  contrast: number;
  vocabShare: number;
}

/**
 * Scores a row as the header: known header words weigh most; then text-only,
 * wide rows of short labels, followed by data-like rows whose cells differ in
 * kind from the label above them (numbers under "STT", dates under "Ngày"), and
 * a numbering row right below.
 */
function scoreHeaderRow(sheet: Sheet, row: number): HeaderScore {
  const stats = getRowStats(sheet, row);
  if (stats.cells.length < 2) return { score: -Infinity, contrast: 0, vocabShare: 0 };
  const below: number[] = [];
  for (let r = row + 1; r < Math.min(sheet.grid.rows.length, row + 9) && below.length < 5; r++)
    if (looksLikeData(sheet, r)) below.push(r);
  let contrasting = 0;
  for (const cell of stats.cells) {
    if (!cell.isText) continue;
    const kinds = below.map((r) => getRowStats(sheet, r).kinds[cell.col]).filter((k) => k !== 'empty');
    if (kinds.length > 0 && kinds.filter((k) => k !== 'text').length * 2 >= kinds.length) contrasting++;
  }
  const n = stats.cells.length;
  const contrast = contrasting / n;
  const numberingBelow = row + 1 < sheet.grid.rows.length && getRowStats(sheet, row + 1).numbering ? 1 : 0;
  const score =
    2 * stats.vocabShare +
    0.6 * (stats.textCells / n) +
    0.8 * Math.min(1, n / sheet.width) +
    0.3 * (stats.shortCells / n) +
    0.8 * Math.min(1, below.length / 3) +
    0.5 * contrast +
    0.5 * numberingBelow -
    (n - stats.textCells) / n;
  return { score, contrast, vocabShare: stats.vocabShare };
}

/**
 * The best header row, or -1 when the sheet has none: a winner with no header
 * words whose cells are of the same kinds as the rows below is just data.
 */
function findAnchorRow(sheet: Sheet): number {
  let best = -1;
  let bestScore: HeaderScore = { score: 0.5, contrast: 0, vocabShare: 0 };
  for (let r = 0; r < Math.min(sheet.grid.rows.length, SCAN_ROWS); r++) {
    const candidate = scoreHeaderRow(sheet, r);
    if (candidate.score > bestScore.score + 1e-9) {
      best = r;
      bestScore = candidate;
    }
  }
  return best >= 0 && bestScore.vocabShare < 0.2 && bestScore.contrast === 0 ? -1 : best;
}

interface Classified {
  skipped: { row: number; reason: SkipReason }[];
  context: Map<number, string>;
  dataRows: number[];
  /** Columns holding any data, so unlabelled columns with values are still offered. */
  usedColumns: Set<number>;
  numberingRow: number | null;
}

/** Folded texts of the header rows, to spot the header repeated at a page break. */
interface HeaderKeys {
  /** First label of each header row, lower-cased: a cheap filter before folding a whole row. */
  firsts: Set<string>;
  rows: Set<string>;
}

function isRepeatedHeader(cells: RowCells, keys: HeaderKeys): boolean {
  return (
    keys.firsts.has(cells.texts[cells.first].toLowerCase()) &&
    keys.rows.has(foldVietnamese(cells.texts.join(' ')))
  );
}

/** Walks the rows after the header; once a footer starts, everything after it is footer. */
function classifyBody(sheet: Sheet, from: number, headerKeys: HeaderKeys): Classified {
  const result: Classified = {
    skipped: [],
    context: new Map(),
    dataRows: [],
    usedColumns: new Set(),
    numberingRow: null,
  };
  const groups: GroupRow[] = [];
  let inFooter = false;
  for (let r = from; r < sheet.grid.rows.length; r++) {
    const cells = readRowCells(sheet.grid.rows[r], sheet.columns);
    const skip = (reason: SkipReason): void => void result.skipped.push({ row: r, reason });
    if (cells.nonEmpty === 0) {
      skip('blank');
      continue;
    }
    if (inFooter) {
      skip('footer');
      continue;
    }
    if (isNumberingRow(cells)) {
      if (result.numberingRow === null && result.dataRows.length === 0) result.numberingRow = r;
      skip('numbering');
      continue;
    }
    if (isRepeatedHeader(cells, headerKeys)) {
      skip('title');
      continue;
    }
    const sparse = cells.nonEmpty <= Math.max(3, Math.floor(sheet.width * 0.4));
    if (sparse && hasFooterMarker(cells)) {
      if (result.dataRows.length === 0) {
        skip('title');
        continue;
      }
      inFooter = true;
      skip('footer');
      continue;
    }
    if (isSubtotalRow(cells)) {
      skip('subtotal');
      continue;
    }
    const merge = sheet.merges.get(toCellKey(r, cells.first));
    const group = detectGroupRow(cells, sheet.width, merge ? merge.right - merge.left + 1 : 1, sheet.left);
    if (group) {
      // A section replaces sections of its own tier and below; an unnumbered banner resets all.
      while (groups.length > 0 && (group.level === 0 || groups[groups.length - 1].level >= group.level))
        groups.pop();
      groups.push(group);
      skip('group');
      continue;
    }
    result.dataRows.push(r);
    cells.texts.forEach((text, c) => {
      if (text !== '') result.usedColumns.add(c);
    });
    if (groups.length > 0)
      result.context.set(
        r,
        groups
          .map((g) => g.text)
          .reverse()
          .join(', '),
      );
  }
  return result;
}

export function detectHeader(grid: Grid, fields: readonly FieldDef[]): HeaderDetection {
  const columns = countColumns(grid);
  const sheet: Sheet = {
    grid,
    merges: indexMerges(grid),
    width: estimateWidth(grid, columns),
    columns,
    fields,
    left: 0,
    stats: new Map(),
    vocabulary: new Map(),
  };
  const anchor = findAnchorRow(sheet);
  const band = anchor < 0 ? null : buildHeaderBand(grid, anchor, sheet.width, (r) => getRowStats(sheet, r));
  const top = band ? band.top : -1;
  const bottom = band ? band.bottom : -1;
  const headerKeys: HeaderKeys = { firsts: new Set(), rows: new Set() };
  for (let r = Math.max(0, top); r <= bottom; r++) {
    const cells = readRowCells(grid.rows[r], columns);
    if (cells.first < 0) continue;
    headerKeys.firsts.add(cells.texts[cells.first].toLowerCase());
    headerKeys.rows.add(foldVietnamese(cells.texts.join(' ')));
  }
  const labels = band ? buildLabels(grid, sheet.merges, band, columns) : [];
  sheet.left = Math.max(
    0,
    labels.findIndex((label) => label !== ''),
  );
  const body = classifyBody(sheet, bottom + 1, headerKeys);
  const skippedAbove: { row: number; reason: SkipReason }[] = [];
  for (let r = 0; r < top; r++)
    skippedAbove.push({
      row: r,
      reason: readRowCells(grid.rows[r], columns).nonEmpty === 0 ? 'blank' : 'title',
    });
  const dataStart = body.dataRows.length > 0 ? body.dataRows[0] : bottom + 1;
  const dataEnd = body.dataRows.length > 0 ? body.dataRows[body.dataRows.length - 1] : bottom;
  const headerColumns: HeaderColumn[] = [];
  for (let c = 0; c < columns; c++)
    if ((labels[c] ?? '') !== '' || body.usedColumns.has(c))
      headerColumns.push({ index: c, label: labels[c] ?? '' });
  return {
    headerTop: top,
    headerBottom: bottom,
    numberingRow: body.numberingRow,
    dataStart,
    dataEnd,
    columns: headerColumns,
    skippedRows: [...skippedAbove, ...body.skipped],
    rowContext: body.context,
  };
}
