// Reconciles a third-party old→new commune table with the two reference lists
// (three-tier before 1 July 2025, two-tier after). Pure: no I/O, deterministic.
//
// Per source row: old side by code → padded code → name inside the row's old
// district/province; new side by code → padded code (each hit checked against the
// row's own names) → name inside the new province the old province maps to. The
// province map comes first from rows settled by code, because provinces were merged
// whole: every commune of an old province lands in the same new province, which
// is what makes the name fallback safe to restrict. The same fact gives rows whose
// old province name is unknown a second, scoped search for their old commune.
import { findByName, compareText } from './name-index.ts';
import { buildCatalog, noteUnits, readField, type Catalog } from './catalog.ts';
import { noteOfLookup, resolveNewByCode, resolveOldSide, type Side } from './resolve-sides.ts';
import { deriveProvinceMap, type WorkRow } from './province-map.ts';
import { foldVietnamese } from '../text/vietnamese.ts';
import { renderMappingNote, type MappingNotePhrase } from '../../shared/mapping-notes.ts';
import {
  CONFIDENCES,
  type Confidence,
  type DuplicatePair,
  type MissingNewCode,
  type NewCommune,
  type ProvinceMapping,
  type ReconcileInput,
  type ReconcileReport,
  type ReconcileResult,
  type ReconciledRow,
} from './reconcile-types.ts';

export * from './reconcile-types.ts';

/** Builds the province map and one row per (old commune → new commune) pair, with a report. */
export function reconcileCommuneMap(input: ReconcileInput): ReconcileResult {
  const cat = buildCatalog(input);
  const work: WorkRow[] = input.mappingRows.map((row, i) => {
    const ref = readField(row.ref) || `#${i + 1}`;
    const old = resolveOldSide(cat, row, ref);
    const byCode = resolveNewByCode(cat, row, ref);
    return { ref, row, old, neu: byCode.side, statedProvince: byCode.statedProvince, newNotes: byCode.notes };
  });
  const provinceMap = deriveProvinceMap(input, cat, work);
  const target = new Map(provinceMap.map((p) => [p.oldCode, p.newCode]));
  retryUnknownOldProvinces(cat, work, provinceMap);
  const settled = work.map((w) => ({ w, neu: w.neu ?? resolveNewByName(cat, w, target) }));
  const crossNotes = new Map(settled.map(({ w, neu }) => [w, noteCrossProvince(cat, w, neu, target)]));

  const duplicates: DuplicatePair[] = [];
  const rows = mergePairs(
    settled.map(({ w, neu }) => toRow(w, neu, crossNotes.get(w) ?? [])),
    duplicates,
  );
  rows.push(...listUnmappedOld(input, cat, rows, target));
  markPartial(rows);
  rows.sort(compareRows);

  const conflicts = provinceMap.filter((p) => p.conflict);
  const report = buildReport(input, cat, rows, duplicates, conflicts, listMissingNewCodes(cat, settled));
  return { provinceMap, rows, report };
}

/**
 * Rows whose old province name matched nothing get a second chance: provinces
 * merged whole, so their old commune lies in one of the old provinces that the
 * province map sends to the new province the row names.
 */
function retryUnknownOldProvinces(
  cat: Catalog,
  work: WorkRow[],
  provinceMap: readonly ProvinceMapping[],
): void {
  for (const w of work) {
    if (!w.old.provinceUnknown || !w.statedProvince) continue;
    const stated = w.statedProvince.code;
    const scope = new Set(provinceMap.filter((p) => p.newCode === stated).map((p) => p.oldCode));
    const retried = resolveOldSide(cat, w.row, w.ref, scope);
    const why: MappingNotePhrase = {
      code: 'old_province_unknown_searched',
      name: readField(w.row.oldProvinceName),
      province: stated,
    };
    w.old = { ...retried, notes: [why, ...retried.notes] };
  }
}

