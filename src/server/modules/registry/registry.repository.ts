// Unit-scoped registry reads. The ListScope comes from the policy layer; this file
// only turns it into SQL over the resolved scope columns.
import { and, asc, eq, getTableName, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ListScope } from '../../../domain/access/policy.ts';
import {
  certificateStateIn,
  productCertificate,
  productCertificateSelection,
  type CertificateStateFilter,
} from '../../db/certificate-state.ts';
import { scopeSql } from '../../db/scope.ts';
import { queryRows, type Executor } from '../../db/client.ts';
import { producers, products } from '../../db/schema/index.ts';
import {
  findSearchMatches,
  outer,
  producerMatchedBy,
  producerSearch,
  productMatchedBy,
  productSearch,
} from './registry-search.repository.ts';

type ScopedTable = typeof producers | typeof products;

/**
 * The ids of one page, chosen by the narrow index alone; the name lookups then touch
 * only those rows. LIMIT/OFFSET are inlined as validated integers: as bind parameters
 * they cost PGlite a slower plan (measured 10 ms against 3 ms per list).
 */
function pageOfIds(table: ScopedTable, where: SQL, order: SQL, page: number, pageSize: number): SQL {
  const limit = Math.max(1, Math.trunc(pageSize));
  const offset = Math.max(0, Math.trunc(page - 1)) * limit;
  return sql`${table.id} IN (SELECT ${table.id} FROM ${table} WHERE ${where} ORDER BY ${order}, ${table.id} LIMIT ${sql.raw(String(limit))} OFFSET ${sql.raw(String(offset))})`;
}

/**
 * The ids of one page of a list whose filter its own index answers but the sort's
 * index cannot (a certificate state): every matching row is read through the filter's
 * index, then sorted. Left to itself the planner walks the sort's index and checks
 * each row, expecting the matches to be spread evenly; they are not — a product's
 * certificate and its last update age together, so the products due for
 * re-evaluation sit at the far end of "newest first" (16,556 rows read for one page
 * of the 22,714-product province). `OFFSET 0` keeps the inner query apart, planned
 * for its filter alone. Used when the matching rows were counted exactly, so
 * reading them all costs what the count did.
 */
function pageOfIdsThroughFilter(
  table: ScopedTable,
  where: SQL,
  key: SQL,
  direction: SQL,
  page: number,
  pageSize: number,
): SQL {
  const limit = Math.max(1, Math.trunc(pageSize));
  const offset = Math.max(0, Math.trunc(page - 1)) * limit;
  return sql`${table.id} IN (SELECT m.id FROM (SELECT ${table.id} AS id, ${key} AS k FROM ${table} WHERE ${where} OFFSET 0) m ORDER BY m.k ${direction}, m.id LIMIT ${sql.raw(String(limit))} OFFSET ${sql.raw(String(offset))})`;
}

/**
 * Lists count exactly up to this many rows. An exact count(*) reads every matching
 * index entry on every page view: in a province of 20,000 products that was half
 * of the list's cost. Beyond the limit the list says so and gives the planner's
 * estimate (ADR 0010). Counting 5,000 index entries costs ~1 ms on PGlite and
 * ~0.5 ms on PostgreSQL; the busiest province of the national data set (~2,400
 * products) stays exact.
 */
export const EXACT_COUNT_LIMIT = 5_000;

export interface ListTotal {
  /** exact when totalExact; otherwise the planner's estimate, never below totalMoreThan + 1 */
  total: number;
  totalExact: boolean;
  /** when not exact: more than this many rows match, counted */
  totalMoreThan?: number;
}

/**
 * Totals that are already estimates (lists beyond the count limit), kept a few
 * seconds per database, list and filter: every page view of a big list would
 * otherwise count up to the limit again only to learn that it is still big. Exact
 * totals are never kept, so no write has to invalidate anything; an estimate read
 * from here is at most `ttlMs` older than a fresh one, and the statistics behind
 * both are older still (refreshed nightly and after bulk loads).
 */
export class EstimateMemo {
  private readonly byDatabase = new WeakMap<object, Map<string, { total: ListTotal; at: number }>>();

