// How a registry list pages and counts (registry module): the ids of one page by the
// narrow index alone, and a total that is exact up to a limit and the planner's
// estimate beyond it, remembered for a while per list and filter.
import { getTableName, sql, type SQL } from 'drizzle-orm';
import type { ListScope } from '../../../domain/access/policy.ts';
import { queryRows, type Executor } from '../../db/client.ts';
import type { producers, products } from '../../db/schema/index.ts';

export type ScopedTable = typeof producers | typeof products;

/**
 * The ids of one page, chosen by the narrow index alone; the name lookups then touch
 * only those rows. LIMIT/OFFSET are inlined as validated integers: as bind parameters
 * they cost PGlite a slower plan (measured 10 ms against 3 ms per list).
 */
export function pageOfIds(table: ScopedTable, where: SQL, order: SQL, page: number, pageSize: number): SQL {
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
export function pageOfIdsThroughFilter(
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
export async function countUpTo(
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
export function listKey(table: ScopedTable, scope: ListScope, filter: unknown[]): string {
  return JSON.stringify([getTableName(table), scope, filter]);
}
