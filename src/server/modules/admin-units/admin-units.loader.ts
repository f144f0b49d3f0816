// Loads the shipped admin-structure versions (resources/admin-units) into the
// database on first start, with the reconciled old→new map, then resolves every
// unit of every version into the current structure (admin_unit_scopes). A
// database loaded before the map's notes became phrases gets them on a later start
// (upgradeMappingNotes).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { mappingNoteSearchText, renderMappingNote, type MappingNote } from '../../../shared/mapping-notes.ts';
import type { Executor } from '../../db/client.ts';
import * as load from './admin-units-load.repository.ts';

export const RESOURCE_DIR = fileURLToPath(new URL('../../../../resources/admin-units/', import.meta.url));
export const STRUCTURE_FILES = ['vn-3tier.json', 'vn-2tier-2025.json'];
export const MAP_FILE = 'map-vn-3tier-to-vn-2tier-2025.json';
/** Units merged away before a structure's source was taken, kept by hand (FORMER-UNITS.md). */
export const FORMER_FILE = 'vn-3tier-former.json';

export interface FormerFile {
  structure: string;
  units: {
    code: string;
    level: 'province' | 'district' | 'commune';
    type: string;
    name: string;
    parentCode: string;
    successorCode: string;
    retiredOn: string | null;
    retiredBy: string;
  }[];
}

type UnitTuple = [
  code: string,
  level: 'province' | 'district' | 'commune',
  type: string,
  name: string,
  parentCode: string | null,
];

interface StructureFile {
  id: string;
  nameVi: string;
  nameEn: string;
  tiers: number;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  source: unknown;
  counts: unknown;
  units: UnitTuple[];
}

interface MapFile {
  from: string;
  to: string;
  provinces: [string, string][];
  communes: [
    string | null,
    string | null,
    'exact_code' | 'padded_code' | 'by_name' | 'unresolved',
    0 | 1,
    MappingNote,
  ][];
}

/** The note of every row of the province map: provinces were merged, never split. */
const PROVINCE_NOTE: MappingNote = [{ code: 'province_merged_whole' }];

export const unitId = (versionId: string, code: string) => `${versionId}:${code}`;

async function readJson<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(RESOURCE_DIR + name, 'utf8')) as T;
}

export function isAdminDataLoaded(db: Executor): Promise<boolean> {
  return load.isAdminDataLoaded(db);
}

export async function loadAdminStructures(db: Executor): Promise<{ units: number; mappings: number }> {
  let units = 0;
  for (const name of STRUCTURE_FILES) {
    const file = await readJson<StructureFile>(name);
    await load.insertStructureVersion(db, {
      id: file.id,
      nameVi: file.nameVi,
      nameEn: file.nameEn,
      tiers: file.tiers,
      effectiveFrom: file.effectiveFrom,
      effectiveTo: file.effectiveTo,
      source: file.source,
      counts: file.counts,
    });
    const parentOf = new Map(file.units.map((u) => [u[0], u[4]]));
    const levelOf = new Map(file.units.map((u) => [u[0], u[1]]));
    const provinceOf = (code: string): string => {
      let c: string | null = code;
      while (c && levelOf.get(c) !== 'province') c = parentOf.get(c) ?? null;
      return c ?? code;
    };
    const rows = file.units.map(([code, level, type, unitName, parent]) => ({
      id: unitId(file.id, code),
      versionId: file.id,
      code,
      level,
      type,
      name: unitName.normalize('NFC'),
      parentId: parent ? unitId(file.id, parent) : null,
      provinceId: unitId(file.id, provinceOf(code)),
    }));
    await load.insertUnits(db, rows);
    units += rows.length;
  }
  const map = await readJson<MapFile>(MAP_FILE);
  const mappingRows = [
    ...map.provinces.map(([o, n]) => ({
      fromVersionId: map.from,
      toVersionId: map.to,
      level: 'province' as const,
      confidence: 'exact_code' as const,
      oldUnitId: unitId(map.from, o),
      newUnitId: unitId(map.to, n),
      partial: false,
      notePhrases: PROVINCE_NOTE,
      note: mappingNoteSearchText(PROVINCE_NOTE),
    })),
    ...map.communes.map(([o, n, confidence, partial, note]) => ({
      fromVersionId: map.from,
      toVersionId: map.to,
      level: 'commune' as const,
      confidence,
      oldUnitId: o ? unitId(map.from, o) : null,
      newUnitId: n ? unitId(map.to, n) : null,
      partial: partial === 1,
      notePhrases: note,
      note: mappingNoteSearchText(note),
    })),
  ];
  await load.insertMappings(db, mappingRows);
  const former = await loadFormerUnits(db, { rebuildScopes: false });
  await load.rebuildUnitScopes(db);
  return { units: units + former.added, mappings: mappingRows.length };
}