  constructor(
    readonly ttlMs = 10_000,
    private readonly maxEntries = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(db: Executor, key: string): ListTotal | null {
    const hit = this.byDatabase.get(db)?.get(key);
    return hit && this.now() - hit.at < this.ttlMs ? hit.total : null;
  }

  set(db: Executor, key: string, total: ListTotal): void {
    const entries = this.byDatabase.get(db) ?? new Map<string, { total: ListTotal; at: number }>();
    this.byDatabase.set(db, entries);
    entries.delete(key);
    // a Map iterates in insertion order: the first key is the oldest
    if (entries.size >= this.maxEntries) entries.delete(entries.keys().next().value as string);
    entries.set(key, { total, at: this.now() });
  }
}

/** How a list finds its total: exact up to `exactUpTo` rows, estimates beyond it reused from `estimates`. */
export interface Counting {
  exactUpTo: number;
  estimates: EstimateMemo | null;
}

export const DEFAULT_COUNTING: Counting = { exactUpTo: EXACT_COUNT_LIMIT, estimates: new EstimateMemo() };

/**
 * Counts the rows of a list, stopping after the limit + 1. When the limit is passed,
 * the total is the planner's row estimate for the same filter (statistics kept by
 * VACUUM ANALYZE, see db/maintenance.ts), raised to at least the rows counted.
 * `key` names the list and its filter (never the page or the sort).
 */
async function countUpTo(
  db: Executor,
  table: ScopedTable,
  where: SQL,
  key: string,
  counting: Counting,
): Promise<ListTotal> {
  const cap = Math.max(0, Math.trunc(counting.exactUpTo));
  const memoKey = `${cap}:${key}`;
  const known = counting.estimates?.get(db, memoKey);
  if (known) return known;
  // the cap is inlined like LIMIT in pageOfIds: a validated integer, not a bind parameter
  const [{ n }] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${table} WHERE ${where} LIMIT ${sql.raw(String(cap + 1))}) AS capped`,
  );
  if (n <= cap) return { total: n, totalExact: true };
  const [row] = await queryRows<{ 'QUERY PLAN': unknown }>(
    db,
    sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${table} WHERE ${where}`,
  );
  const plan = row?.['QUERY PLAN'];
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as {
    Plan?: { 'Plan Rows'?: number };
  }[];
  const estimate = Math.round(Number(parsed?.[0]?.Plan?.['Plan Rows'] ?? 0));
  const total: ListTotal = { total: Math.max(cap + 1, estimate), totalExact: false, totalMoreThan: cap };
  counting.estimates?.set(db, memoKey, total);
  return total;
}

/**
 * A list and its filter as a stable string: the scope and the filter's values — the
 * search text among them — never the page or the sort.
 */
function listKey(table: ScopedTable, scope: ListScope, filter: unknown[]): string {
  return JSON.stringify([getTableName(table), scope, filter]);
}

/**
 * Names of a page's units and producers come from scalar subqueries, one primary-key
 * lookup per row: as joins they made the planner search join orders over five
 * tables on every call (planning was over half of the page query on PGlite).
 */
const nameOfUnit = (col: PgColumn) =>
  sql<string | null>`(SELECT u.name FROM admin_units u WHERE u.id = ${outer(col)})`;

const placeColumns = (t: ScopedTable) => ({
  unitId: t.unitId,
  unitVersionId: t.unitVersionId,
  unitName: nameOfUnit(t.unitId),
  communeId: t.scopeCommuneId,
  communeName: nameOfUnit(t.scopeCommuneId),
  provinceId: t.scopeProvinceId,
  provinceName: nameOfUnit(t.scopeProvinceId),
});

export interface ProducerFilter {
  q?: string;
  legalType?: string;
  commune?: string;
  status?: string;
  id?: string;
}