/** Second pass for rows whose new code failed: the name, inside the mapped new province. */
function resolveNewByName(cat: Catalog, w: WorkRow, target: Map<string, string | null>): Side<NewCommune> {
  const notes = [...w.newNotes];
  const newName = readField(w.row.newName);
  const mapped = w.old.unit ? (target.get(w.old.unit.provinceCode) ?? null) : null;
  const provinceCode = mapped ?? w.statedProvince?.code ?? null;
  if (!provinceCode)
    return { unit: null, method: 'unresolved', notes: [...notes, { code: 'no_new_province' }] };
  if (!newName)
    return { unit: null, method: 'unresolved', notes: [...notes, { code: 'new_name_missing_in_row' }] };
  if (mapped && w.statedProvince && w.statedProvince.code !== mapped) {
    notes.push({ code: 'searched_mapped_province', stated: w.statedProvince.code, mapped });
  }
  const province = { code: provinceCode, name: cat.newProvinceByCode.get(provinceCode)?.name ?? '' };
  const hit = findByName(cat.newCommuneByProvince, provinceCode, newName);
  const said = [...notes, noteOfLookup(hit, newName, { kind: 'new_province', province }, 'new')];
  if (hit.kind === 'found') return { unit: hit.unit, method: 'by_name', notes: said };
  return { unit: null, method: 'unresolved', notes: said };
}

/** Provinces merged whole, so a pair crossing the province map is suspect: flag it. */
function noteCrossProvince(
  cat: Catalog,
  w: WorkRow,
  neu: Side<NewCommune>,
  target: Map<string, string | null>,
): MappingNotePhrase[] {
  if (!w.old.unit || !neu.unit) return [];
  const mapped = target.get(w.old.unit.provinceCode);
  if (!mapped || mapped === neu.unit.provinceCode) return [];
  const detail = `old ${w.old.unit.code} (province ${w.old.unit.provinceCode} → ${mapped}) points to ${neu.unit.code} in province ${neu.unit.provinceCode}`;
  cat.issues.push({ kind: 'cross_province', ref: w.ref, detail });
  return [
    {
      code: 'crosses_province_map',
      old: w.old.unit.code,
      oldProvince: w.old.unit.provinceCode,
      mappedProvince: mapped,
      new: neu.unit.code,
      newProvince: neu.unit.provinceCode,
    },
  ];
}

function weakerOf(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCES.indexOf(a) >= CONFIDENCES.indexOf(b) ? a : b;
}

function toRow(
  w: WorkRow,
  neu: Side<NewCommune>,
  extraNotes: MappingNotePhrase[],
): ReconciledRow & { key: string } {
  const notes = [...w.old.notes, ...neu.notes, ...extraNotes];
  const oldKey =
    w.old.unit?.code ??
    `?${[w.row.oldName, w.row.oldDistrictName, w.row.oldProvinceName].map((v) => foldVietnamese(readField(v))).join('|')}`;
  const newKey =
    neu.unit?.code ??
    `?${[w.row.newName, w.row.newProvinceName].map((v) => foldVietnamese(readField(v))).join('|')}`;
  return {
    key: `${oldKey}→${newKey}`,
    oldCode: w.old.unit?.code ?? null,
    newCode: neu.unit?.code ?? null,
    confidence: weakerOf(w.old.method, neu.method),
    partial: false,
    note: notes.length > 0 ? notes : [{ code: 'codes_as_given' }],
    sourceRefs: [w.ref],
  };
}

/** One row per pair; a pair stated twice keeps its best-supported version and both refs. */
function mergePairs(
  candidates: (ReconciledRow & { key: string })[],
  duplicates: DuplicatePair[],
): ReconciledRow[] {
  const byKey = new Map<string, ReconciledRow>();
  for (const { key, ...row } of candidates) {
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, row);
      continue;
    }
    const refs = [...seen.sourceRefs, ...row.sourceRefs];
    const better = CONFIDENCES.indexOf(row.confidence) < CONFIDENCES.indexOf(seen.confidence);
    byKey.set(key, { ...(better ? row : seen), sourceRefs: refs });
  }
  for (const row of byKey.values()) {
    if (row.sourceRefs.length > 1) {
      duplicates.push({ oldCode: row.oldCode, newCode: row.newCode, sourceRefs: row.sourceRefs });
      row.note = [...row.note, { code: 'stated_by_rows', n: row.sourceRefs.length }];
    }
  }
  return [...byKey.values()];
}

/** Old communes that no source row mentions: unresolved, with a same-name hint for the admin. */
function listUnmappedOld(
  input: ReconcileInput,
  cat: Catalog,
  rows: readonly ReconciledRow[],
  target: Map<string, string | null>,
): ReconciledRow[] {
  const mentioned = new Set(rows.map((r) => r.oldCode));
  return input.oldCommunes
    .filter((c) => !mentioned.has(c.code))
    .map((c) => {
      const province = target.get(c.provinceCode) ?? null;
      const hit = province
        ? findByName(cat.newCommuneByProvince, province, c.name)
        : { kind: 'missing' as const };
      const same = hit.kind === 'found' ? [hit.unit] : hit.kind === 'ambiguous' ? hit.candidates : [];
      const note: MappingNotePhrase[] = [{ code: 'no_source_row', old: { code: c.code, name: c.name } }];
      if (province && same.length > 0)
        note.push({ code: 'same_name_in_new_province', province, candidates: noteUnits(same) });
      return {
        oldCode: c.code,
        newCode: null,
        confidence: 'unresolved' as const,
        partial: false,
        note,
        sourceRefs: [],
      };
    });
}

