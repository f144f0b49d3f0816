// Resolves each side of one third-party mapping row against the reference lists:
// the old commune (by code, padded code, then name inside the old district or
// province the row names) and the new commune by code. The new side's name
// fallback needs the province map, so reconcile.ts does it in a second pass.
import { unitFullKey, unitMatchKey } from '../text/vietnamese.ts';
import { findByName, padCode, type NameLookup } from './name-index.ts';
import {
  describeOldRow,
  NATION,
  noteUnits,
  PROVINCE_CODE_WIDTH,
  readField,
  type Catalog,
} from './catalog.ts';
import { findOldCommuneByName } from './old-name-search.ts';
import { renderMappingPhrase, type MappingNotePhrase, type NotePlace } from '../../shared/mapping-notes.ts';
import type { Confidence, NewCommune, NewProvince, OldCommune, SourceMappingRow } from './reconcile-types.ts';

/** One side of a row: the unit found (or null), how, and what was noticed on the way. */
export interface Side<T> {
  unit: T | null;
  method: Confidence;
  notes: MappingNotePhrase[];
  /** old side only: the row's old province name matched nothing, so a retry with a scope may help */
  provinceUnknown?: boolean;
}

export interface NewCodeResult {
  side: Side<NewCommune> | null;
  /** the new province the row itself names, if it names a known one */
  statedProvince: NewProvince | null;
  notes: MappingNotePhrase[];
}

const COMMUNE_CODE_WIDTH = 5;

/**
 * Finds the old commune a row starts from. `scope` (old province codes) is given
 * on the retry for rows whose old province name matched nothing: see
 * findOldCommuneByName. Issues may be pushed twice for a retried row; the report
 * removes repeats.
 */
export function resolveOldSide(
  cat: Catalog,
  row: SourceMappingRow,
  ref: string,
  scope: ReadonlySet<string> | null = null,
): Side<OldCommune> {
  const code = readField(row.oldCode);
  const notes: MappingNotePhrase[] = [];
  if (code) {
    const exact = cat.oldByCode.get(code);
    if (exact) return { unit: exact, method: 'exact_code', notes: noteOldNameDrift(cat, row, ref, exact) };
    const padded = padCode(code, COMMUNE_CODE_WIDTH);
    const paddedHit = padded === code ? undefined : cat.oldByCode.get(padded);
    if (paddedHit) {
      cat.issues.push({ kind: 'old_code_padded', ref, detail: `old code ${code} → ${padded}` });
      const drift = noteOldNameDrift(cat, row, ref, paddedHit);
      return {
        unit: paddedHit,
        method: 'padded_code',
        notes: [{ code: 'old_code_padded', given: code, padded }, ...drift],
      };
    }
    notes.push({ code: 'old_code_not_found', given: code });
    cat.issues.push({ kind: 'old_code_not_found', ref, detail: `${code} ${describeOldRow(row)}` });
  }
  const name = readField(row.oldName);
  if (!name) {
    cat.issues.push({
      kind: 'old_row_without_commune',
      ref,
      detail: `row names no old commune (new: ${readField(row.newCode)} ${readField(row.newName)})`,
    });
    return { unit: null, method: 'unresolved', notes: [...notes, { code: 'old_row_names_no_commune' }] };
  }
  const { lookup, where, provinceUnknown } = findOldCommuneByName(cat, row, scope);
  if (provinceUnknown || !where)
    return {
      unit: null,
      method: 'unresolved',
      notes: [...notes, { code: 'old_province_unknown', name: readField(row.oldProvinceName) }],
      provinceUnknown: true,
    };
  const said = [...notes, noteOfLookup(lookup, name, where, 'old')];
  if (lookup.kind === 'found') return { unit: lookup.unit, method: 'by_name', notes: said };
  return { unit: null, method: 'unresolved', notes: said };
}

