// The reference lists indexed once for every lookup the reconciliation makes,
// plus the small text helpers its modules share.
import { collapseWhitespace, toNfc } from '../text/vietnamese.ts';
import { buildNameIndex, type NameIndex } from './name-index.ts';
import type {
  NewCommune,
  NewProvince,
  OldCommune,
  OldDistrict,
  OldProvince,
  ReconcileInput,
  SourceIssue,
  SourceMappingRow,
} from './reconcile-types.ts';

/** The reference lists, indexed once for every lookup the reconciliation makes. */
export interface Catalog {
  oldByCode: Map<string, OldCommune>;
  newByCode: Map<string, NewCommune>;
  oldProvinceByCode: Map<string, OldProvince>;
  newProvinceByCode: Map<string, NewProvince>;
  oldProvinceIndex: NameIndex<OldProvince>;
  oldDistrictIndex: NameIndex<OldDistrict>;
  oldCommuneByDistrict: NameIndex<OldCommune>;
  oldCommuneByProvince: NameIndex<OldCommune>;
  newProvinceIndex: NameIndex<NewProvince>;
  newCommuneByProvince: NameIndex<NewCommune>;
  /** collected while resolving; becomes report.issues */
  issues: SourceIssue[];
}

export const PROVINCE_CODE_WIDTH = 2;
export const NATION = '';

/** Indexes the reference lists by code and by name. */
export function buildCatalog(input: ReconcileInput): Catalog {
  return {
    oldByCode: new Map(input.oldCommunes.map((c) => [c.code, c])),
    newByCode: new Map(input.newCommunes.map((c) => [c.code, c])),
    oldProvinceByCode: new Map(input.oldProvinces.map((p) => [p.code, p])),
    newProvinceByCode: new Map(input.newProvinces.map((p) => [p.code, p])),
    oldProvinceIndex: buildNameIndex(input.oldProvinces, () => NATION),
    oldDistrictIndex: buildNameIndex(input.oldDistricts, (d) => d.provinceCode),
    oldCommuneByDistrict: buildNameIndex(input.oldCommunes, (c) => c.districtCode),
    oldCommuneByProvince: buildNameIndex(input.oldCommunes, (c) => c.provinceCode),
    newProvinceIndex: buildNameIndex(input.newProvinces, () => NATION),
    newCommuneByProvince: buildNameIndex(input.newCommunes, (c) => c.provinceCode),
    issues: [],
  };
}

/** Trimmed NFC text of a loosely typed field; '' when absent. */
export function readField(value: string | null | undefined): string {
  return value == null ? '' : collapseWhitespace(toNfc(String(value)));
}

export function describeOldRow(row: SourceMappingRow): string {
  return [row.oldName, row.oldDistrictName, row.oldProvinceName].map(readField).filter(Boolean).join(', ');
}

/** Units as a note names them: code and name only. */
export function noteUnits(
  units: readonly { code: string; name: string }[],
): { code: string; name: string }[] {
  return units.map((u) => ({ code: u.code, name: u.name }));
}