export async function listProducers(
  db: Executor,
  scope: ListScope,
  f: ProducerFilter,
  sort: string,
  page: number,
  pageSize: number,
  counting: Counting = DEFAULT_COUNTING,
) {
  const conds: SQL[] = [scopeSql(scope, producers, producers.id)];
  if (f.id) conds.push(eq(producers.id, f.id));
  // names, then places: see registry-search.repository.ts
  const search = f.q ? await findSearchMatches(db, f.q, scope, false) : null;
  if (search) conds.push(producerSearch(search));
  if (f.legalType === 'unknown') conds.push(sql`${producers.legalType} IS NULL`);
  else if (f.legalType) conds.push(sql`${producers.legalType} = ${f.legalType}`);
  if (f.status) conds.push(sql`${producers.status} = ${f.status}`);
  if (f.commune) conds.push(eq(producers.scopeCommuneId, f.commune));
  const where = and(...conds) ?? sql`true`;
  const orderCol =
    { name: producers.name, updatedAt: producers.updatedAt, createdAt: producers.createdAt }[
      sort.replace('-', '')
    ] ?? producers.name;
  const order = sort.startsWith('-') ? sql`${orderCol} DESC` : sql`${orderCol} ASC`;
  const [items, count] = await Promise.all([
    db
      .select({
        id: producers.id,
        name: producers.name,
        legalType: producers.legalType,
        taxCode: producers.taxCode,
        addressLine: producers.addressLine,
        status: producers.status,
        updatedAt: producers.updatedAt,
        place: placeColumns(producers),
        productCount: sql<number>`(SELECT count(*)::int FROM products p WHERE p.producer_id = ${outer(producers.id)})`,
        matchedBy: search ? producerMatchedBy(search) : sql<null>`NULL`,
      })
      .from(producers)
      .where(pageOfIds(producers, where, order, page, pageSize))
      .orderBy(order, asc(producers.id)),
    countUpTo(
      db,
      producers,
      where,
      // the callers' filter objects may carry paging too: only the filter's own fields name the list
      listKey(producers, scope, [f.q, f.legalType, f.commune, f.status, f.id]),
      counting,
    ),
  ]);
  return { items, ...count };
}

export interface ProductFilter {
  q?: string;
  productSet?: number;
  /** the stars of the current certificate, whatever its state */
  stars?: number;
  status?: string;
  commune?: string;
  producer?: string;
  id?: string;
  /** any of these states of the current certificate on `today` (`none`: no certificate) */
  certificateState?: readonly CertificateStateFilter[];
  /** the date certificate states are counted on (the app clock's date in Vietnam); required with certificateState */
  today?: string;
}

/** The copy of the current certificate on the product row (written by the certificates table's triggers). */

export async function listProducts(
  db: Executor,
  scope: ListScope,
  f: ProductFilter,
  sort: string,
  page: number,
  pageSize: number,
  counting: Counting = DEFAULT_COUNTING,
) {
  const conds: SQL[] = [scopeSql(scope, products, products.producerId)];
  if (f.id) conds.push(eq(products.id, f.id));
  // names of the product, its producer and its place: see registry-search.repository.ts
  const search = f.q ? await findSearchMatches(db, f.q, scope, true) : null;
  if (search) conds.push(productSearch(search));
  if (f.productSet) conds.push(eq(products.productSet, f.productSet));
  if (f.stars) conds.push(eq(products.certificateStars, f.stars));
  if (f.status) conds.push(sql`${products.status} = ${f.status}`);
  if (f.certificateState?.length) {
    if (!f.today) throw new Error('listProducts: a certificate state filter needs the day it is counted on');
    conds.push(certificateStateIn(productCertificate, f.certificateState, sql`${f.today}::date`));
  }
  if (f.commune) conds.push(eq(products.scopeCommuneId, f.commune));
  if (f.producer) conds.push(eq(products.producerId, f.producer));
  const where = and(...conds) ?? sql`true`;
  const orderCol =
    {
      name: products.name,
      updatedAt: products.updatedAt,
      stars: products.certificateStars,
      code: products.code,
    }[sort.replace('-', '')] ?? products.updatedAt;
  // nullable keys (stars, code) keep empty values last; NOT NULL keys use the plain order the indexes hold
  const nullable = orderCol === products.certificateStars || orderCol === products.code;
  const direction = sql.raw(`${sort.startsWith('-') ? 'DESC' : 'ASC'}${nullable ? ' NULLS LAST' : ''}`);
  const order = sql`${orderCol} ${direction}`;
  const total = () =>
    countUpTo(
      db,
      products,
      where,
      listKey(products, scope, [
        f.q,
        f.productSet,
        f.stars,
        f.status,
        f.commune,
        f.producer,
        f.id,
        // the states are a function of the day: another day is another list
        f.certificateState?.length ? [f.certificateState, f.today] : null,
      ]),
      counting,
    );
  // a certificate filter: counted first; up to the count limit the page reads the matches through their index
  const counted = f.certificateState?.length ? await total() : null;
  const pageIds = counted?.totalExact
    ? pageOfIdsThroughFilter(products, where, sql`${orderCol}`, direction, page, pageSize)
    : pageOfIds(products, where, order, page, pageSize);
  const [items, count] = await Promise.all([
    db
      .select({
        id: products.id,
        name: products.name,
        productSet: products.productSet,
        code: products.code,
        publicId: products.publicId,
        producerId: products.producerId,
        producerName: sql<string>`(SELECT pr.name FROM producers pr WHERE pr.id = ${outer(products.producerId)})`,
        /** the list it came from named no producer: a stand-in to complete */
        producerPlaceholder: sql<boolean>`(SELECT pr.placeholder FROM producers pr WHERE pr.id = ${outer(products.producerId)})`,
        status: products.status,
        certificate: productCertificateSelection,
        updatedAt: products.updatedAt,
        place: placeColumns(products),
        matchedBy: search ? productMatchedBy(search) : sql<null>`NULL`,
      })
      .from(products)
      .where(pageIds)
      .orderBy(order, asc(products.id)),
    counted ?? total(),
  ]);
  return { items, ...count };
}

