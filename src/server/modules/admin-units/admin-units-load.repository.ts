// SQL of loading the shipped admin structures (owned by the admin-units module):
// versions, units and the old→new map in bulk, and the current-structure scope of
// every unit.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { CURRENT_STRUCTURE } from '../../../domain/admin-units/structures.ts';
import { insertAll, type ColumnSpec } from '../../db/bulk-insert.ts';
import type { Executor } from '../../db/client.ts';
import { adminStructureVersions, adminUnitMappings, adminUnits } from '../../db/schema/index.ts';
import type { MappingNote } from '../../../shared/mapping-notes.ts';

export type UnitRow = {
  id: string;
  versionId: string;
  code: string;
  level: string;
  type: string;
  name: string;
  parentId: string | null;
  provinceId: string;
};
const UNIT_COLUMNS: ColumnSpec<UnitRow> = [
  ['id', 'id', 'text'],
  ['version_id', 'versionId', 'text'],
  ['code', 'code', 'text'],
  ['level', 'level', 'text'],
  ['type', 'type', 'text'],
  ['name', 'name', 'text'],
  ['parent_id', 'parentId', 'text'],
  ['province_id', 'provinceId', 'text'],
];
export type MappingRow = {
  fromVersionId: string;
  toVersionId: string;
  level: string;
  confidence: string;
  oldUnitId: string | null;
  newUnitId: string | null;
  partial: boolean;
  notePhrases: MappingNote;
  note: string;
};
const MAPPING_COLUMNS: ColumnSpec<MappingRow> = [
  ['from_version_id', 'fromVersionId', 'text'],
  ['to_version_id', 'toVersionId', 'text'],
  ['level', 'level', 'text'],
  ['confidence', 'confidence', 'text'],
  ['old_unit_id', 'oldUnitId', 'text'],
  ['new_unit_id', 'newUnitId', 'text'],
  ['partial', 'partial', 'boolean'],
  ['note_phrases', 'notePhrases', 'jsonb'],
  ['note', 'note', 'text'],
];

export async function isAdminDataLoaded(db: Executor): Promise<boolean> {
  const rows = await db.select({ id: adminStructureVersions.id }).from(adminStructureVersions).limit(1);
  return rows.length > 0;
}

export async function insertStructureVersion(
  db: Executor,
  values: typeof adminStructureVersions.$inferInsert,
): Promise<void> {
  await db.insert(adminStructureVersions).values(values);
}

export async function insertUnits(db: Executor, rows: UnitRow[]): Promise<void> {
  await insertAll(db, 'admin_units', UNIT_COLUMNS, rows, 5000, () => undefined);
}

export async function insertMappings(db: Executor, rows: MappingRow[]): Promise<void> {
  await insertAll(db, 'admin_unit_mappings', MAPPING_COLUMNS, rows, 5000, () => undefined);
}

export type FormerUnitRow = Omit<UnitRow, 'level'> & {
  level: 'province' | 'district' | 'commune';
  retiredOn: string | null;
  retiredBy: string;
  successorId: string;
};

/** Adds the former units not yet loaded; returns the ids it added. */
export async function insertFormerUnits(db: Executor, rows: readonly FormerUnitRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const added = await db
    .insert(adminUnits)
    .values([...rows])
    .onConflictDoNothing({ target: adminUnits.id })
    .returning({ id: adminUnits.id });
  return added.map((r) => r.id);
}

/** Rows the loader wrote before notes became phrases (an officer's settled note is left alone). */
export function mappingsWithoutPhrases(db: Executor) {
  return db
    .select({
      id: adminUnitMappings.id,
      level: adminUnitMappings.level,
      oldUnitId: adminUnitMappings.oldUnitId,
      newUnitId: adminUnitMappings.newUnitId,
      note: adminUnitMappings.note,
    })
    .from(adminUnitMappings)
    .where(and(isNull(adminUnitMappings.notePhrases), isNull(adminUnitMappings.settledAt)));
}

/** Gives rows their note as phrases and the words it is searched by, in chunks of one statement each. */
export async function setMappingNotes(
  db: Executor,
  rows: readonly { id: number; notePhrases: MappingNote; note: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    await db.execute(sql`
      UPDATE admin_unit_mappings m SET note_phrases = t."notePhrases", note = t.note
      FROM json_to_recordset(${JSON.stringify(chunk)}::json) AS t(id integer, "notePhrases" jsonb, note text)
      WHERE m.id = t.id AND m.note_phrases IS NULL AND m.settled_at IS NULL`);
  }
}

/**
 * Current-structure scope of every unit. Current units are their own scope. An old
 * commune takes its successor commune when exactly one confident, non-partial
 * mapping exists; otherwise only its (new) province — so ambiguous records are
 * visible at province level and nowhere below. A former unit takes its successor's scope.
 */
export async function rebuildUnitScopes(db: Executor, onlyUnitId?: string): Promise<void> {
  const filter = onlyUnitId ? sql`WHERE u.id = ${onlyUnitId}` : sql``;
  await db.execute(sql`
    INSERT INTO admin_unit_scopes (unit_id, current_province_id, current_commune_id)
    SELECT u.id,
      CASE WHEN u.version_id = ${CURRENT_STRUCTURE} THEN u.province_id ELSE pm.new_unit_id END,
      CASE WHEN u.version_id = ${CURRENT_STRUCTURE} THEN (CASE WHEN u.level = 'commune' THEN u.id END)
           WHEN u.level = 'commune' THEN cm.new_unit_id END
    FROM admin_units u
    LEFT JOIN admin_unit_mappings pm ON pm.level = 'province' AND pm.old_unit_id = u.province_id
    LEFT JOIN LATERAL (
      SELECT CASE WHEN count(*) = 1 AND bool_and(NOT m.partial) THEN min(m.new_unit_id) END AS new_unit_id
      FROM admin_unit_mappings m
      WHERE m.level = 'commune' AND m.old_unit_id = u.id AND m.confidence <> 'unresolved' AND m.new_unit_id IS NOT NULL
    ) cm ON true
    ${filter}
    ON CONFLICT (unit_id) DO UPDATE
      SET current_province_id = excluded.current_province_id, current_commune_id = excluded.current_commune_id
  `);
  // a former unit, merged whole into its successor, lies where its successor lies today
  await db.execute(sql`
    UPDATE admin_unit_scopes s
    SET current_province_id = ss.current_province_id,
        current_commune_id = CASE WHEN u.level = 'commune' THEN ss.current_commune_id END
    FROM admin_units u JOIN admin_unit_scopes ss ON ss.unit_id = u.successor_id
    WHERE s.unit_id = u.id AND u.successor_id IS NOT NULL ${onlyUnitId ? sql`AND u.id = ${onlyUnitId}` : sql``}
  `);
}

/** The given units of a structure, with what placing a former unit beside them needs. */
export function unitsOfVersion(db: Executor, versionId: string, ids: readonly string[]) {
  return db
    .select({
      id: adminUnits.id,
      level: adminUnits.level,
      provinceId: adminUnits.provinceId,
      successorId: adminUnits.successorId,
    })
    .from(adminUnits)
    .where(and(eq(adminUnits.versionId, versionId), inArray(adminUnits.id, [...ids])));
}
