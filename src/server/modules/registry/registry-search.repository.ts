// Search in the registry lists. A product is found by its own name, its producer's
// name, or the names of its place: the current commune, the current province, and
// the unit it was recorded in (an old commune of the three-tier structure keeps its
// name there). A producer is found by its name or its place. Every comparison is
// accent-insensitive over the folded names (f_unaccent(lower(name)), đ → d) that
// the trigram indexes hold.
//
// Why two steps: a join, or an OR with `IN (subquery)`, cannot use the products'
// indexes, so the whole table would be read for every search. The producers and
// units whose names match are found first (by their trigram indexes), kept to
// those that can belong to a record of the list's scope (see withinScope); the list
// then matches them by id — one array parameter per arm, which the planner sees
// whole — beside the product-name arm, each arm answered by its own index
// (BitmapOr). Current communes and provinces are matched through the resolved
// scope columns; the unit a record was recorded in only when it belongs to an
// older structure (a record recorded in a current unit has that unit as its
// scope). When a name is so common that more than LISTED_MATCHES producers or
// units carry it, that arm falls back to a subquery: the result is then a large
// part of the list anyway.
import { getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ListScope } from '../../../domain/access/policy.ts';
import { CURRENT_STRUCTURE } from '../../../domain/admin-units/structures.ts';
import type { SearchMatchField } from '../../../shared/contracts/registry.ts';
import { queryRows, type Executor } from '../../db/client.ts';
import { foldedPattern } from '../../db/search.ts';
import { producers, products } from '../../db/schema/index.ts';

/** Producers or units listed by id at most; beyond this a subquery matches them. */
export const LISTED_MATCHES = 5_000;

/** Ids whose names contain the text; null when more than the limit do (then matched by a subquery). */
type Ids = string[] | null;

export interface SearchMatches {
  text: string;
  /** producers (products' list only) */
  producerIds: Ids;
  /** communes of the current structure */
  communeIds: Ids;
  /** provinces of the current structure */
  provinceIds: Ids;
  /** units of older structures, where records may have been recorded */
  olderUnitIds: Ids;
}

/**
 * A column named with its table, for use inside a subquery: drizzle leaves the table
 * off in a single-table select, and the subquery would then read its own column.
 */
export function outer(col: PgColumn): SQL {
  return sql`${sql.identifier(getTableName(col.table))}.${sql.identifier(col.name)}`;
}

type UnitRole = 'commune' | 'province' | 'older';

/** Which arm a unit is matched in (see the head of this file). */
const unitRole = sql`CASE WHEN au.version_id <> ${CURRENT_STRUCTURE} THEN 'older' WHEN au.level = 'commune' THEN 'commune' WHEN au.level = 'province' THEN 'province' END`;

/**
 * Producers whose names match are listed as they are up to this many, and the list
 * then probes its index once per producer. Beyond it, a province's or a commune's
 * list takes the producers of the scope's products whose names match, read once from
 * the scope's products: cheaper than thousands of probes ("hop tac xa" names 13,000
 * producers of the 100,000-product set, 154 of them with products in Thanh Hóa),
 * dearer than a few hundred.
 */
export const FEW_PRODUCERS = 1_000;

/**
 * What the first step keeps for a list's scope: the units that can be the place of a
 * record in it, and the products of the scope (for producers named by many). Exact:
 * a record's scope columns are its unit's resolution (admin_unit_scopes).
 */
function withinScope(scope: ListScope): { products: SQL | null; unit: SQL } | null {
  const resolvedInto = (col: SQL, id: string) =>
    sql`EXISTS (SELECT 1 FROM admin_unit_scopes s WHERE s.unit_id = au.id AND ${col} = ${id})`;
  switch (scope.kind) {
    case 'all':
      return { products: null, unit: sql`true` };
    case 'province':
      return {
        products: sql`p.scope_province_id = ${scope.unitId}`,
        unit: resolvedInto(sql`s.current_province_id`, scope.unitId),
      };
    case 'commune':
      return {
        products: sql`p.scope_commune_id = ${scope.unitId}`,
        // the commune's province too: a record in the commune is also in its province
        unit: sql`(${resolvedInto(sql`s.current_commune_id`, scope.unitId)} OR au.id = (SELECT c.province_id FROM admin_units c WHERE c.id = ${scope.unitId}))`,
      };
    case 'producer':
      return { products: sql`p.producer_id = ${scope.producerId}`, unit: sql`true` };
    case 'none':
      return null;
  }
}

