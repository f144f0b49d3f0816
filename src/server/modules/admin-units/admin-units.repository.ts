import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { containsFolded, containsFoldedExpr } from '../../db/search.ts';
import type { Executor } from '../../db/client.ts';
import {
  adminStructureVersions,
  adminUnitMappings,
  adminUnits,
  adminUnitScopes,
} from '../../db/schema/index.ts';

/**
 * A former unit's end and successor, or null (admin_units.successor_id). Columns are
 * named with their table: inside the successor's subquery a bare name would be its own.
 */
const formerOf = (table: string) => {
  const col = (name: string) => sql`${sql.identifier(table)}.${sql.identifier(name)}`;
  return sql<UnitRow['former']>`CASE WHEN ${col('successor_id')} IS NULL THEN NULL ELSE json_build_object(
    'retiredOn', ${col('retired_on')}::text, 'retiredBy', ${col('retired_by')}, 'successorId', ${col('successor_id')},
    'successorName', (SELECT s.name FROM admin_units s WHERE s.id = ${col('successor_id')})) END`;
};

export const unitColumns = {
  id: adminUnits.id,
  versionId: adminUnits.versionId,
  code: adminUnits.code,
  level: adminUnits.level,
  type: adminUnits.type,
  name: adminUnits.name,
  parentId: adminUnits.parentId,
  provinceId: adminUnits.provinceId,
  former: formerOf('admin_units'),
};
export type UnitRow = {
  id: string;
  versionId: string;
  code: string;
  level: 'province' | 'district' | 'commune';
  type: string;
  name: string;
  parentId: string | null;
  provinceId: string;
  former: { retiredOn: string | null; retiredBy: string; successorId: string; successorName: string } | null;
};

export async function listVersions(db: Executor) {
  return db.select().from(adminStructureVersions).orderBy(asc(adminStructureVersions.effectiveTo));
}

export async function findVersion(db: Executor, id: string) {
  const [row] = await db
    .select({ id: adminStructureVersions.id })
    .from(adminStructureVersions)
    .where(eq(adminStructureVersions.id, id));
  return row ?? null;
}

export interface UnitFilter {
  versionId: string;
  parentId?: string;
  level?: string;
  q?: string;
}

export async function listUnits(db: Executor, f: UnitFilter, page: number, pageSize: number) {
  const conds: SQL[] = [eq(adminUnits.versionId, f.versionId)];
  if (f.parentId) conds.push(eq(adminUnits.parentId, f.parentId));
  if (f.level) conds.push(sql`${adminUnits.level} = ${f.level}`);
  if (f.q) conds.push(containsFolded(adminUnits.nameFold, f.q));
  const where = and(...conds);
  const order = f.q
    ? [sql`similarity(${adminUnits.nameFold}, f_unaccent(lower(${f.q}))) DESC`, asc(adminUnits.code)]
    : [asc(adminUnits.code)];
  const [items, [{ total }]] = await Promise.all([
    db
      .select(unitColumns)
      .from(adminUnits)
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(adminUnits).where(where),
  ]);
  return { items: items as UnitRow[], total };
}

export async function findUnit(db: Executor, id: string): Promise<UnitRow | null> {
  const [row] = await db.select(unitColumns).from(adminUnits).where(eq(adminUnits.id, id));
  return (row as UnitRow) ?? null;
}

export async function findUnitByCode(db: Executor, versionId: string, code: string): Promise<UnitRow | null> {
  const [row] = await db
    .select(unitColumns)
    .from(adminUnits)
    .where(and(eq(adminUnits.versionId, versionId), eq(adminUnits.code, code)));
  return (row as UnitRow) ?? null;
}

/** A unit of the current structure by its id or by its name (with or without “Tỉnh”/“Thành phố”); a province before a ward of the same name. */
export async function findCurrentUnitByIdOrName(
  db: Executor,
  currentVersion: string,
  id: string | null,
  name: string,
) {
  const [row] = await db
    .select({ id: adminUnits.id, level: adminUnits.level })
    .from(adminUnits)
    .where(
      and(
        eq(adminUnits.versionId, currentVersion),
        id
          ? eq(adminUnits.id, id)
          : sql`${adminUnits.nameFold} IN (f_unaccent(lower(${name})), f_unaccent(lower(${`Tỉnh ${name}`})), f_unaccent(lower(${`Thành phố ${name}`})))`,
      ),
    )
    .orderBy(desc(adminUnits.level))
    .limit(1);
  return row ?? null;
}

/** A province of an earlier structure, by id or name, with the current province it became (the old→new map). */
export async function findSuccessorProvince(db: Executor, version: string, id: string | null, name: string) {
  const [row] = await db
    .select({ id: adminUnits.id, successorId: adminUnitScopes.currentProvinceId })
    .from(adminUnits)
    .innerJoin(adminUnitScopes, eq(adminUnitScopes.unitId, adminUnits.id))
    .where(
      and(
        eq(adminUnits.versionId, version),
        eq(adminUnits.level, 'province'),
        id
          ? eq(adminUnits.id, id)
          : sql`${adminUnits.nameFold} IN (f_unaccent(lower(${name})), f_unaccent(lower(${`Tỉnh ${name}`})), f_unaccent(lower(${`Thành phố ${name}`})))`,
      ),
    )
    .limit(1);
  return row?.successorId ? row : null;
}

export async function findScope(db: Executor, unitIdValue: string) {
  const [row] = await db.select().from(adminUnitScopes).where(eq(adminUnitScopes.unitId, unitIdValue));
  return row ?? null;
}

