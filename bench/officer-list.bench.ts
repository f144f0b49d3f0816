// The list an officer opens: a province officer's products, page 2, filtered to
// active products, sorted by last update — on the national data set, under load
// with wrk, beside a ceiling measured in the same run: the same two queries run
// directly through the driver in a loop (no HTTP), and pgbench -S on PostgreSQL.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiLogin, startServer } from '../e2e/support/server.ts';
import { registryListScope, type Grant } from '../src/domain/access/policy.ts';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../src/server/db/client.ts';
import { listProducts } from '../src/server/modules/registry/registry.repository.ts';
import { isNationalSeeded } from '../src/server/seed/national/seed-national.ts';
import { CACHE, ocop, runWrk, type WrkResult } from './lib.ts';

const QUERY = '/api/products?page=2&pageSize=20&sort=-updatedAt&status=active';
const OFFICER = { email: 'bench.tinh@ocop.local', password: 'bench-password-2026' };
export const grantOn = (unitId: string): Grant => ({
  id: 'bench',
  role: 'province_officer',
  scopeKind: 'unit',
  unitId,
  unitLevel: 'province',
  producerId: null,
  councilId: null,
  roundId: null,
});

/** The province with the most active products: the heaviest list an officer opens. */
async function busiestProvince(database: Database): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    database.db,
    sql`
    SELECT scope_province_id AS id FROM products WHERE status = 'active' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  return row.id;
}

export interface ListBench {
  engine: 'pglite' | 'postgres';
  province: string;
  rowsInScope: number;
  raw: { qps: number; p50ms: number };
  http: WrkResult;
  ratio: number;
  pgbenchTps?: number;
}

/** Seeds the national set once per cache folder / database (it is reused between runs). */
export async function ensureNationalData(
  env: Record<string, string>,
  open: () => Promise<Database>,
): Promise<void> {
  const database = await open().catch(() => null);
  const seeded = database ? await isNationalSeeded(database).catch(() => false) : false;
  await database?.close();
  if (!seeded) ocop(['seed', '--scale', 'national'], env);
}

async function rawLoop(database: Database, province: string, seconds: number, concurrency: number) {
  const scope = registryListScope(grantOn(province));
  const timings: number[] = [];
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      await listProducts(database.db, scope, { status: 'active' }, '-updatedAt', 2, 20);
      timings.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  timings.sort((a, b) => a - b);
  const { total } = await listProducts(database.db, scope, { status: 'active' }, '-updatedAt', 1, 1);
  return { qps: timings.length / seconds, p50ms: timings[Math.floor(timings.length / 2)], total };
}

export async function benchOfficerList(
  engine: 'pglite' | 'postgres',
  opts: { pgUrl?: string; seconds: number },
): Promise<ListBench> {
  const dataDir = join(CACHE, `national-${engine}`);
  mkdirSync(dataDir, { recursive: true });
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(opts.pgUrl ? { DATABASE_URL: opts.pgUrl } : {}),
  };
  const open = () =>
    opts.pgUrl
      ? openDatabase({ url: opts.pgUrl, poolSize: 8 })
      : existsSync(join(dataDir, 'pglite'))
        ? openDatabase({ dataDir: join(dataDir, 'pglite') })
        : Promise.reject(new Error('empty'));
  ocop(['migrate'], env);
  await ensureNationalData(env, open);
  const database = await open();
  const province = await busiestProvince(database);
  await rawLoop(database, province, 3, 4); // warm-up (JIT and caches)
  const raw = await rawLoop(database, province, opts.seconds, engine === 'pglite' ? 1 : 8);
  await database.close();
  try {
    ocop(
      [
        'user',
        'add',
        '--email',
        OFFICER.email,
        '--name',
        'Cán bộ đo tải',
        '--role',
        'province_officer',
        '--unit',
        province,
        '--password',
        OFFICER.password,
        '--json',
      ],
      env,
    );
  } catch {
    // already created by an earlier run on this data
  }
  let pgbenchTps: number | undefined;
  if (opts.pgUrl) pgbenchTps = runPgbench(opts.pgUrl, opts.seconds);
  const server = await startServer({ dataDir, env: { ...env, LOG_LEVEL: 'silent' } });
  try {
    const { cookie } = await apiLogin(server.url, OFFICER.email, OFFICER.password);
    await runWrk(`${server.url}${QUERY}`, { Cookie: cookie }, 3, 8); // warm-up
    const http = await runWrk(`${server.url}${QUERY}`, { Cookie: cookie }, opts.seconds, 16);
    return {
      engine,
      province,
      rowsInScope: raw.total,
      raw: { qps: raw.qps, p50ms: raw.p50ms },
      http,
      ratio: http.rps / raw.qps,
      pgbenchTps,
    };
  } finally {
    await server.stop();
  }
}

/** pgbench -S (select-only, primary-key lookups) on its own small database: the engine's ceiling here. */
function runPgbench(url: string, seconds: number): number | undefined {
  const u = new URL(url);
  const base = ['-h', u.hostname, '-p', u.port, '-U', u.username || 'postgres'];
  spawnSync('createdb', [...base, 'ocop_pgbench'], { encoding: 'utf8' });
  const init = spawnSync('pgbench', [...base, '-i', '-s', '10', '-q', 'ocop_pgbench'], { encoding: 'utf8' });
  if (init.status !== 0) return undefined;
  const run = spawnSync(
    'pgbench',
    [...base, '-S', '-c', '8', '-j', '2', '-T', String(seconds), 'ocop_pgbench'],
    { encoding: 'utf8' },
  );
  const m = /tps = ([\d.]+)/.exec(run.stdout);
  return m ? Number(m[1]) : undefined;
}
