// Proposes which sheet column fills which field, for an officer to confirm. Two
// kinds of evidence are added up: the header label against the field's synonyms
// (label-match.ts) and the shape of the column's values (content-signals.ts), so
// a column headed "Cột 5" full of "3 sao" still maps to stars, and "Ngày" under
// "Quyết định công nhận" maps to the decision date when its values are dates.
import {
  toCellKey,
  getCell,
  indexMerges,
  isEmptyCell,
  type Cell,
  type Grid,
  type MergeIndex,
} from './grid.ts';
import type { FieldDef } from './field-defs.ts';
import type { HeaderColumn, HeaderDetection } from './header-detect.ts';
import { matchFieldHeader } from './label-match.ts';
import { profileColumn, type ColumnProfile } from './content-signals.ts';

export {
  DEFAULT_PRODUCER_FIELDS,
  DEFAULT_PRODUCT_FIELDS,
  type FieldDef,
  type FieldKind,
} from './field-defs.ts';

export interface MappingScore {
  field: string;
  column: number;
  score: number;
  reasons: string[];
}

export interface MappingGuess {
  /** Field key → column index, or null when no column fits. */
  mapping: Record<string, number | null>;
  /** Every plausible pair, best first, with why — for the confirmation screen. */
  scores: MappingScore[];
  unmappedColumns: number[];
}

/** A pair below this is not proposed; the officer can still choose it. */
const ACCEPT_SCORE = 0.55;
/** Pairs shown as alternatives. */
const SHOW_SCORE = 0.3;
/** Header similarity below this is trigram noise. */
const HEADER_FLOOR = 0.3;

/** How much a value shape says about a field, by the field's kind; 0 = shape says nothing. */
function weighContent(
  field: FieldDef,
  profile: ColumnProfile,
): { share: number; weight: number; what: string } {
  switch (field.kind) {
    case 'stars':
      return { share: profile.stars, weight: 0.7, what: 'stars' };
    case 'date':
      return { share: profile.date, weight: 0.7, what: 'dates' };
    case 'decision':
      return { share: profile.decision, weight: 0.7, what: 'decision numbers' };
    case 'taxCode':
      return { share: profile.taxCode, weight: 0.7, what: 'tax codes' };
    case 'email':
      return { share: profile.email, weight: 0.7, what: 'e-mail addresses' };
    case 'phone':
      return { share: profile.phone, weight: 0.7, what: 'phone numbers' };
    case 'rowNo':
      return { share: profile.rowNo, weight: 0.7, what: 'row numbers 1, 2, 3…' };
    case 'unitName': {
      const tier = field.unitLevel ?? 'commune';
      return { share: profile[tier], weight: 0.7, what: `${tier} names` };
    }
    case 'productSet':
      return { share: profile.productSet, weight: 0.6, what: 'product groups' };
    case 'legalType':
      return { share: profile.legalType, weight: 0.6, what: 'legal types' };
    case 'number':
      return field.hint === 'year'
        ? { share: profile.year, weight: 0.3, what: 'years' }
        : { share: profile.number, weight: 0.3, what: 'numbers' };
    case 'text':
      if (field.hint === 'organisation')
        return { share: profile.organisation, weight: 0.6, what: 'organisation names' };
      if (field.hint === 'address') return { share: profile.address, weight: 0.6, what: 'addresses' };
      return { share: 0, weight: 0, what: '' };
  }
}

function scorePair(
  field: FieldDef,
  column: HeaderColumn,
  profile: ColumnProfile,
  samples: number,
): MappingScore {
  const reasons: string[] = [];
  let score = 0;
  const header = column.label === '' ? { score: 0, synonym: '' } : matchFieldHeader(column.label, field);
  if (header.score >= HEADER_FLOOR) {
    score += header.score;
    reasons.push(`header "${column.label}" ≈ "${header.synonym}" (${header.score.toFixed(2)})`);
  }
  const content = weighContent(field, profile);
  if (content.weight > 0 && content.share >= 0.3) {
    score += content.weight * content.share;
    reasons.push(`${Math.round(content.share * 100)}% of values look like ${content.what}`);
  } else if (content.weight >= 0.6 && samples >= 3 && profile.filled >= 0.5 && content.share < 0.2) {
    // A header that says "date" over values that are never dates is probably another field.
    score -= 0.2;
    reasons.push(`values do not look like ${content.what}`);
  }
  return { field: field.key, column: column.index, score, reasons };
}

/** Fields in a fixed order so equal scores resolve the same way every time. */
function compareCandidates(order: Map<string, number>, required: Set<string>) {
  return (a: MappingScore, b: MappingScore): number =>
    b.score - a.score ||
    Number(required.has(b.field)) - Number(required.has(a.field)) ||
    (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0) ||
    a.column - b.column;
}