/**
 * Adds the former units a database does not hold yet (a database loaded before they were
 * shipped gets them on its next start) and places them through their successors. Their
 * parent, province and successor must be units of their structure, and their codes free
 * in it: a file that breaks either is refused whole.
 */
export async function loadFormerUnits(
  db: Executor,
  options: { rebuildScopes?: boolean; file?: FormerFile } = {},
): Promise<{ added: number }> {
  const file = options.file ?? (await readJson<FormerFile>(FORMER_FILE));
  const codes = file.units.flatMap((u) => [u.code, u.parentCode, u.successorCode]);
  const known = await load.unitsOfVersion(
    db,
    file.structure,
    codes.map((c) => unitId(file.structure, c)),
  );
  const byId = new Map(known.map((u) => [u.id, u]));
  const rows = file.units.map((u) => {
    const parent = byId.get(unitId(file.structure, u.parentCode));
    const successor = byId.get(unitId(file.structure, u.successorCode));
    if (!parent || !successor || successor.level !== u.level)
      throw new Error(`${FORMER_FILE}: ${u.name} names a parent or successor that ${file.structure} lacks`);
    // a code the structure gives a unit of its own is not free for a former one
    if (byId.get(unitId(file.structure, u.code))?.successorId === null)
      throw new Error(
        `${FORMER_FILE}: ${u.name} takes code ${u.code}, which ${file.structure} gives another unit`,
      );
    return {
      id: unitId(file.structure, u.code),
      versionId: file.structure,
      code: u.code,
      level: u.level,
      type: u.type,
      name: u.name.normalize('NFC'),
      parentId: parent.id,
      provinceId: parent.level === 'province' ? parent.id : parent.provinceId,
      retiredOn: u.retiredOn,
      retiredBy: u.retiredBy,
      successorId: successor.id,
    };
  });
  const added = await load.insertFormerUnits(db, rows);
  if (options.rebuildScopes !== false) for (const id of added) await load.rebuildUnitScopes(db, id);
  return { added: added.length };
}

/**
 * Rows loaded before notes became phrases hold the English words the reconciler
 * wrote then, which are exactly the English rendering of the phrases the map file
 * now ships: each such row (never settled by hand) takes the phrases whose English
 * words, level and units are its own. A row that matches nothing keeps its words
 * and is shown as they are. Returns the rows given phrases.
 */
export async function upgradeMappingNotes(db: Executor): Promise<{ upgraded: number; unmatched: number }> {
  const rows = await load.mappingsWithoutPhrases(db);
  if (rows.length === 0) return { upgraded: 0, unmatched: 0 };
  const map = await readJson<MapFile>(MAP_FILE);
  const keyOf = (level: string, oldId: string | null, newId: string | null, english: string) =>
    JSON.stringify([level, oldId, newId, english]);
  const shipped = new Map<string, MappingNote>();
  for (const [o, n] of map.provinces) {
    shipped.set(
      keyOf('province', unitId(map.from, o), unitId(map.to, n), renderMappingNote(PROVINCE_NOTE, 'en')),
      PROVINCE_NOTE,
    );
  }
  for (const [o, n, , , note] of map.communes) {
    const key = keyOf(
      'commune',
      o ? unitId(map.from, o) : null,
      n ? unitId(map.to, n) : null,
      renderMappingNote(note, 'en'),
    );
    shipped.set(key, note);
  }
  const updates = rows.flatMap((r) => {
    const note = shipped.get(keyOf(r.level, r.oldUnitId, r.newUnitId, r.note));
    return note ? [{ id: r.id, notePhrases: note, note: mappingNoteSearchText(note) }] : [];
  });
  await load.setMappingNotes(db, updates);
  return { upgraded: updates.length, unmatched: rows.length - updates.length };
}
