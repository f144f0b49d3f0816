// Finds the administrative unit a spreadsheet row names, in either structure:
// officials type current communes, pre-2025 communes with their district, bare
// names, names without accents, or a whole address in one cell. The unit found
// keeps its own structure version; the old→new map places it today.
import { buildNameIndex, findByName, type NameIndex } from '../admin-units/name-index.ts';
import { foldVietnamese } from '../text/vietnamese.ts';

export interface RefUnit {
  id: string;
  versionId: string;
  code: string;
  level: 'province' | 'district' | 'commune';
  name: string;
  parentId: string | null;
  provinceId: string;
}

export interface PlaceText {
  commune?: string | null;
  district?: string | null;
  province?: string | null;
  address?: string | null;
  /** a group row above the data row, e.g. "I. HUYỆN THỌ XUÂN" */
  context?: string | null;
}

export type PlaceResult =
  | { kind: 'found'; unit: RefUnit; note: string }
  | { kind: 'ambiguous'; candidates: RefUnit[] }
  | { kind: 'missing'; searched: string };

export interface UnitResolver {
  resolve(text: PlaceText, scope?: RefUnit | null): PlaceResult;
}

/** oldProvinceToNew: old province id → current province id (provinces merged whole). */
export function buildUnitResolver(
  units: readonly RefUnit[],
  currentVersion: string,
  oldProvinceToNew: ReadonlyMap<string, string>,
): UnitResolver {
  const byId = new Map(units.map((u) => [u.id, u]));
  const provinces = units.filter((u) => u.level === 'province');
  const provinceIndex = buildNameIndex(provinces, () => 'all');
  const communesByProvince = buildNameIndex(
    units.filter((u) => u.level === 'commune'),
    (u) => u.provinceId,
  );
  const districtsByProvince = buildNameIndex(
    units.filter((u) => u.level === 'district'),
    (u) => u.provinceId,
  );
  const communesByDistrict: NameIndex<RefUnit> = buildNameIndex(
    units.filter((u) => u.level === 'commune' && u.versionId !== currentVersion),
    (u) => u.parentId ?? '',
  );
  const oldProvincesOf = new Map<string, string[]>();
  for (const [oldId, newId] of oldProvinceToNew)
    oldProvincesOf.set(newId, [...(oldProvincesOf.get(newId) ?? []), oldId]);

  /** Province ids (of both structures) a row may lie in. */
  const provinceScope = (text: PlaceText, scope: RefUnit | null | undefined): string[] => {
    const named = text.province ? lookupAll(provinceIndex, 'all', text.province) : [];
    const start = named.length ? named : scope ? [byId.get(scope.provinceId) ?? scope] : [];
    const ids = new Set<string>();
    for (const p of start) {
      const current = p.versionId === currentVersion ? p.id : oldProvinceToNew.get(p.id);
      if (current) ids.add(current);
      ids.add(p.id);
      for (const old of current ? (oldProvincesOf.get(current) ?? []) : []) ids.add(old);
    }
    return [...ids];
  };

  const resolveCommune = (commune: string, district: string | null, provinceIds: string[]): PlaceResult => {
    const found: RefUnit[] = [];
    if (district) {
      for (const pid of provinceIds) {
        for (const d of lookupAll(districtsByProvince, pid, district))
          found.push(...lookupAll(communesByDistrict, d.id, commune));
      }
      if (found.length === 1)
        return { kind: 'found', unit: found[0], note: 'commune found within its pre-2025 district' };
    }
    const current = provinceIds
      .flatMap((pid) => lookupAll(communesByProvince, pid, commune))
      .filter((u) => u.versionId === currentVersion);
    if (current.length === 1)
      return { kind: 'found', unit: current[0], note: 'commune of the current structure' };
    const old = provinceIds
      .flatMap((pid) => lookupAll(communesByProvince, pid, commune))
      .filter((u) => u.versionId !== currentVersion);
    if (current.length === 0 && old.length === 1)
      return { kind: 'found', unit: old[0], note: 'pre-2025 commune; placed today through the old→new map' };
    const candidates = dedupe([...found, ...current, ...old]);
    return candidates.length ? { kind: 'ambiguous', candidates } : { kind: 'missing', searched: commune };
  };

  return {
    resolve(text, scope) {
      const parsed = { ...splitAddress(text.address ?? ''), ...stripEmpty(text) };
      // a commune cell that carries more: "thôn An Lỗ, xã Phong Hiền", "thị trấn Hợp Châu (Tam Đảo)"
      if (parsed.commune?.includes(',')) {
        const parts = splitAddress(parsed.commune);
        if (parts.commune) parsed.commune = parts.commune;
        parsed.district ??= parts.district;
      }
      const paren = parsed.commune ? /^(.+?)\s*\(([^()]+)\)\s*$/.exec(parsed.commune) : null;
      if (paren) {
        parsed.commune = paren[1];
        parsed.district ??= paren[2];
      }
      const district = parsed.district ?? districtFromContext(text.context);
      const provinceIds = provinceScope(parsed, scope);
      if (parsed.commune) {
        if (provinceIds.length) return resolveCommune(parsed.commune, district, provinceIds);
        const everywhere = dedupe(
          units.filter((u) => u.level === 'commune').map((u) => u.provinceId),
        ).flatMap((pid) => lookupAll(communesByProvince, pid, parsed.commune!));
        if (everywhere.length === 1)
          return { kind: 'found', unit: everywhere[0], note: 'commune name unique in the country' };
        return everywhere.length
          ? { kind: 'ambiguous', candidates: everywhere }
          : { kind: 'missing', searched: parsed.commune };
      }
      if (scope?.level === 'commune')
        return { kind: 'found', unit: scope, note: 'no commune in the row: the file’s commune' };
      // a row that names only its district (lists before 7/2025) or only its province: recorded at
      // that unit, in the structure the list was written in; the commune is a gap to complete
      if (district) {
        const districts = dedupe(provinceIds.flatMap((pid) => lookupAll(districtsByProvince, pid, district)));
        if (districts.length === 1)
          return {
            kind: 'found',
            unit: districts[0],
            note: 'district only: recorded at its pre-2025 district',
          };
        if (districts.length > 1) return { kind: 'ambiguous', candidates: districts };
        return { kind: 'missing', searched: district };
      }
      if (parsed.province) {
        const named = lookupAll(provinceIndex, 'all', parsed.province);
        if (named.length === 1)
          return { kind: 'found', unit: named[0], note: 'province only: recorded at the province' };
        return named.length
          ? { kind: 'ambiguous', candidates: named }
          : { kind: 'missing', searched: parsed.province };
      }
      if (scope) return { kind: 'found', unit: scope, note: 'no place in the row: the file’s unit' };
      return { kind: 'missing', searched: text.address ?? '' };
    },
  };
}

