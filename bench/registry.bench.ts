// Registry benchmarks on PostgreSQL:
// - import of 20,000 products from .xlsx (read, stage, validate, commit) in rows/s,
//   beside a psql \copy of the same rows into a table of the same shape;
// - accent-insensitive product search over the national set with 100,000 products:
//   p95 of the list API's query beside the raw full-text query, for product names
//   and, apart, for names of places and producers (the list matches those too).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { Grant } from '../src/domain/access/policy.ts';
import { openDatabase, queryRows } from '../src/server/db/client.ts';
import { migrateDatabase } from '../src/server/db/migrate.ts';
import { parseEnv } from '../src/server/env.ts';
import { createLogger } from '../src/server/logger.ts';
import { loadAdminStructures } from '../src/server/modules/admin-units/admin-units.loader.ts';
import * as imports from '../src/server/modules/imports/imports.service.ts';
import { PLACE_BEARING_TABLES } from '../src/server/place-bearing.ts';
import { AUDIT_NAME_SOURCES } from '../src/server/audit-names.ts';
import { resolveAuditSigning } from '../src/server/audit-signing.ts';
import { systemClock } from '../src/server/core/clock.ts';
import { commitImport } from '../src/server/modules/imports/commit-import.ts';
import { listProducts } from '../src/server/modules/registry/registry.repository.ts';
import { LocalDiskStorage } from '../src/server/storage/file-storage.ts';
import { CACHE, ocop } from './lib.ts';

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];
function taxCode(n: number): string {
  for (let k = n; ; k++) {
    const body = String(280_000_000 + k);
    const check = 10 - (WEIGHTS.reduce((a, w, i) => a + w * Number(body[i]), 0) % 11);
    if (check <= 9) return body + check;
  }
}

/** A 20,000-row province list with a title row and Vietnamese headers, written with the streaming writer. */
async function writeList(file: string, communes: string[], rows: number): Promise<string[][]> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['DANH SÁCH SẢN PHẨM OCOP TỈNH THANH HÓA']).commit();
  ws.addRow([
    'STT',
    'Tên sản phẩm',
    'Bộ sản phẩm',
    'Tên chủ thể',
    'Mã số thuế',
    'Xã/phường',
    'Hạng sao',
    'Quyết định công nhận',
  ]).commit();
  const plain: string[][] = [];
  const kinds = [
    'Mật ong',
    'Chè',
    'Nước mắm',
    'Gạo',
    'Bánh gai',
    'Nem chua',
    'Miến dong',
    'Rượu',
    'Tinh dầu',
    'Mứt gừng',
  ];
  for (let i = 1; i <= rows; i++) {
    const producer = i % 2 === 0 ? i - 1 : i;
    const row = [
      String(i),
      `${kinds[i % kinds.length]} đặc sản số ${i}`,
      String(1 + (i % 13)),
      `Hợp tác xã Nông nghiệp số ${producer}`,
      taxCode(producer * 13),
      communes[i % communes.length],
      `${3 + (i % 2)} sao`,
      `Quyết định số ${1000 + (i % 50)}/QĐ-UBND ngày 15/6/2025`,
    ];
    ws.addRow(row).commit();
    plain.push(row);
  }
  ws.commit();
  await wb.commit();
  return plain;
}

