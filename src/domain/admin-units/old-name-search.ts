// Finds an old commune by name when the source row's old code is missing or
// unknown: inside the district the row names, else inside its province. Communes
// moved between districts across snapshots, and some district names in the
// source (renamed or newly formed districts) are unknown to the old list.
import { findByName, findByNameAnywhere, padCode, type NameLookup } from './name-index.ts';
import { NATION, PROVINCE_CODE_WIDTH, readField, type Catalog } from './catalog.ts';
import type { NotePlace } from '../../shared/mapping-notes.ts';
import type { OldCommune, OldDistrict, OldProvince, SourceMappingRow } from './reconcile-types.ts';

export interface OldNameSearch {
  lookup: NameLookup<OldCommune>;
  /** where the name was looked up, for the note (null only when nothing could be searched) */
  where: NotePlace | null;
  /** the row's old province matched nothing and no scope was given */
  provinceUnknown?: boolean;
}

/**
 * With a known old province the search stays inside it. With an unknown one
 * ("Thành phố Huế" for the old "Tỉnh Thừa Thiên Huế") a district name alone is
 * not enough — "Phong Điền" is a district of Huế and of Cần Thơ, and only one of
 * them may be meant — so the first pass gives up and the caller retries with
 * `scope`: the old provinces that merged into the new province the row names.
 */
export function findOldCommuneByName(
  cat: Catalog,
  row: SourceMappingRow,
  scope: ReadonlySet<string> | null,
): OldNameSearch {
  const name = readField(row.oldName);
  const province = findStatedOldProvince(cat, row);
  if (!province && !scope) return { lookup: { kind: 'missing' }, where: null, provinceUnknown: true };
  const districtName = readField(row.oldDistrictName);
  const districts = findCandidateDistricts(cat, province, districtName, scope);
  const inDistricts = districts.map((district) => findByName(cat.oldCommuneByDistrict, district.code, name));
  const hitDistricts = districts.filter((_, i) => inDistricts[i]?.kind !== 'missing');
  const [first] = hitDistricts;
  if (first && hitDistricts.length === 1) {
    const lookup = inDistricts[districts.indexOf(first)] ?? { kind: 'missing' };
    return { lookup, where: { kind: 'district', district: { code: first.code, name: first.name } } };
  }
  if (hitDistricts.length > 1) {
    return {
      lookup: { kind: 'ambiguous', candidates: collectCandidates(inDistricts) },
      where: { kind: 'districts_named', name: districtName },
    };
  }
  const provinces = province ? [province.code] : [...new Set(districts.map((d) => d.provinceCode))];
  const searched = provinces.length > 0 ? provinces : [...(scope ?? [])].sort();
  const where: NotePlace = {
    kind: 'province',
    provinces: searched,
    absentFrom: districts.map((d) => ({ code: d.code, name: d.name })),
  };
  const lookups = searched.map((code) => findByName(cat.oldCommuneByProvince, code, name));
  const candidates = collectCandidates(lookups);
  const [only] = candidates;
  if (!only) return { lookup: { kind: 'missing' }, where };
  return {
    lookup: candidates.length === 1 ? { kind: 'found', unit: only } : { kind: 'ambiguous', candidates },
    where,
  };
}

function collectCandidates(lookups: readonly (NameLookup<OldCommune> | undefined)[]): OldCommune[] {
  return lookups.flatMap((hit) =>
    hit?.kind === 'found' ? [hit.unit] : hit?.kind === 'ambiguous' ? hit.candidates : [],
  );
}

/** The old province named by the row (code first, then name), or null when it matches none. */
function findStatedOldProvince(cat: Catalog, row: SourceMappingRow): OldProvince | null {
  const code = readField(row.oldProvinceCode);
  if (code) return cat.oldProvinceByCode.get(padCode(code, PROVINCE_CODE_WIDTH)) ?? null;
  const name = readField(row.oldProvinceName);
  if (!name) return null;
  const hit = findByName(cat.oldProvinceIndex, NATION, name);
  return hit.kind === 'found' ? hit.unit : null;
}

/** Districts the row's district name may mean: inside its province, else inside the scope. */
function findCandidateDistricts(
  cat: Catalog,
  province: OldProvince | null,
  districtName: string,
  scope: ReadonlySet<string> | null,
): OldDistrict[] {
  if (!districtName) return [];
  if (province) {
    const hit = findByName(cat.oldDistrictIndex, province.code, districtName);
    return hit.kind === 'found' ? [hit.unit] : hit.kind === 'ambiguous' ? hit.candidates : [];
  }
  const hit = findByNameAnywhere(cat.oldDistrictIndex, districtName);
  const all = hit.kind === 'found' ? [hit.unit] : hit.kind === 'ambiguous' ? hit.candidates : [];
  return all.filter((d) => scope?.has(d.provinceCode) ?? false);
}