function lookupAll(index: NameIndex<RefUnit>, group: string, name: string): RefUnit[] {
  const hit = findByName(index, group, name);
  return hit.kind === 'found' ? [hit.unit] : hit.kind === 'ambiguous' ? hit.candidates : [];
}

function dedupe<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function stripEmpty(text: PlaceText): PlaceText {
  return Object.fromEntries(
    Object.entries(text).filter(
      ([k, v]) => k !== 'address' && k !== 'context' && typeof v === 'string' && v.trim(),
    ),
  ) as PlaceText;
}

/** "Thôn 3, xã Thọ Lộc, huyện Thọ Xuân, tỉnh Thanh Hóa" → its commune, district, province parts. */
export function splitAddress(address: string): PlaceText {
  const parts = address
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: PlaceText = {};
  parts.forEach((part, i) => {
    const f = foldVietnamese(part);
    const last = i === parts.length - 1 && parts.length > 1;
    if (/^tinh\b/.test(f) || (last && /^(thanh pho|tp)\b/.test(f))) out.province ??= part;
    else if (/^(huyen|quan|thi xa|thanh pho|tp)\b/.test(f)) out.district ??= part;
    else if (/^(xa|phuong|thi tran|dac khu)\b/.test(f)) out.commune ??= part;
  });
  return out;
}

/** "I. HUYỆN THỌ XUÂN" / "Thị xã Nghi Sơn" → the district name of a group row. */
export function districtFromContext(context: string | null | undefined): string | null {
  if (!context) return null;
  const cleaned = context
    .replace(/^\s*[IVXLC]+[.)]\s*/i, '')
    .replace(/^\s*\d+[.)]\s*/, '')
    .trim();
  return /^(huyen|quan|thi xa|thanh pho)\b/.test(foldVietnamese(cleaned)) ? cleaned : null;
}