/**
 * The producers (products' list only) and units whose names contain the text and that
 * can belong to a record of the scope, in one statement.
 */
export async function findSearchMatches(
  db: Executor,
  text: string,
  scope: ListScope,
  forProducts: boolean,
  { listed = LISTED_MATCHES, few = FEW_PRODUCERS }: { listed?: number; few?: number } = {},
): Promise<SearchMatches> {
  const within = withinScope(scope);
  if (!within) return { text, producerIds: [], communeIds: [], provinceIds: [], olderUnitIds: [] };
  const limit = Math.max(0, Math.trunc(listed));
  const cap = sql.raw(String(limit + 1));
  const fewCap = Math.min(Math.max(0, Math.trunc(few)), limit);
  // each role listed up to the cap + 1, so that "more than the cap" shows
  const units = sql`SELECT role, id FROM (SELECT ${unitRole} AS role, au.id, row_number() OVER (PARTITION BY ${unitRole}) AS n
    FROM admin_units au WHERE au.name_fold LIKE ${foldedPattern(text)} AND ${within.unit}) AS u WHERE role IS NOT NULL AND n <= ${cap}`;
  // a few producers are listed as they are; more, only when the scope has products of
  // theirs (the second branch runs only then: its condition is decided once, up front)
  const many = within.products
    ? sql`SELECT DISTINCT p.producer_id AS id FROM products p JOIN producers pr ON pr.id = p.producer_id
        WHERE ${within.products} AND pr.name_fold LIKE ${foldedPattern(text)}`
    : sql`SELECT pr.id FROM producers pr WHERE pr.name_fold LIKE ${foldedPattern(text)}`;
  const producers = sql`WITH named AS MATERIALIZED (SELECT pr.id FROM producers pr WHERE pr.name_fold LIKE ${foldedPattern(text)} LIMIT ${sql.raw(String(fewCap + 1))})
    SELECT 'producer' AS role, named.id::text AS id FROM named WHERE (SELECT count(*) FROM named) <= ${sql.raw(String(fewCap))}
    UNION ALL SELECT 'producer', m.id::text FROM (${many} LIMIT ${cap}) AS m WHERE (SELECT count(*) FROM named) > ${sql.raw(String(fewCap))}`;
  const rows = await queryRows<{ role: UnitRole | 'producer'; id: string }>(
    db,
    forProducts ? sql`${producers} UNION ALL ${units}` : units,
  );
  const of = (role: UnitRole | 'producer'): Ids => {
    const ids = rows.filter((r) => r.role === role).map((r) => r.id);
    return ids.length > limit ? null : ids;
  };
  return {
    text,
    producerIds: forProducts ? of('producer') : [],
    communeIds: of('commune'),
    provinceIds: of('province'),
    olderUnitIds: of('older'),
  };
}