export async function benchImport(pgUrl: string, rows = 20_000) {
  const database = await openDatabase({ url: pgUrl, poolSize: 4 });
  await migrateDatabase(database);
  const loaded = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM admin_units`);
  if (loaded[0].n === 0) await database.db.transaction((tx) => loadAdminStructures(tx));
  const communes = (
    await queryRows<{ name: string }>(
      database.db,
      sql`SELECT name FROM admin_units WHERE province_id = 'vn-2tier-2025:38' AND level = 'commune' ORDER BY code`,
    )
  ).map((r) => r.name);
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `import-${rows}.xlsx`);
  const plain = await writeList(file, communes, rows);
  const deps = {
    database,
    env: parseEnv({ LOG_LEVEL: 'silent' }),
    auditSecret: Buffer.from('bench-audit-secret-long-enough-0123456789'),
    auditSigning: resolveAuditSigning(parseEnv({ LOG_LEVEL: 'silent' }), CACHE),
    checkpointDir: join(CACHE, 'cp'),
    storage: new LocalDiskStorage(join(CACHE, 'files')),
    version: 'bench',
    log: createLogger('silent'),
    clock: systemClock,
    placeBearing: PLACE_BEARING_TABLES,
    auditNames: AUDIT_NAME_SOURCES,
  };
  const grant: Grant = {
    id: 'b',
    role: 'province_officer',
    scopeKind: 'unit',
    unitId: 'vn-2tier-2025:38',
    unitLevel: 'province',
    producerId: null,
    councilId: null,
    roundId: null,
  };
  const actor = { userId: null, label: 'bench', ip: null, requestId: null };
  const { readFile } = await import('node:fs/promises');
  const bytes = new Uint8Array(await readFile(file));
  const t0 = performance.now();
  const started = await imports.startImport(deps, grant, actor, {
    kind: 'products',
    fileName: 'bench.xlsx',
    bytes,
  });
  const t1 = performance.now();
  const validated = await imports.validateImport(deps, grant, actor, started.id, {});
  const t2 = performance.now();
  const committed = await commitImport(deps, grant, actor, started.id);
  const t3 = performance.now();
  const created = (committed.counts as { created: { products: number } }).created.products;
  // ceiling: the same rows as CSV through psql \copy into a table of the same shape
  const csv = join(CACHE, `import-${rows}.csv`);
  writeFileSync(csv, plain.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n'));
  await database.db.execute(sql`DROP TABLE IF EXISTS bench_copy`);
  await database.db.execute(
    sql`CREATE TABLE bench_copy (stt text, name text, product_set text, producer text, tax_code text, commune text, stars text, decision text)`,
  );
  const c0 = performance.now();
  const copy = spawnSync('psql', [pgUrl, '-q', '-c', `\\copy bench_copy FROM '${csv}' WITH (FORMAT csv)`], {
    encoding: 'utf8',
  });
  const copyMs = performance.now() - c0;
  await database.close();
  if (copy.status !== 0) throw new Error(`psql \\copy failed: ${copy.stderr}`);
  const totalMs = t3 - t0;
  return {
    rows,
    valid: (validated.counts as { valid: number }).valid,
    created,
    readMs: t1 - t0,
    validateMs: t2 - t1,
    commitMs: t3 - t2,
    totalMs,
    rowsPerSecond: rows / (totalMs / 1000),
    copyMs,
    copyRowsPerSecond: rows / (copyMs / 1000),
  };
}

export async function benchSearch(pgUrl: string, products = 100_000, samples = 200) {
  ocop(['seed', '--scale', 'national', '--products', String(products)], {
    DATABASE_URL: pgUrl,
    LOG_LEVEL: 'warn',
  });
  const database = await openDatabase({ url: pgUrl, poolSize: 2 });
  const queries = [
    'vai thieu',
    'mat ong',
    'che shan tuyet',
    'nuoc mam',
    'banh gai',
    'ruou ngo',
    'gao nep',
    'tra hoa vang',
    'mien dong',
    'ca phe',
  ];
  // names of places and producers: communes, provinces, words of producers' names (from one hit to half the list)
  const placeQueries = [
    'ham rong',
    'thanh hoa',
    'ha long',
    'dong van',
    'ba che',
    'quang ninh',
    'nguyen van',
    'hop tac xa',
  ];
  const time = async (f: (q: string) => Promise<unknown>, among = queries) => {
    const t: number[] = [];
    for (let i = 0; i < samples; i++) {
      const q = among[i % among.length];
      const s = performance.now();
      await f(q);
      t.push(performance.now() - s);
    }
    t.sort((a, b) => a - b);
    return { p50: t[Math.floor(t.length * 0.5)], p95: t[Math.floor(t.length * 0.95)] };
  };
  for (const q of queries) await listProducts(database.db, { kind: 'all' }, { q }, '-updatedAt', 1, 20); // warm-up
  const api = await time((q) => listProducts(database.db, { kind: 'all' }, { q }, '-updatedAt', 1, 20));
  for (const q of placeQueries) await listProducts(database.db, { kind: 'all' }, { q }, '-updatedAt', 1, 20);
  const places = await time(
    (q) => listProducts(database.db, { kind: 'all' }, { q }, '-updatedAt', 1, 20),
    placeQueries,
  );
  const fts = await time((q) =>
    database.db.execute(sql`
    SELECT id, name FROM products WHERE search_vector @@ plainto_tsquery('vn_unaccent', ${q}) ORDER BY updated_at DESC LIMIT 20`),
  );
  const [{ n }] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM products`);
  await database.close();
  return {
    products: n,
    samples,
    listP50: api.p50,
    listP95: api.p95,
    placeP50: places.p50,
    placeP95: places.p95,
    ftsP50: fts.p50,
    ftsP95: fts.p95,
  };
}
