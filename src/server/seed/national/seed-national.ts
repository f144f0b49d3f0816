// `ocop seed --scale national [--products N]`: loads a synthetic national-size
// registry (≥10k producers, ≥25k products with their certificate histories) for
// benchmarks and load tests. Everything is written in ONE transaction with ONE
// summary audit row, and app_meta remembers it so a second run refuses instead
// of doubling the data.
import { eq, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../db/client.ts';
import { appMeta } from '../../db/schema/index.ts';
import { analyzeDatabase } from '../../db/maintenance.ts';
import { SYSTEM_ACTOR } from '../../core/actor.ts';
import { appendAudit } from '../../modules/audit/audit.service.ts';
import { insertAll } from '../../db/bulk-insert.ts';
import { CERTIFICATE_COLUMNS, PRODUCER_COLUMNS, PRODUCT_COLUMNS } from './bulk-insert.ts';
import { generateNational } from './generate.ts';
import { loadNationalUnits } from './load-units.ts';

export const NATIONAL_META_KEY = 'seed.national';
export const DEFAULT_NATIONAL_PRODUCTS = 25_000;
export const DEFAULT_NATIONAL_SEED = 20_250_701;
const CHUNK_ROWS = 5_000;

export interface SeedNationalOptions {
  products?: number;
  /** default: products × 0.4 */
  producers?: number;
  seed?: number;
  /** yyyy-mm-dd; default: today in Vietnam (UTC+7) */
  today?: string;
}

export interface SeedNationalResult {
  producers: number;
  products: number;
  certificates: number;
  ms: number;
}

export class NationalSeedExistsError extends Error {
  constructor() {
    super(
      'Bộ dữ liệu quy mô quốc gia đã được nạp; không nạp lại. / The national-scale data set is already loaded; not loading it again.',
    );
    this.name = 'NationalSeedExistsError';
  }
}

/** Today's date in Vietnam: certificates are dated by the local calendar. */
export function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export async function isNationalSeeded(database: Database): Promise<boolean> {
  const rows = await database.db
    .select({ key: appMeta.key })
    .from(appMeta)
    .where(eq(appMeta.key, NATIONAL_META_KEY));
  return rows.length > 0;
}

export async function seedNational(
  database: Database,
  auditSecret: Buffer,
  options: SeedNationalOptions,
  onProgress?: (done: number, total: number, phase: string) => void,
): Promise<SeedNationalResult> {
  const started = performance.now();
  if (await isNationalSeeded(database)) throw new NationalSeedExistsError();
  const products = options.products ?? DEFAULT_NATIONAL_PRODUCTS;
  for (const [flag, value] of [
    ['--products', products],
    ['--producers', options.producers ?? 1],
  ] as const) {
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${flag}: cần số nguyên dương / positive integer expected, got ${value}`);
  }
  const seed = options.seed ?? DEFAULT_NATIONAL_SEED;
  const today = options.today ?? vietnamToday();

  onProgress?.(0, 1, 'units');
  const units = await loadNationalUnits(database.db);
  if (!units.communes.length) {
    throw new Error(
      'Chưa nạp danh mục đơn vị hành chính / admin units are not loaded: run the migrations and the admin-unit loader first.',
    );
  }
  onProgress?.(0, 1, 'generate');
  const data = generateNational(units, { products, producers: options.producers, seed, today });

  const total = data.producers.length + data.products.length + data.certificates.length;
  let done = 0;
  const step = (phase: string) => (n: number) => {
    done += n;
    onProgress?.(done, total, phase);
  };
  await database.db.transaction(async (tx) => {
    // The marker goes in first: a concurrent second run blocks on its key and then fails, instead of doubling the data.
    const claimed = await tx
      .insert(appMeta)
      .values({ key: NATIONAL_META_KEY, value: { status: 'loading' } })
      .onConflictDoNothing()
      .returning({ key: appMeta.key });
    if (!claimed.length) throw new NationalSeedExistsError();
    await insertAll(tx, 'producers', PRODUCER_COLUMNS, data.producers, CHUNK_ROWS, step('producers'));
    await insertAll(tx, 'products', PRODUCT_COLUMNS, data.products, CHUNK_ROWS, step('products'));
    await insertAll(
      tx,
      'certificates',
      CERTIFICATE_COLUMNS,
      data.certificates,
      CHUNK_ROWS,
      step('certificates'),
    );
    await saveCodeSequences(tx, data.sequences);
    const counts = {
      producers: data.producers.length,
      products: data.products.length,
      certificates: data.certificates.length,
    };
    await appendAudit(tx, auditSecret, SYSTEM_ACTOR, {
      action: 'seed.national',
      objectType: 'registry',
      summary: `national synthetic data: ${counts.producers} producers, ${counts.products} products, ${counts.certificates} certificates (seed ${seed}, today ${today})`,
    });
    await tx
      .update(appMeta)
      .set({
        value: {
          status: 'loaded',
          ...counts,
          options: { products, producers: options.producers ?? null, seed, today },
          at: new Date().toISOString(),
        },
        updatedAt: sql`now()`,
      })
      .where(eq(appMeta.key, NATIONAL_META_KEY));
  });
  await analyzeDatabase(database.db);
  return {
    producers: data.producers.length,
    products: data.products.length,
    certificates: data.certificates.length,
    ms: Math.round(performance.now() - started),
  };
}

/** Register numbers already used per province–commune prefix, so codes issued later continue after them. */
async function saveCodeSequences(tx: Tx, sequences: { scope: string; lastValue: number }[]): Promise<void> {
  if (!sequences.length) return;
  await tx.execute(sql`
    INSERT INTO product_code_sequences (scope, last_value)
    SELECT scope, "lastValue" FROM json_to_recordset(${JSON.stringify(sequences)}::json) AS t(scope text, "lastValue" integer)
    ON CONFLICT (scope) DO UPDATE SET last_value = GREATEST(product_code_sequences.last_value, excluded.last_value)`);
}
