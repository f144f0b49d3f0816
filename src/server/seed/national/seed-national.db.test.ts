// Database test of `ocop seed --scale national` with 3,000 products: counts,
// coverage of all 34 provinces, resolved scope columns, the one audit summary
// row, and the refusal of a second run. Uses the shared test template when the
// test runner prepared one (PGlite or PostgreSQL), else builds an in-memory
// PGlite database itself so the file also runs on its own.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { ENGINE, createTestDatabase, type TestDatabase } from '../../../../test/support/test-db.ts';
import { PGLITE_TEMPLATE } from '../../../../test/support/templates.ts';
import { openDatabase, queryRows, type Database } from '../../db/client.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { loadAdminStructures } from '../../modules/admin-units/admin-units.loader.ts';
import {
  NATIONAL_META_KEY,
  NationalSeedExistsError,
  seedNational,
  type SeedNationalResult,
} from './seed-national.ts';

const SECRET = Buffer.from('test-audit-secret-that-is-long-enough-123');

async function openSeedTestDatabase(): Promise<TestDatabase> {
  if (ENGINE === 'postgres' || existsSync(PGLITE_TEMPLATE)) return createTestDatabase();
  const database = await openDatabase({});
  await migrateDatabase(database);
  await database.db.transaction((tx) => loadAdminStructures(tx));
  return { database, url: null, drop: () => database.close() };
}

const one = async <T>(database: Database, query: ReturnType<typeof sql>) =>
  (await queryRows<T>(database.db, query))[0];

describe('seedNational (3,000 products)', () => {
  let test: TestDatabase;
  let database: Database;
  let result: SeedNationalResult;
  const phases = new Set<string>();

  before(async () => {
    test = await openSeedTestDatabase();
    database = test.database;
    result = await seedNational(
      database,
      SECRET,
      { products: 3000, seed: 7, today: '2026-11-22' },
      (_d, _t, phase) => phases.add(phase),
    );
  });
  after(async () => {
    await test?.drop();
  });

  it('writes the generated rows and reports their counts', async () => {
    const counts = await one<{ producers: number; products: number; certificates: number }>(
      database,
      sql`
      SELECT (SELECT count(*)::int FROM producers) AS producers, (SELECT count(*)::int FROM products) AS products,
             (SELECT count(*)::int FROM certificates) AS certificates`,
    );
    assert.deepEqual(counts, { producers: 1200, products: 3000, certificates: result.certificates });
    assert.equal(result.producers, 1200);
    assert.equal(result.products, 3000);
    assert.ok(result.certificates > 3000);
    assert.ok(['producers', 'products', 'certificates'].every((p) => phases.has(p)));
  });

  it('puts products in every one of the 34 provinces', async () => {
    const row = await one<{ n: number }>(
      database,
      sql`
      SELECT count(DISTINCT p.scope_province_id)::int AS n FROM products p
      JOIN admin_units u ON u.id = p.scope_province_id AND u.version_id = 'vn-2tier-2025' AND u.level = 'province'`,
    );
    assert.equal(row.n, 34);
  });

  it('fills the scope columns from the resolution table', async () => {
    for (const table of ['producers', 'products']) {
      const row = await one<{ noProvince: number; newNoCommune: number; old: number; mismatched: number }>(
        database,
        sql`
        SELECT count(*) FILTER (WHERE t.scope_province_id IS NULL)::int AS "noProvince",
               count(*) FILTER (WHERE t.unit_version_id = 'vn-2tier-2025' AND t.scope_commune_id IS DISTINCT FROM t.unit_id)::int AS "newNoCommune",
               count(*) FILTER (WHERE t.unit_version_id = 'vn-3tier')::int AS old,
               count(*) FILTER (WHERE s.current_province_id IS DISTINCT FROM t.scope_province_id
                                   OR s.current_commune_id IS DISTINCT FROM t.scope_commune_id)::int AS mismatched
        FROM ${sql.identifier(table)} t JOIN admin_unit_scopes s ON s.unit_id = t.unit_id`,
      );
      assert.equal(row.noProvince, 0, `${table}: current province for all`);
      assert.equal(row.newNoCommune, 0, `${table}: current commune for all new-structure rows`);
      assert.equal(row.mismatched, 0, `${table}: scope = admin_unit_scopes`);
      assert.ok(row.old > 0, `${table}: some rows in the three-tier structure`);
    }
  });

  it('gives every product the copy of its current certificate (the latest), and at most one valid certificate', async () => {
    const row = await one<{ bad: number; multi: number; copied: number }>(
      database,
      sql`
      SELECT (SELECT count(*)::int FROM products p
              LEFT JOIN (SELECT DISTINCT ON (product_id) * FROM certificates
                         ORDER BY product_id, valid_from DESC, decision_date DESC, created_at DESC, id DESC) c
                ON c.product_id = p.id
              WHERE (p.certificate_id, p.certificate_stars, p.certificate_status, p.certificate_valid_until)
                IS DISTINCT FROM (c.id, c.stars, c.status, c.valid_until)) AS bad,
             (SELECT count(*)::int FROM (SELECT product_id FROM certificates WHERE status = 'valid'
              GROUP BY product_id HAVING count(*) > 1) m) AS multi,
             (SELECT count(*)::int FROM products WHERE certificate_id IS NOT NULL) AS copied`,
    );
    assert.deepEqual({ bad: row.bad, multi: row.multi }, { bad: 0, multi: 0 });
    assert.ok(row.copied > 2000, `${row.copied} products with a certificate`);
  });

  it('writes one audit summary row and remembers the run in app_meta', async () => {
    const audit = await queryRows<{ summary: string; object_type: string }>(
      database.db,
      sql`
      SELECT summary, object_type FROM audit_log WHERE action = 'seed.national'`,
    );
    assert.equal(audit.length, 1);
    assert.equal(audit[0].object_type, 'registry');
    assert.match(audit[0].summary, /1200 producers, 3000 products/);
    const meta = await one<{ value: { status: string; products: number; options: { seed: number } } }>(
      database,
      sql`
      SELECT value FROM app_meta WHERE key = ${NATIONAL_META_KEY}`,
    );
    assert.equal(meta.value.status, 'loaded');
    assert.equal(meta.value.products, 3000);
    assert.equal(meta.value.options.seed, 7);
  });

  it('spreads updated_at so that sorting by it means something', async () => {
    const row = await one<{ days: number }>(
      database,
      sql`SELECT count(DISTINCT updated_at::date)::int AS days FROM products`,
    );
    assert.ok(row.days > 300, `${row.days} distinct days`);
  });

  it('refuses a second run with a bilingual message and leaves the data alone', async () => {
    await assert.rejects(
      seedNational(database, SECRET, { products: 100 }),
      (e: unknown) =>
        e instanceof NationalSeedExistsError &&
        /đã được nạp/.test(e.message) &&
        /already loaded/.test(e.message),
    );
    const row = await one<{ n: number; a: number }>(
      database,
      sql`
      SELECT (SELECT count(*)::int FROM products) AS n, (SELECT count(*)::int FROM audit_log WHERE action = 'seed.national') AS a`,
    );
    assert.deepEqual(row, { n: 3000, a: 1 });
  });
});