/** A PostgreSQL array literal of ids, sent as one parameter whatever their number. */
function arrayLiteral(ids: string[]): string {
  return `{${ids.map((id) => `"${id.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/**
 * `column = ANY(ids)`, or the subquery when the ids were too many to list; null when
 * nothing matched. The subquery is materialised once: as a plain subplan PostgreSQL
 * hands it to every parallel worker, which each read the whole names table again
 * (measured 1.9× slower for "hop tac xa" over 100,000 products).
 */
function inMatched(column: PgColumn, ids: Ids, subquery: SQL, type: 'text' | 'uuid' = 'text'): SQL | null {
  if (ids === null) return sql`${column} IN (WITH m AS MATERIALIZED (${subquery}) SELECT m.id FROM m)`;
  if (ids.length === 0) return null;
  return sql`${column} = ANY(${arrayLiteral(ids)}::${sql.raw(type)}[])`;
}

const unitsIn = (m: SearchMatches, role: UnitRole) =>
  sql`SELECT au.id FROM admin_units au WHERE au.name_fold LIKE ${foldedPattern(m.text)} AND ${unitRole} = ${role}`;

/** The place arms: current commune, current province, a recorded unit of an older structure. */
function placeArms(t: typeof producers | typeof products, m: SearchMatches): (SQL | null)[] {
  return [
    inMatched(t.scopeCommuneId, m.communeIds, unitsIn(m, 'commune')),
    inMatched(t.scopeProvinceId, m.provinceIds, unitsIn(m, 'province')),
    inMatched(t.unitId, m.olderUnitIds, unitsIn(m, 'older')),
  ];
}

const anyOf = (arms: (SQL | null)[]) =>
  sql`(${sql.join(
    arms.filter((a): a is SQL => a !== null),
    sql` OR `,
  )})`;

/** The products' search condition. */
export function productSearch(m: SearchMatches): SQL {
  return anyOf([
    sql`${products.nameFold} LIKE ${foldedPattern(m.text)}`,
    inMatched(
      products.producerId,
      m.producerIds,
      sql`SELECT id FROM producers WHERE name_fold LIKE ${foldedPattern(m.text)}`,
      'uuid',
    ),
    ...placeArms(products, m),
  ]);
}

/** The producers' search condition. */
export function producerSearch(m: SearchMatches): SQL {
  return anyOf([sql`${producers.nameFold} LIKE ${foldedPattern(m.text)}`, ...placeArms(producers, m)]);
}

const unitNameMatches = (col: PgColumn, m: SearchMatches) =>
  sql`(SELECT u.name_fold FROM admin_units u WHERE u.id = ${outer(col)}) LIKE ${foldedPattern(m.text)}`;

/**
 * Whether a row's column holds a matched id: by the ids listed in the first step, or,
 * when they were too many to list, by looking its name up. Null: nothing can match.
 */
function holdsMatch(col: PgColumn, ids: Ids, byName: () => SQL, type: 'text' | 'uuid' = 'text'): SQL | null {
  if (ids === null) return byName();
  if (ids.length === 0) return null;
  return sql`${outer(col)} = ANY(${arrayLiteral(ids)}::${sql.raw(type)}[])`;
}

/**
 * Which of a row's names contain the text, for the page's rows only: the ids found
 * in the first step answer it without looking any name up again. The recorded unit
 * counts only when it belongs to an older structure (otherwise it is the current
 * commune or province, named already).
 */
function matchedBy(
  t: typeof producers | typeof products,
  m: SearchMatches,
  producer: SQL | null,
): SQL<SearchMatchField[]> {
  const when = (cond: SQL | null, field: SearchMatchField) =>
    cond && sql`CASE WHEN ${cond} THEN ${field}::text END`;
  const unit = outer(t.unitId);
  const arms = [
    when(sql`${outer(t.nameFold)} LIKE ${foldedPattern(m.text)}`, 'name'),
    when(producer, 'producer'),
    when(
      holdsMatch(t.scopeCommuneId, m.communeIds, () => unitNameMatches(t.scopeCommuneId, m)),
      'commune',
    ),
    when(
      holdsMatch(t.scopeProvinceId, m.provinceIds, () => unitNameMatches(t.scopeProvinceId, m)),
      'province',
    ),
    when(
      holdsMatch(
        t.unitId,
        m.olderUnitIds,
        () =>
          sql`${unit} IS DISTINCT FROM ${outer(t.scopeCommuneId)} AND ${unit} IS DISTINCT FROM ${outer(t.scopeProvinceId)} AND ${unitNameMatches(t.unitId, m)}`,
      ),
      'recordedIn',
    ),
  ].filter((a): a is SQL => a !== null);
  return sql<SearchMatchField[]>`array_remove(ARRAY[${sql.join(arms, sql`, `)}], NULL)`;
}

export const productMatchedBy = (m: SearchMatches) =>
  matchedBy(
    products,
    m,
    holdsMatch(
      products.producerId,
      m.producerIds,
      () =>
        sql`(SELECT pr.name_fold FROM producers pr WHERE pr.id = ${outer(products.producerId)}) LIKE ${foldedPattern(m.text)}`,
      'uuid',
    ),
  );

export const producerMatchedBy = (m: SearchMatches) => matchedBy(producers, m, null);