/** An old commune with several rows was split; every piece is partial. */
function markPartial(rows: ReconciledRow[]): void {
  const pieces = new Map<string, number>();
  for (const r of rows) if (r.oldCode) pieces.set(r.oldCode, (pieces.get(r.oldCode) ?? 0) + 1);
  for (const r of rows) {
    const n = r.oldCode ? (pieces.get(r.oldCode) ?? 0) : 0;
    if (n > 1) {
      r.partial = true;
      r.note = [...r.note, { code: 'split_piece', n, old: r.oldCode ?? '' }];
    }
  }
}

/**
 * Old code, then new code, nulls last; the note's English words as a final
 * tie-break for unresolved rows (the order the map file has always had).
 */
function compareRows(a: ReconciledRow, b: ReconciledRow): number {
  const last = '\uffff';
  return (
    compareText(a.oldCode ?? last, b.oldCode ?? last) ||
    compareText(a.newCode ?? last, b.newCode ?? last) ||
    compareText(renderMappingNote(a.note, 'en'), renderMappingNote(b.note, 'en'))
  );
}

function buildReport(
  input: ReconcileInput,
  cat: Catalog,
  rows: readonly ReconciledRow[],
  duplicates: DuplicatePair[],
  provinceConflicts: ReconcileReport['provinceConflicts'],
  missingNewCodes: MissingNewCode[],
): ReconcileReport {
  const countsByConfidence = Object.fromEntries(CONFIDENCES.map((c) => [c, 0])) as Record<Confidence, number>;
  for (const r of rows) countsByConfidence[r.confidence] += 1;
  const mentionedNew = new Set(rows.map((r) => r.newCode));
  const mentionedOld = new Set(rows.filter((r) => r.sourceRefs.length > 0).map((r) => r.oldCode));
  return {
    countsByConfidence,
    partialRows: rows.filter((r) => r.partial).length,
    unresolved: rows.filter((r) => r.confidence === 'unresolved'),
    missingNewCodes,
    oldWithoutMapping: input.oldCommunes
      .map((c) => c.code)
      .filter((code) => !mentionedOld.has(code))
      .sort(compareText),
    newWithoutMapping: input.newCommunes
      .map((c) => c.code)
      .filter((code) => !mentionedNew.has(code))
      .sort(compareText),
    duplicates: duplicates.sort((a, b) => compareText(a.sourceRefs[0] ?? '', b.sourceRefs[0] ?? '')),
    provinceConflicts,
    // Repeats (a retried row reports its code problems twice) dropped; grouped by
    // kind, source order within a kind (Array.prototype.sort is stable).
    issues: [...new Map(cat.issues.map((i) => [`${i.kind}|${i.ref}|${i.detail}`, i])).values()].sort((a, b) =>
      compareText(a.kind, b.kind),
    ),
  };
}

/** New codes the source uses that the new list lacks as given, and what each became. */
function listMissingNewCodes(
  cat: Catalog,
  settled: { w: WorkRow; neu: Side<NewCommune> }[],
): MissingNewCode[] {
  const byKey = new Map<string, MissingNewCode>();
  for (const { w, neu } of settled) {
    const code = readField(w.row.newCode);
    if (!code || cat.newByCode.has(code)) continue;
    const name = readField(w.row.newName);
    const provinceName = readField(w.row.newProvinceName) || readField(w.row.newProvinceCode);
    const key = `${code}|${name}|${provinceName}|${neu.unit?.code ?? ''}`;
    const seen = byKey.get(key);
    if (seen) seen.sourceRefs.push(w.ref);
    else
      byKey.set(key, {
        code,
        name,
        provinceName,
        sourceRefs: [w.ref],
        resolvedTo: neu.unit?.code ?? null,
        confidence: neu.method,
      });
  }
  return [...byKey.values()].sort(
    (a, b) => compareText(a.code, b.code) || compareText(a.provinceName, b.provinceName),
  );
}
