// Shapes shared by the old→new administrative-unit reconciliation and its callers.
// Kept apart from the algorithm so the loader and the report writer can import
// them without pulling the logic in.
import type { MappingNote } from '../../shared/mapping-notes.ts';

/** How an (old → new) pair was established; the DB also allows 'manual' (set by an admin). */
export type Confidence = 'exact_code' | 'padded_code' | 'by_name' | 'unresolved';

/** Strongest first; a pair is only as sure as its weaker side. */
export const CONFIDENCES: readonly Confidence[] = ['exact_code', 'padded_code', 'by_name', 'unresolved'];

export interface OldProvince {
  code: string;
  name: string;
}

export interface OldDistrict {
  code: string;
  name: string;
  provinceCode: string;
}

export interface OldCommune {
  code: string;
  name: string;
  districtCode: string;
  provinceCode: string;
}

export interface NewProvince {
  code: string;
  name: string;
}

export interface NewCommune {
  code: string;
  name: string;
  provinceCode: string;
}

/**
 * One row of a third-party old→new table, renamed to these fields by the caller.
 * Any field may be absent or blank: third-party tables are incomplete.
 */
export interface SourceMappingRow {
  /** The row's id in its source, quoted in notes and the report. */
  ref?: string;
  oldCode?: string | null;
  oldName?: string | null;
  oldDistrictName?: string | null;
  oldProvinceName?: string | null;
  oldProvinceCode?: string | null;
  newCode?: string | null;
  newName?: string | null;
  newProvinceName?: string | null;
  newProvinceCode?: string | null;
}

export interface ReconcileInput {
  oldProvinces: readonly OldProvince[];
  oldDistricts: readonly OldDistrict[];
  oldCommunes: readonly OldCommune[];
  newProvinces: readonly NewProvince[];
  newCommunes: readonly NewCommune[];
  mappingRows: readonly SourceMappingRow[];
}

export interface ProvinceMapping {
  oldCode: string;
  /** null only when nothing at all points anywhere (reported as a conflict). */
  newCode: string | null;
  /** new province code → number of mapping rows voting for it */
  votes: Record<string, number>;
  /** what the choice rests on: commune rows resolved by code, the provinces the rows name, or the province name */
  basis: 'communes' | 'stated_province' | 'name' | 'none';
  conflict: boolean;
}

export interface ReconciledRow {
  oldCode: string | null;
  newCode: string | null;
  confidence: Confidence;
  /** the old commune maps to several new ones (a split); each piece is partial */
  partial: boolean;
  /** what the reconciliation found, as phrases each reader sees in their language (src/shared/mapping-notes.ts) */
  note: MappingNote;
  /** source rows behind this pair (several when the source repeats itself) */
  sourceRefs: string[];
}

export type IssueKind =
  | 'old_code_not_found'
  | 'old_code_padded'
  | 'old_name_differs'
  | 'old_row_without_commune'
  | 'new_code_not_found'
  | 'new_code_padded'
  | 'new_code_conflict'
  | 'new_code_missing'
  | 'cross_province';

/** One oddity of the source data, tied to the source row that shows it. */
export interface SourceIssue {
  kind: IssueKind;
  ref: string;
  detail: string;
}

export interface DuplicatePair {
  oldCode: string | null;
  newCode: string | null;
  sourceRefs: string[];
}

/** A new code the source uses that the new list lacks, and what became of it. */
export interface MissingNewCode {
  code: string;
  name: string;
  provinceName: string;
  sourceRefs: string[];
  resolvedTo: string | null;
  confidence: Confidence;
}

export interface ReconcileReport {
  countsByConfidence: Record<Confidence, number>;
  partialRows: number;
  unresolved: ReconciledRow[];
  missingNewCodes: MissingNewCode[];
  oldWithoutMapping: string[];
  newWithoutMapping: string[];
  duplicates: DuplicatePair[];
  provinceConflicts: ProvinceMapping[];
  issues: SourceIssue[];
}

export interface ReconcileResult {
  provinceMap: ProvinceMapping[];
  rows: ReconciledRow[];
  report: ReconcileReport;
}