const oldU = alias(adminUnits, 'old_u');
const newU = alias(adminUnits, 'new_u');
const pick = (t: typeof oldU | typeof newU, name: 'old_u' | 'new_u') => ({
  id: t.id,
  versionId: t.versionId,
  code: t.code,
  level: t.level,
  type: t.type,
  name: t.name,
  parentId: t.parentId,
  provinceId: t.provinceId,
  former: formerOf(name),
});

export interface MappingFilter {
  confidence?: string;
  oldUnitId?: string;
  q?: string;
  newProvinceId?: string;
}

export async function listMappings(db: Executor, f: MappingFilter, page: number, pageSize: number) {
  const conds: SQL[] = [];
  if (f.confidence) conds.push(sql`${adminUnitMappings.confidence} = ${f.confidence}`);
  if (f.oldUnitId) conds.push(eq(adminUnitMappings.oldUnitId, f.oldUnitId));
  // a province officer reviews the old communes that now lie in its province
  if (f.newProvinceId)
    conds.push(
      sql`EXISTS (SELECT 1 FROM admin_unit_scopes s WHERE s.unit_id = ${adminUnitMappings.oldUnitId} AND s.current_province_id = ${f.newProvinceId})`,
    );
  if (f.q)
    conds.push(
      sql`(${containsFolded(oldU.nameFold, f.q)} OR ${containsFoldedExpr(adminUnitMappings.note, f.q)})`,
    );
  const where = conds.length ? and(...conds) : undefined;
  const base = db
    .select({ m: adminUnitMappings, oldUnit: pick(oldU, 'old_u'), newUnit: pick(newU, 'new_u') })
    .from(adminUnitMappings)
    .leftJoin(oldU, eq(oldU.id, adminUnitMappings.oldUnitId))
    .leftJoin(newU, eq(newU.id, adminUnitMappings.newUnitId));
  const [items, [{ total }]] = await Promise.all([
    base
      .where(where)
      .orderBy(asc(adminUnitMappings.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: count() })
      .from(adminUnitMappings)
      .leftJoin(oldU, eq(oldU.id, adminUnitMappings.oldUnitId))
      .where(where),
  ]);
  return { items, total };
}

export async function findMapping(db: Executor, id: number) {
  const [row] = await db.select().from(adminUnitMappings).where(eq(adminUnitMappings.id, id)).for('update');
  return row ?? null;
}

export async function updateMapping(
  db: Executor,
  id: number,
  values: Partial<typeof adminUnitMappings.$inferInsert>,
) {
  await db.update(adminUnitMappings).set(values).where(eq(adminUnitMappings.id, id));
}

export async function mappingsOfOldUnit(db: Executor, oldUnitId: string) {
  return db
    .select({ m: adminUnitMappings, newUnit: pick(newU, 'new_u') })
    .from(adminUnitMappings)
    .innerJoin(newU, eq(newU.id, adminUnitMappings.newUnitId))
    .where(
      and(eq(adminUnitMappings.oldUnitId, oldUnitId), sql`${adminUnitMappings.confidence} <> 'unresolved'`),
    )
    .orderBy(asc(newU.code));
}

/** Records placed in this unit follow a settled mapping into their new scope. */

/** Every unit of every structure (for building name resolvers in memory). */
export function allUnits(db: Executor) {
  return db
    .select({
      id: adminUnits.id,
      versionId: adminUnits.versionId,
      code: adminUnits.code,
      level: adminUnits.level,
      name: adminUnits.name,
      parentId: adminUnits.parentId,
      provinceId: adminUnits.provinceId,
    })
    .from(adminUnits);
}

/** The old→new province map (every old province went whole into one new one). */
export async function provinceSuccessors(db: Executor): Promise<Map<string, string>> {
  const rows = await db
    .select({ o: adminUnitMappings.oldUnitId, n: adminUnitMappings.newUnitId })
    .from(adminUnitMappings)
    .where(eq(adminUnitMappings.level, 'province'));
  return new Map(rows.filter((p) => p.o && p.n).map((p) => [p.o!, p.n!]));
}

const provinceOfName = alias(adminUnits, 'province_of_name');
/** "Phường Hàm Rồng, Thanh Hóa": a unit's name with its province's (a province alone). */
const unitWithProvince = (u: typeof adminUnits | typeof oldU) =>
  sql<string>`CASE WHEN ${provinceOfName.id} IS NULL OR ${provinceOfName.id} = ${u.id} THEN ${u.name} ELSE ${u.name} || ', ' || ${provinceOfName.name} END`;

/** Units by id, named with their province, for the audit trail. */
export function unitNames(db: Executor, ids: string[]) {
  return db
    .select({ id: adminUnits.id, name: unitWithProvince(adminUnits) })
    .from(adminUnits)
    .leftJoin(provinceOfName, eq(provinceOfName.id, adminUnits.provinceId))
    .where(inArray(adminUnits.id, ids));
}

/** Mapping rows by id, named by their old unit, for the audit trail. */
export function mappingNames(db: Executor, ids: number[]) {
  return db
    .select({
      id: adminUnitMappings.id,
      name: sql<string>`coalesce(${unitWithProvince(oldU)}, '#' || ${adminUnitMappings.id})`,
    })
    .from(adminUnitMappings)
    .leftJoin(oldU, eq(oldU.id, adminUnitMappings.oldUnitId))
    .leftJoin(provinceOfName, eq(provinceOfName.id, oldU.provinceId))
    .where(inArray(adminUnitMappings.id, ids));
}