/** What other modules need to know of a product to decide access and show it: its place, producer, set and story. */
export async function findProductFacts(db: Executor, productId: string) {
  const [row] = await db
    .select({
      id: products.id,
      name: products.name,
      productSet: products.productSet,
      story: products.story,
      producerId: products.producerId,
      producerName: producers.name,
      producerStatus: producers.status,
      scopeProvinceId: products.scopeProvinceId,
      scopeCommuneId: products.scopeCommuneId,
    })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(eq(products.id, productId));
  return row ?? null;
}

export interface WorkforcePlace {
  workers: number;
  asOf: string;
  /** where the workers live, in the current structure */
  communeId: string | null;
  /** their district, when the place was recorded in the three-tier structure */
  districtId: string | null;
  homeCommuneId: string | null;
  homeDistrictId: string | null;
}

/** The district of a unit: itself, or the parent of a three-tier commune; null for units of the two-tier structure. */
const districtOf = (
  unit: SQL,
) => sql`(SELECT CASE WHEN u.level = 'district' THEN u.id WHEN u.level = 'commune' AND p.level = 'district' THEN p.id END
  FROM admin_units u LEFT JOIN admin_units p ON p.id = u.parent_id WHERE u.id = ${unit})`;

/** A producer's workforce rows, each placed, beside the producer's own commune and district (one statement). */
export function workforcePlaces(db: Executor, producerId: string): Promise<WorkforcePlace[]> {
  return queryRows<WorkforcePlace>(
    db,
    sql`
    SELECT w.workers, w.as_of::text AS "asOf", s.current_commune_id AS "communeId", ${districtOf(sql`w.unit_id`)} AS "districtId",
      pr.scope_commune_id AS "homeCommuneId", ${districtOf(sql`pr.unit_id`)} AS "homeDistrictId"
    FROM producer_workforce w JOIN producers pr ON pr.id = w.producer_id LEFT JOIN admin_unit_scopes s ON s.unit_id = w.unit_id
    WHERE w.producer_id = ${producerId}`,
  );
}

/** Names of products by id, for the audit trail (ids already checked as uuids). */
export function productNames(db: Executor, ids: string[]) {
  return db.select({ id: products.id, name: products.name }).from(products).where(inArray(products.id, ids));
}

/** Names of producers by id, for the audit trail and grants. */
export function producerNames(db: Executor, ids: string[]) {
  return db
    .select({ id: producers.id, name: producers.name })
    .from(producers)
    .where(inArray(producers.id, ids));
}