export function guessMapping(
  columns: readonly HeaderColumn[],
  sampleRows: readonly (readonly Cell[])[],
  fields: readonly FieldDef[],
): MappingGuess {
  const profiles = new Map(
    columns.map((col) => [col.index, profileColumn(sampleRows.map((row) => row[col.index] ?? null))]),
  );
  const all: MappingScore[] = [];
  for (const field of fields)
    for (const column of columns)
      all.push(scorePair(field, column, profiles.get(column.index)!, sampleRows.length));
  const order = new Map(fields.map((f, i) => [f.key, i]));
  const required = new Set(fields.filter((f) => f.required).map((f) => f.key));
  all.sort(compareCandidates(order, required));
  // Assignment, greedy on the score matrix: take the surest pair, strike its field
  // and column, repeat. An optimal (Hungarian) assignment maximises the sum instead
  // and may give up a sure pair for two weaker guesses; with these well-separated
  // scores both agree almost always, and where they do not, the surest-first
  // answer is the one an officer can check at a glance.
  const mapping: Record<string, number | null> = Object.fromEntries(fields.map((f) => [f.key, null]));
  const taken = new Set<number>();
  for (const candidate of all) {
    if (candidate.score < ACCEPT_SCORE) break;
    if (mapping[candidate.field] !== null || taken.has(candidate.column)) continue;
    mapping[candidate.field] = candidate.column;
    taken.add(candidate.column);
  }
  assignLastTextColumn(fields, columns, profiles, mapping, taken, all);
  return {
    mapping,
    scores: all.filter((s) => s.score >= SHOW_SCORE),
    unmappedColumns: columns.map((c) => c.index).filter((i) => !taken.has(i)),
  };
}

/**
 * With useless headers a required free-text field (the product name) has no
 * evidence of its own; if exactly one free-text column is left and exactly one
 * such field is missing, they go together, flagged by a low score.
 */
function assignLastTextColumn(
  fields: readonly FieldDef[],
  columns: readonly HeaderColumn[],
  profiles: Map<number, ColumnProfile>,
  mapping: Record<string, number | null>,
  taken: Set<number>,
  scores: MappingScore[],
): void {
  const missing = fields.filter((f) => f.required && f.kind === 'text' && mapping[f.key] === null);
  const freeText = columns.filter((c) => {
    const p = profiles.get(c.index)!;
    const strongest = Math.max(
      p.stars,
      p.date,
      p.decision,
      p.taxCode,
      p.phone,
      p.email,
      p.rowNo,
      p.commune,
      p.district,
      p.address,
    );
    return !taken.has(c.index) && p.filled >= 0.5 && p.number < 0.2 && strongest < 0.3;
  });
  if (missing.length !== 1 || freeText.length !== 1) return;
  const pair = {
    field: missing[0].key,
    column: freeText[0].index,
    score: 0.3,
    reasons: ['the only free-text column left for a required field'],
  };
  mapping[pair.field] = pair.column;
  taken.add(pair.column);
  scores.push(pair);
}

/**
 * A data cell's value; a cell merged down over several rows (one producer for
 * three products) gives its value to every row it covers. Merges within one row
 * are not copied sideways: the columns beside belong to other fields.
 */
function readDataCell(
  grid: Grid,
  merges: MergeIndex,
  row: number,
  col: number,
): { value: Cell; row: number; col: number } {
  const merge = merges.size === 0 ? undefined : merges.get(toCellKey(row, col));
  const [r, c] = merge && merge.bottom > merge.top ? [merge.top, merge.left] : [row, col];
  const value = getCell(grid, r, c);
  return { value: typeof value === 'string' && value.trim() === '' ? null : value, row: r, col: c };
}

/** The data rows of a detected sheet, spread evenly across it, for content signals. */
export function sampleDataRows(grid: Grid, header: HeaderDetection, limit = 60): Cell[][] {
  const skipped = new Set(header.skippedRows.map((s) => s.row));
  const rows: number[] = [];
  for (let r = header.dataStart; r <= header.dataEnd; r++) if (!skipped.has(r)) rows.push(r);
  const step = Math.max(1, rows.length / limit);
  const merges = indexMerges(grid);
  const width = Math.max(0, ...header.columns.map((c) => c.index + 1));
  const sample: Cell[][] = [];
  for (let i = 0; i < rows.length && sample.length < limit; i = Math.floor(sample.length * step)) {
    sample.push(Array.from({ length: width }, (_, c) => readDataCell(grid, merges, rows[i], c).value));
  }
  return sample;
}

export interface ImportRecord {
  /** 1-based sheet row number, as Excel shows it. */
  row: number;
  values: Record<string, Cell>;
  /** The section the row sits in ("Xã Xuân Lai, Huyện Thọ Xuân"), when the sheet has sections. */
  context?: string;
  /** Fields whose cell held a formula: the cached result may be stale. */
  formulaFields?: string[];
}

export function applyMapping(
  grid: Grid,
  header: HeaderDetection,
  mapping: Record<string, number | null>,
): ImportRecord[] {
  const skipped = new Set(header.skippedRows.map((s) => s.row));
  const merges = indexMerges(grid);
  const records: ImportRecord[] = [];
  for (let r = header.dataStart; r <= header.dataEnd; r++) {
    if (skipped.has(r)) continue;
    const record: ImportRecord = { row: r + 1, values: {} };
    const formulaFields: string[] = [];
    for (const [field, col] of Object.entries(mapping)) {
      if (col === null) continue;
      const cell = readDataCell(grid, merges, r, col);
      record.values[field] = cell.value;
      if (grid.formulaCells.size > 0 && grid.formulaCells.has(toCellKey(cell.row, cell.col)))
        formulaFields.push(field);
    }
    const context = header.rowContext.get(r);
    if (context) record.context = context;
    if (formulaFields.length > 0) record.formulaFields = formulaFields;
    if (Object.values(record.values).some((v) => !isEmptyCell(v))) records.push(record);
  }
  return records;
}
