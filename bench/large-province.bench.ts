// The officer lists of a big province: the national data set plus 20,000 products
// in its busiest province (bench/large-province.ts), the products list also filtered
// by certificate state (those due for re-evaluation), under load at 20 connections —
// with wrk on fresh connections and on warm keep-alive ones (bench/steady-client.ts)
// — each list beside its ceiling measured in the same run: the same repository call
// (page and total) in a loop through the driver, no HTTP. The plans of the statements
// the list runs are taken with EXPLAIN ANALYZE on the same data.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { apiLogin, startServer } from '../e2e/support/server.ts';
import { registryListScope } from '../src/domain/access/policy.ts';
import { systemClock } from '../src/server/core/clock.ts';
import { type Database, type Db, openDatabase } from '../src/server/db/client.ts';
import * as schema from '../src/server/db/schema/index.ts';
import {
  type Counting,
  EXACT_COUNT_LIMIT,
  listProducers,
  listProducts,
} from '../src/server/modules/registry/registry.repository.ts';
import { ensureLargeProvince } from './large-province.ts';
import { CACHE, ocop, runSteady, runWrk, type WrkResult } from './lib.ts';
import { ensureNationalData, grantOn } from './officer-list.bench.ts';

const CONNECTIONS = 20;
const OFFICER = { email: 'bench.tinh.lon@ocop.local', password: 'bench-password-2026' };

type ListCall = (db: Db, province: string, counting?: Counting) => Promise<unknown>;
/** the certificate filter's case: products due for re-evaluation (the window open or just closed), today */
const RENEWAL_DUE = ['renewalWindowOpen', 'renewalWindowClosed'] as const;

type ListName = 'products' | 'products, certificate state' | 'producers';
const LISTS: { name: ListName; path: string; call: ListCall }[] = [
  {
    name: 'products',
    path: '/api/products?page=2&pageSize=20&sort=-updatedAt&status=active',
    call: (db, province, counting) =>
      listProducts(
        db,
        registryListScope(grantOn(province)),
        { status: 'active' },
        '-updatedAt',
        2,
        20,
        counting,
      ),
  },
  {
    name: 'products, certificate state',
    path: `/api/products?page=2&pageSize=20&sort=-updatedAt&status=active&certificateState=${RENEWAL_DUE.join(',')}`,
    call: (db, province, counting) =>
      listProducts(
        db,
        registryListScope(grantOn(province)),
        // the server counts states on its clock's date: the same day here
        { status: 'active', certificateState: RENEWAL_DUE, today: systemClock.today() },
        '-updatedAt',
        2,
        20,
        counting,
      ),
  },
  {
    name: 'producers',
    path: '/api/producers?page=2&pageSize=20&sort=-updatedAt&status=active',
    call: (db, province, counting) =>
      listProducers(
        db,
        registryListScope(grantOn(province)),
        { status: 'active' },
        '-updatedAt',
        2,
        20,
        counting,
      ),
  },
];

export interface LargeListFigures {
  name: ListName;
  path: string;
  /** wrk: 20 fresh connections, as the other load benchmarks */
  http: WrkResult;
  /** the same load on 20 keep-alive connections opened and warmed before timing */
  steady: WrkResult;
  raw: { qps: number; p50ms: number; p99ms: number };
  ratio: number;
  /** EXPLAIN ANALYZE of each statement the list runs, in the order it sends them */
  plans: { sql: string; plan: string[] }[];
}

export interface LargeProvinceBench {
  engine: 'pglite' | 'postgres';
  province: string;
  products: number;
  activeProducts: number;
  activeProducers: number;
  connections: number;
  lists: LargeListFigures[];
}

async function rawLoop(db: Db, province: string, call: ListCall, seconds: number, concurrency: number) {
  const timings: number[] = [];
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      await call(db, province);
      timings.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  timings.sort((a, b) => a - b);
  return {
    qps: timings.length / seconds,
    p50ms: timings[Math.floor(timings.length * 0.5)],
    p99ms: timings[Math.floor(timings.length * 0.99)],
  };
}

/**
 * Runs the list once through a drizzle instance that records its statements, then
 * explains each of them. Estimates are not reused here, so the count shows too.
 */
async function explain(database: Database, province: string, call: ListCall) {
  const seen: { query: string; params: unknown[] }[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => seen.push({ query, params }) };
  const traced = (database.pglite
    ? drizzlePglite(database.pglite, { schema, logger })
    : drizzlePg(database.pool!, { schema, logger })) as unknown as Db;
  await call(traced, province, { exactUpTo: EXACT_COUNT_LIMIT, estimates: null });
  const plans: { sql: string; plan: string[] }[] = [];
  for (const { query, params } of seen) {
    // the estimate beyond the count limit is itself an EXPLAIN: planning only, nothing to analyse
    if (/^\s*EXPLAIN/i.test(query)) {
      plans.push({ sql: query, plan: ['(planner estimate: planning only)'] });
      continue;
    }
    const text = `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query}`;
    const rows = database.pglite
      ? (await database.pglite.query<Record<string, string>>(text, params)).rows
      : (await database.pool!.query<Record<string, string>>(text, params)).rows;
    plans.push({ sql: query, plan: rows.map((r) => r['QUERY PLAN']) });
  }
  return plans;
}

export async function benchLargeProvince(
  engine: 'pglite' | 'postgres',
  opts: { pgUrl?: string; seconds: number },
): Promise<LargeProvinceBench> {
  const dataDir = join(CACHE, `large-${engine}`);
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
  const large = await ensureLargeProvince(database);
  const ceilings: { raw: LargeListFigures['raw']; plans: LargeListFigures['plans'] }[] = [];
  for (const list of LISTS) {
    await rawLoop(database.db, large.province, list.call, 2, 4); // warm-up (JIT and caches)
    const raw = await rawLoop(
      database.db,
      large.province,
      list.call,
      opts.seconds,
      engine === 'pglite' ? 1 : 8,
    );
    ceilings.push({ raw, plans: await explain(database, large.province, list.call) });
  }
  // PGlite has one connection: the server opens the folder only after the bench has let go of it.
  await database.close();
  try {
    ocop(
      [
        'user',
        'add',
        '--email',
        OFFICER.email,
        '--name',
        'Cán bộ đo tải (tỉnh lớn)',
        '--role',
        'province_officer',
        '--unit',
        large.province,
        '--password',
        OFFICER.password,
        '--json',
      ],
      env,
    );
  } catch {
    // already created by an earlier run on this data
  }
  const server = await startServer({ dataDir, env: { ...env, LOG_LEVEL: 'silent' } });
  try {
    const { cookie } = await apiLogin(server.url, OFFICER.email, OFFICER.password);
    const lists: LargeListFigures[] = [];
    for (const [i, list] of LISTS.entries()) {
      await runWrk(`${server.url}${list.path}`, { Cookie: cookie }, 3, CONNECTIONS); // warm-up
      const http = await runWrk(`${server.url}${list.path}`, { Cookie: cookie }, opts.seconds, CONNECTIONS);
      const steady = await runSteady(
        `${server.url}${list.path}`,
        { Cookie: cookie },
        opts.seconds,
        CONNECTIONS,
      );
      const { raw, plans } = ceilings[i];
      lists.push({ name: list.name, path: list.path, http, steady, raw, ratio: http.rps / raw.qps, plans });
    }
    return { engine, ...large, connections: CONNECTIONS, lists };
  } finally {
    await server.stop();
  }
}
