// A bench-only loader: on top of the national data set, one province receives
// 20,000 more products (and their producers and certificate histories) from the
// same generator, so the officer lists can be measured where a real big province
// will be, not only at the national set's busiest (~2,400 active products).
// The generator is given that province's units alone; its output is then made to
// fit beside the national rows (tax codes and product register numbers are unique).
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/server/db/client.ts';
import { insertAll } from '../src/server/db/bulk-insert.ts';
import { analyzeDatabase } from '../src/server/db/maintenance.ts';
import {
  CERTIFICATE_COLUMNS,
  PRODUCER_COLUMNS,
  PRODUCT_COLUMNS,
} from '../src/server/seed/national/bulk-insert.ts';
import { generateNational } from '../src/server/seed/national/generate.ts';
import { loadNationalUnits } from '../src/server/seed/national/load-units.ts';
import { vietnamToday } from '../src/server/seed/national/seed-national.ts';

export const LARGE_META_KEY = 'bench.large-province';
export const LARGE_EXTRA_PRODUCTS = 20_000;
const LARGE_SEED = 20_261_202;

export interface LargeProvince {
  province: string;
  /** products of the province (all statuses) and its active ones, counted exactly */
  products: number;
  activeProducts: number;
  activeProducers: number;
}

/** The province with the most products of the national set: the one that grows. */
async function busiestProvince(database: Database): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    database.db,
    sql`SELECT scope_province_id AS id FROM products GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  return row.id;
}

async function counts(database: Database, province: string): Promise<LargeProvince> {
  const [row] = await queryRows<{ products: number; active: number; producers: number }>(
    database.db,
    sql`SELECT
      (SELECT count(*)::int FROM products WHERE scope_province_id = ${province}) AS products,
      (SELECT count(*)::int FROM products WHERE scope_province_id = ${province} AND status = 'active') AS active,
      (SELECT count(*)::int FROM producers WHERE scope_province_id = ${province} AND status = 'active') AS producers`,
  );
  return { province, products: row.products, activeProducts: row.active, activeProducers: row.producers };
}

/** Loads the extra products once per database (app_meta remembers it) and returns the province's counts. */
export async function ensureLargeProvince(database: Database): Promise<LargeProvince> {
  const [done] = await queryRows<{ province: string }>(
    database.db,
    sql`SELECT value->>'province' AS province FROM app_meta WHERE key = ${LARGE_META_KEY}`,
  );
  if (done) return counts(database, done.province);

  const province = await busiestProvince(database);
  const all = await loadNationalUnits(database.db);
  const units = {
    provinces: all.provinces.filter((p) => p.id === province),
    communes: all.communes.filter((c) => c.provinceId === province),
    oldCommunes: all.oldCommunes.filter((o) => o.scopeProvinceId === province),
  };
  const data = generateNational(units, {
    products: LARGE_EXTRA_PRODUCTS,
    seed: LARGE_SEED,
    today: vietnamToday(),
  });

  // Tax codes are unique in the registry: a generated one the national set already holds is dropped.
  const taken = new Set(
    (
      await queryRows<{ t: string }>(
        database.db,
        sql`SELECT tax_code AS t FROM producers WHERE tax_code IS NOT NULL`,
      )
    ).map((r) => r.t),
  );
  for (const p of data.producers) if (p.taxCode && taken.has(p.taxCode)) p.taxCode = null;

  // Register numbers continue after the commune's last one, as the code service would hand them out.
  const last = new Map(
    (
      await queryRows<{ scope: string; n: number }>(
        database.db,
        sql`SELECT scope, last_value AS n FROM product_code_sequences`,
      )
    ).map((r) => [r.scope, r.n]),
  );
  for (const p of data.products) {
    if (!p.code) continue;
    const m = /^(.+)-(\d+)-(\d{4})$/.exec(p.code);
    if (!m) continue;
    const n = Number(m[2]) + (last.get(m[1]) ?? 0);
    p.code = `${m[1]}-${String(n).padStart(3, '0')}-${m[3]}`;
  }
  const sequences = data.sequences.map((s) => ({
    scope: s.scope,
    lastValue: s.lastValue + (last.get(s.scope) ?? 0),
  }));

  await database.db.transaction(async (tx) => {
    const none = () => {};
    await insertAll(tx, 'producers', PRODUCER_COLUMNS, data.producers, 5_000, none);
    await insertAll(tx, 'products', PRODUCT_COLUMNS, data.products, 5_000, none);
    await insertAll(tx, 'certificates', CERTIFICATE_COLUMNS, data.certificates, 5_000, none);
    await tx.execute(sql`
      INSERT INTO product_code_sequences (scope, last_value)
      SELECT scope, "lastValue" FROM json_to_recordset(${JSON.stringify(sequences)}::json) AS t(scope text, "lastValue" integer)
      ON CONFLICT (scope) DO UPDATE SET last_value = GREATEST(product_code_sequences.last_value, excluded.last_value)`);
    await tx.execute(sql`
      INSERT INTO app_meta (key, value)
      VALUES (${LARGE_META_KEY}, ${JSON.stringify({ province, products: data.products.length, seed: LARGE_SEED })}::jsonb)`);
  });
  await analyzeDatabase(database.db);
  return counts(database, province);
}