/** Finds the new commune a row points to by its code, checking the code against the row's names. */
export function resolveNewByCode(cat: Catalog, row: SourceMappingRow, ref: string): NewCodeResult {
  const statedProvince = findStatedNewProvince(cat, row);
  const code = readField(row.newCode);
  if (!code) {
    cat.issues.push({
      kind: 'new_code_missing',
      ref,
      detail: `row gives no new code (${readField(row.newName)})`,
    });
    return { side: null, statedProvince, notes: [{ code: 'new_code_missing' }] };
  }
  const exact = cat.newByCode.get(code);
  if (exact) return acceptNewHit(cat, row, ref, exact, 'exact_code', statedProvince, []);
  const padded = padCode(code, COMMUNE_CODE_WIDTH);
  const paddedHit = padded === code ? undefined : cat.newByCode.get(padded);
  if (paddedHit) {
    cat.issues.push({ kind: 'new_code_padded', ref, detail: `new code ${code} → ${padded}` });
    return acceptNewHit(cat, row, ref, paddedHit, 'padded_code', statedProvince, [
      { code: 'new_code_padded', given: code, padded },
    ]);
  }
  cat.issues.push({
    kind: 'new_code_not_found',
    ref,
    detail: `${code} "${readField(row.newName)}" (${readField(row.newProvinceName)})`,
  });
  return { side: null, statedProvince, notes: [{ code: 'new_code_not_found', given: code }] };
}

/**
 * A code hit counts only if it agrees with the province and name the row gives:
 * in the source we found codes borrowed from a same-named commune of another
 * province, and trusting them would send records to the wrong province.
 */
function acceptNewHit(
  cat: Catalog,
  row: SourceMappingRow,
  ref: string,
  hit: NewCommune,
  method: Confidence,
  statedProvince: NewProvince | null,
  notes: MappingNotePhrase[],
): NewCodeResult {
  const newName = readField(row.newName);
  const otherProvince = statedProvince && hit.provinceCode !== statedProvince.code ? statedProvince : null;
  const otherName = newName && unitMatchKey(hit.name) !== unitMatchKey(newName) ? newName : null;
  if (!otherProvince && !otherName) return { side: { unit: hit, method, notes }, statedProvince, notes: [] };
  const clash: MappingNotePhrase =
    otherProvince && otherName
      ? {
          code: 'new_code_other_province_and_name',
          hit: hit.code,
          province: hit.provinceCode,
          statedProvince: otherProvince.name,
          name: hit.name,
          statedName: otherName,
        }
      : otherProvince
        ? {
            code: 'new_code_other_province',
            hit: hit.code,
            province: hit.provinceCode,
            statedProvince: otherProvince.name,
          }
        : { code: 'new_code_other_name', hit: hit.code, name: hit.name, statedName: otherName ?? '' };
  cat.issues.push({ kind: 'new_code_conflict', ref, detail: renderMappingPhrase(clash, 'en') });
  return { side: null, statedProvince, notes: [...notes, clash] };
}

/**
 * What a name lookup found, as a phrase: found (by name), several candidates, or
 * none. Used for the old side here and the new side's second pass in reconcile.ts.
 */
export function noteOfLookup<T extends { code: string; name: string }>(
  lookup: NameLookup<T>,
  name: string,
  place: NotePlace,
  side: 'old' | 'new',
): MappingNotePhrase {
  if (lookup.kind === 'found')
    return {
      code: side === 'old' ? 'old_found_by_name' : 'new_found_by_name',
      name,
      place,
      found: lookup.unit.code,
    };
  if (lookup.kind === 'ambiguous')
    return {
      code: side === 'old' ? 'old_name_ambiguous' : 'new_name_ambiguous',
      name,
      place,
      candidates: noteUnits(lookup.candidates),
    };
  return { code: side === 'old' ? 'old_name_missing' : 'new_name_missing', name, place };
}

/** The new province named by the row (code first, then name). */
function findStatedNewProvince(cat: Catalog, row: SourceMappingRow): NewProvince | null {
  const code = readField(row.newProvinceCode);
  if (code) return cat.newProvinceByCode.get(padCode(code, PROVINCE_CODE_WIDTH)) ?? null;
  const name = readField(row.newProvinceName);
  if (!name) return null;
  const hit = findByName(cat.newProvinceIndex, NATION, name);
  return hit.kind === 'found' ? hit.unit : null;
}

/** Notes (and reports) when the source's name for an old code differs from the old list's. */
function noteOldNameDrift(
  cat: Catalog,
  row: SourceMappingRow,
  ref: string,
  hit: OldCommune,
): MappingNotePhrase[] {
  const sourceName = readField(row.oldName);
  // Prefix-sensitive on purpose: "Xã X" becoming "Phường X" is worth noting.
  if (!sourceName || unitFullKey(sourceName) === unitFullKey(hit.name)) return [];
  cat.issues.push({
    kind: 'old_name_differs',
    ref,
    detail: `${hit.code}: list "${hit.name}", source "${sourceName}"`,
  });
  return [{ code: 'old_name_differs', old: hit.code, name: sourceName }];
}
