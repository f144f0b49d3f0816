// Life after certification, each figure beside a ceiling measured in the same run:
// - the expiry radar (`radar`, and one page of `radarList`) of the busiest province
//   and of the nation (a central officer) over the national data set; ceilings: one
//   plain count of the same products' states (`certificate_state`) grouped by state,
//   and one hand-written statement of the same page;
// - the daily lifecycle job (`runLifecycle`) over the national set loaded with 80,000
//   products (107,115 certificates): a first run on a day 18 months after the data's
//   own "today" (every expiry since, every window and 30-day notice due, the fresh ones
//   announced), a second run on the same day (records nothing), a typical next day, and
//   a first run on the data's own day; ceiling: an INSERT … SELECT of the same events,
//   on a fresh copy of the same data;
// - 10,000 producer notices written by `sendNotices` and sent by `deliverDue` through
//   the outbox to an SMTP listener on loopback, with 5 and 10 pooled connections;
//   ceiling: nodemailer sending the same 10,000 messages to the same listener, no database.
// Each engine's data is loaded once: PGlite into bench/.data/, PostgreSQL into the
// database it is given (reused when already loaded); the job runs on copies.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { Grant } from '../src/domain/access/policy.ts';
import { addDaysIso } from '../src/domain/calendar/dates.ts';
import * as texts from '../src/domain/notices/notice-texts.ts';
import { type Booted, boot } from '../src/server/boot.ts';
import type { AppDeps } from '../src/server/core/deps.ts';
import { type Database, type Db, queryRows } from '../src/server/db/client.ts';
import * as schema from '../src/server/db/schema/index.ts';
import { parseEnv } from '../src/server/env.ts';
import { createLogger } from '../src/server/logger.ts';
import * as lifecycleRepo from '../src/server/modules/certificates/lifecycle.repository.ts';
import { type LifecycleRun, runLifecycle } from '../src/server/modules/certificates/lifecycle.service.ts';
import * as radarRepo from '../src/server/modules/certificates/radar.repository.ts';
import {
  radar,
  radarList,
  radarScope,
  radarWindow,
} from '../src/server/modules/certificates/radar.service.ts';
import { type Channels, closeChannels } from '../src/server/modules/notices/channels.ts';
import { deliverDue, type NoticeDraft, sendNotices } from '../src/server/modules/notices/notices.service.ts';
import { publicUrlOf } from '../src/server/modules/registry/public-address.service.ts';
import { isNationalSeeded, seedNational } from '../src/server/seed/national/seed-national.ts';
import { CACHE } from './lib.ts';

export type LifecycleEngine = 'pglite' | 'postgres';

/** the data's own "today": certificate histories are generated up to it */
export const DATA_TODAY = '2026-12-01';
/** the job's first run: 18 months on, so that a year and a half of milestones are due at once */
export const JOB_DAY = '2028-06-01';
export const JOB_PRODUCTS = 80_000;
export const NOTICES = 10_000;

interface Timing {
  p50ms: number;
  p95ms: number;
}
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const timing = (xs: number[]): Timing => ({ p50ms: pct(xs, 50), p95ms: pct(xs, 95) });
const grantOf = (g: Partial<Grant> & Pick<Grant, 'role' | 'scopeKind'>): Grant => ({
  id: 'bench',
  unitId: null,
  unitLevel: null,
  producerId: null,
  councilId: null,
  roundId: null,
  ...g,
});

/* ---------- the data ---------- */

function envOf(dataDir: string, pgUrl: string | undefined, extra: Record<string, string> = {}) {
  return parseEnv({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    OCOP_TODAY: DATA_TODAY,
    ...(pgUrl ? { DATABASE_URL: pgUrl } : {}),
    ...extra,
  });
}

/** Boots on a data folder or database, loading the national set with `products` first when it is not there. */
async function bootNational(
  dataDir: string,
  pgUrl: string | undefined,
  products: number,
  extra: Record<string, string> = {},
): Promise<Booted> {
  mkdirSync(dataDir, { recursive: true });
  const booted = await boot(envOf(dataDir, pgUrl, extra), { log: createLogger('error') });
  if (!(await isNationalSeeded(booted.deps.database))) {
    const t = performance.now();
    const r = await seedNational(booted.deps.database, booted.deps.auditSecret, {
      products,
      today: DATA_TODAY,
    });
    console.log(
      `  (loaded ${r.products} products, ${r.certificates} certificates in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );
  }
  return booted;
}

async function count(db: Db, query: SQL): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, query);
  return Number(row?.n ?? 0);
}

/** Runs a call once through a drizzle instance that records its statements, then explains them. */
async function explain(database: Database, call: (db: Db) => Promise<unknown>) {
  const seen: { query: string; params: unknown[] }[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => seen.push({ query, params }) };
  const traced = (database.pglite
    ? drizzlePglite(database.pglite, { schema, logger })
    : drizzlePg(database.pool!, { schema, logger })) as unknown as Db;
  await call(traced);
  const plans: string[][] = [];
  for (const { query, params } of seen) {
    const text = `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query}`;
    const rows = database.pglite
      ? (await database.pglite.query<Record<string, string>>(text, params)).rows
      : (await database.pool!.query<Record<string, string>>(text, params)).rows;
    plans.push(rows.map((r) => r['QUERY PLAN']));
  }
  return plans;
}

/* ---------- the radar ---------- */

export interface RadarCase {
  name: string;
  /** current certificates in the radar's range of last valid days, and those in a group */
  inRange: number;
  inGroups: number;
  radar: Timing;
  list: Timing;
  /** one plain count of the same products' states, grouped by state */
  rawCount: Timing;
  /** the same page as one hand-written statement */
  rawPage: Timing;
  plans: { radarCounts: string[]; radarItems: string[] };
}
export interface RadarBench {
  engine: LifecycleEngine;
  today: string;
  products: number;
  certificates: number;
  runs: number;
  cases: RadarCase[];
}

const IN_GROUPS = sql`('renewalWindowOpen', 'renewalWindowClosed', 'renewalFiled', 'graceAfterExpiry', 'expired', 'lapsed')`;
const STATE = sql`certificate_state(p.certificate_status, p.certificate_valid_until, p.certificate_valid_until_latest,
                                    p.certificate_renewal_filed_on, ${DATA_TODAY}::date)`;

function rangeOf(province: string | null) {
  const w = radarWindow(DATA_TODAY);
  return sql`p.certificate_status IN ('valid', 'lapsed')
    AND p.certificate_valid_until BETWEEN ${w.lo}::date AND ${w.hi}::date
    ${province ? sql`AND p.scope_province_id = ${province}` : sql``}`;
}

export async function benchLifecycleRadar(
  engine: LifecycleEngine,
  opts: { pgUrl?: string; runs?: number } = {},
): Promise<RadarBench> {
  const runs = opts.runs ?? 50;
  const booted = await bootNational(join(CACHE, `lifecycle-national-${engine}`), opts.pgUrl, 25_000);
  try {
    const { deps } = booted;
    const { db } = deps.database;
    const [busiest] = await queryRows<{ id: string; name: string }>(
      db,
      sql`SELECT p.scope_province_id AS id, u.name FROM products p JOIN admin_units u ON u.id = p.scope_province_id
          GROUP BY 1, 2 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    const cases = [
      {
        name: `province officer, ${busiest.name}`,
        province: busiest.id,
        grant: grantOf({
          role: 'province_officer',
          scopeKind: 'unit',
          unitId: busiest.id,
          unitLevel: 'province',
        }),
      },
      {
        name: 'central officer, the nation',
        province: null,
        grant: grantOf({ role: 'central_officer', scopeKind: 'nation' }),
      },
    ];
    const out: RadarCase[] = [];
    for (const c of cases) {
      const rawCount = sql`SELECT ${STATE} AS state, count(*)::int AS n FROM products p WHERE ${rangeOf(c.province)} GROUP BY 1`;
      const rawPage = sql`SELECT p.id, p.name, p.public_id, pr.name AS producer, pr.phone, pr.email, u.name AS commune,
            x.certificate_no, p.certificate_stars, p.certificate_valid_until::text, s.state
          FROM products p CROSS JOIN LATERAL (SELECT ${STATE} AS state) s
          JOIN producers pr ON pr.id = p.producer_id JOIN certificates x ON x.id = p.certificate_id
          LEFT JOIN admin_units u ON u.id = p.scope_commune_id
          WHERE ${rangeOf(c.province)} AND s.state IN ${IN_GROUPS}
          ORDER BY p.certificate_valid_until, p.id LIMIT 51`;
      const ways = [
        () => radar(deps, c.grant),
        () => radarList(deps, c.grant, {}),
        () => queryRows(db, rawCount),
        () => queryRows(db, rawPage),
      ];
      for (let i = 0; i < 5; i++) for (const way of ways) await way();
      const times: number[][] = ways.map(() => []);
      for (let i = 0; i < runs; i++)
        for (const [k, way] of ways.entries()) {
          const t = performance.now();
          await way();
          times[k].push(performance.now() - t);
        }
      const states = await queryRows<{ state: string; n: number }>(db, rawCount);
      const r = await radar(deps, c.grant);
      const scope = radarScope(c.grant);
      const w = radarWindow(DATA_TODAY);
      const [countsPlan] = await explain(deps.database, (traced) => radarRepo.radarCounts(traced, scope, w));
      const [itemsPlan] = await explain(deps.database, (traced) =>
        radarRepo.radarItems(traced, scope, w, null, null, 51),
      );
      out.push({
        name: c.name,
        inRange: states.reduce((a, s) => a + s.n, 0),
        inGroups: r.groups.reduce((a, g) => a + g.total, 0),
        radar: timing(times[0]),
        list: timing(times[1]),
        rawCount: timing(times[2]),
        rawPage: timing(times[3]),
        plans: { radarCounts: countsPlan, radarItems: itemsPlan },
      });
    }
    return {
      engine,
      today: DATA_TODAY,
      products: await count(db, sql`SELECT count(*)::int AS n FROM products`),
      certificates: await count(db, sql`SELECT count(*)::int AS n FROM certificates`),
      runs,
      cases: out,
    };
  } finally {
    await booted.close();
  }
}

/* ---------- the daily job ---------- */

export interface JobRun {
  name: string;
  today: string;
  ms: number;
  examined: number;
  recorded: number;
  byKind: LifecycleRun['recorded'];
  notices: number;
  examinedPerSecond: number;
}
export interface JobCeiling {
  name: string;
  today: string;
  ms: number;
  inserted: number;
}
export interface JobBench {
  engine: LifecycleEngine;
  products: number;
  certificates: number;
  /** certificates the job may look at on the first day: valid, with a last day within 180 days of it or past */
  validInHorizon: number;
  /** reading the candidates alone, every chunk of 2,000, before the first run */
  candidatesReadMs: number;
  runs: JobRun[];
  ceilings: JobCeiling[];
  /** the job's first run recorded exactly the ceiling's events */
  sameEvents: boolean;
}

/**
 * The events the job records on `today`, as one INSERT … SELECT (the SQL mirror of
 * dueLifecycleEvents for certificates with no renewal filed, which is all of the data
 * set's): the window and the 30-day notice before the last day, the expiry after it.
 */
function ceilingInsert(today: string) {
  const horizon = addDaysIso(today, 180);
  return sql`INSERT INTO certificate_events (certificate_id, kind, on_day, announced)
    SELECT c.id, e.kind, e.on_day, e.on_day + 30 >= ${today}::date
      FROM certificates c
      CROSS JOIN LATERAL (VALUES
        ('windowOpened', c.valid_until - 180, ${today}::date <= c.valid_until AND ${today}::date < c.valid_until - 30),
        ('expiryNotice', c.valid_until - 30, ${today}::date <= c.valid_until),
        ('expired', c.valid_until + 1, ${today}::date > c.valid_until)) e(kind, on_day, applies)
     WHERE c.status = 'valid' AND c.valid_until <= ${horizon}::date AND c.renewal_filed_on IS NULL
       AND e.applies AND e.on_day <= ${today}::date
       AND NOT EXISTS (SELECT 1 FROM certificate_events x WHERE x.certificate_id = c.id AND x.kind IN ('expired', 'lapsed'))
    ON CONFLICT DO NOTHING`;
}

/** A fresh copy of the loaded data: a PGlite folder copied, or a PostgreSQL database from the template. */
async function withCopy<T>(
  engine: LifecycleEngine,
  source: { dir: string; pgUrl?: string },
  name: string,
  run: (booted: Booted) => Promise<T>,
): Promise<T> {
  const dir = join(CACHE, `lifecycle-job-${engine}-${name}`);
  rmSync(dir, { recursive: true, force: true });
  let url: string | undefined;
  let admin: import('pg').Client | undefined;
  if (engine === 'pglite') cpSync(source.dir, dir, { recursive: true });
  else {
    const { default: pg } = await import('pg');
    const base = new URL(source.pgUrl!);
    const template = base.pathname.slice(1);
    base.pathname = '/postgres';
    admin = new pg.Client({ connectionString: base.toString() });
    await admin.connect();
    const copy = `${template}_${name}`;
    await admin.query(`DROP DATABASE IF EXISTS ${copy}`);
    await admin.query(`CREATE DATABASE ${copy} TEMPLATE ${template}`);
    base.pathname = `/${copy}`;
    url = base.toString();
    // the audit keys of the loaded data
    cpSync(source.dir, dir, { recursive: true });
  }
  const booted = await boot(envOf(dir, url), { log: createLogger('error') });
  try {
    return await run(booted);
  } finally {
    await booted.close();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${new URL(url!).pathname.slice(1)}`);
      await admin.end();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timedRun(deps: AppDeps, name: string, today: string): Promise<JobRun> {
  const t = performance.now();
  const r = await runLifecycle(deps, today);
  const ms = performance.now() - t;
  const recorded = Object.values(r.recorded).reduce((a, b) => a + b, 0);
  return {
    name,
    today,
    ms,
    examined: r.examined,
    recorded,
    byKind: r.recorded,
    notices: r.notices,
    examinedPerSecond: r.examined / (ms / 1000),
  };
}

async function timedCeiling(db: Db, name: string, today: string): Promise<JobCeiling> {
  const t = performance.now();
  const inserted = await db.transaction(async (tx) => {
    // certificate_events has no statistics until it is analysed: the planner's nested
    // anti-join would then scan the table once per certificate (see docs/benchmarks.md);
    // the ceiling is the statement with the hash anti-join it gets on known statistics
    await tx.execute(sql`SET LOCAL enable_nestloop = off`);
    const rows = await queryRows<{ n: number }>(
      tx,
      sql`WITH ins AS (${ceilingInsert(today)} RETURNING 1) SELECT count(*)::int AS n FROM ins`,
    );
    return rows[0].n;
  });
  return { name, today, ms: performance.now() - t, inserted };
}

export async function benchLifecycleJob(
  engine: LifecycleEngine,
  opts: { pgUrl?: string } = {},
): Promise<JobBench> {
  const dir = join(CACHE, `lifecycle-job-${engine}`);
  // load once (the PGlite folder is kept; a PostgreSQL database is the copies' template)
  const loaded = await bootNational(dir, opts.pgUrl, JOB_PRODUCTS);
  const { db } = loaded.deps.database;
  const products = await count(db, sql`SELECT count(*)::int AS n FROM products`);
  const certificates = await count(db, sql`SELECT count(*)::int AS n FROM certificates`);
  const validInHorizon = await count(
    db,
    sql`SELECT count(*)::int AS n FROM certificates WHERE status = 'valid' AND valid_until <= ${addDaysIso(JOB_DAY, 180)}::date`,
  );
  await loaded.close();
  const source = { dir, pgUrl: opts.pgUrl };
  const next = addDaysIso(JOB_DAY, 1);

  const jobRuns = await withCopy(engine, source, 'job', async ({ deps }) => {
    // reading the candidates alone, as the job reads them
    const horizon = addDaysIso(JOB_DAY, 180);
    const t = performance.now();
    let after: string | null = null;
    for (;;) {
      const rows = await lifecycleRepo.candidates(deps.database.db, horizon, after, 2000);
      if (!rows.length) break;
      after = rows[rows.length - 1].id;
    }
    const candidatesReadMs = performance.now() - t;
    const runs = [
      await timedRun(deps, `first run, ${JOB_DAY}`, JOB_DAY),
      await timedRun(deps, 'second run, same day', JOB_DAY),
      await timedRun(deps, `the next day, ${next}`, next),
    ];
    const events = await queryRows<{ kind: string; n: number }>(
      deps.database.db,
      sql`SELECT kind, count(*)::int AS n FROM certificate_events WHERE on_day <= ${JOB_DAY}::date GROUP BY 1 ORDER BY 1`,
    );
    return { candidatesReadMs, runs, events };
  });
  const deployDay = await withCopy(engine, source, 'deploy', ({ deps }) =>
    timedRun(deps, `first run on the data's own day, ${DATA_TODAY}`, DATA_TODAY),
  );
  const ceiling = await withCopy(engine, source, 'ceiling', async ({ deps }) => {
    const { db: cdb } = deps.database;
    const runs = [
      await timedCeiling(cdb, `first run, ${JOB_DAY}`, JOB_DAY),
      await timedCeiling(cdb, 'second run, same day', JOB_DAY),
      await timedCeiling(cdb, `the next day, ${next}`, next),
    ];
    const events = await queryRows<{ kind: string; n: number }>(
      cdb,
      sql`SELECT kind, count(*)::int AS n FROM certificate_events WHERE on_day <= ${JOB_DAY}::date GROUP BY 1 ORDER BY 1`,
    );
    return { runs, events };
  });
  const deployCeiling = await withCopy(engine, source, 'deploy_ceiling', ({ deps }) =>
    timedCeiling(deps.database.db, `first run on the data's own day, ${DATA_TODAY}`, DATA_TODAY),
  );
  return {
    engine,
    products,
    certificates,
    validInHorizon,
    candidatesReadMs: jobRuns.candidatesReadMs,
    runs: [...jobRuns.runs, deployDay],
    ceilings: [...ceiling.runs, deployCeiling],
    sameEvents: JSON.stringify(jobRuns.events) === JSON.stringify(ceiling.events),
  };
}

/* ---------- notices over SMTP ---------- */

export interface DeliveryFigures {
  poolSize: number;
  sent: number;
  received: number;
  ms: number;
  perSecond: number;
  ceilingMs: number;
  ceilingPerSecond: number;
}
export interface NoticesBench {
  engine: LifecycleEngine;
  notices: number;
  /** sendNotices with all 10,000 drafts in one transaction: its time, or why it failed */
  writeOneMs: number | null;
  writeOneError: string | null;
  /** sendNotices in chunks of 1,000 drafts, one transaction each (when the single call failed) */
  writeChunkedMs: number | null;
  /** deliverDue through a channel that sends nothing: the claims and the outcomes alone */
  databaseOnlyMs: number;
  deliveries: DeliveryFigures[];
}

function listener() {
  let received = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received++;
        callback();
      });
    },
  });
  return new Promise<{ port: number; received: () => number; reset: () => void; close: () => Promise<void> }>(
    (resolve) =>
      server.listen(0, '127.0.0.1', () => {
        const address = server.server.address();
        resolve({
          port: typeof address === 'object' && address ? address.port : 0,
          received: () => received,
          reset: () => {
            received = 0;
          },
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      }),
  );
}

export async function benchLifecycleNotices(
  engine: LifecycleEngine,
  opts: { pgUrl?: string; poolSizes?: number[]; rounds?: number } = {},
): Promise<NoticesBench> {
  const poolSizes = opts.poolSizes ?? [5, 10];
  const rounds = opts.rounds ?? 2;
  const smtp = await listener();
  const smtpUrl = `smtp://127.0.0.1:${smtp.port}`;
  const booted = await bootNational(join(CACHE, `lifecycle-national-${engine}`), opts.pgUrl, 25_000, {
    SMTP_URL: smtpUrl,
  });
  try {
    const { deps } = booted;
    const { db } = deps.database;
    // a clean slate of notices, and an e-mail address for every producer
    await db.execute(sql`DELETE FROM notice_deliveries`);
    await db.execute(sql`DELETE FROM notices`);
    await db.execute(sql`DELETE FROM outbox WHERE topic = 'notices.deliver'`);
    await db.execute(
      sql`UPDATE producers SET email = 'lienhe.' || left(replace(id::text, '-', ''), 12) || '@ocop.test'
           WHERE email IS NULL OR trim(email) = ''`,
    );
    const rows = await queryRows<{
      id: string;
      producerId: string;
      name: string;
      publicId: string;
      stars: number | null;
      certificateNo: string | null;
      validUntil: string | null;
    }>(
      db,
      sql`SELECT p.id, p.producer_id AS "producerId", p.name, p.public_id AS "publicId", p.certificate_stars AS stars,
                 x.certificate_no AS "certificateNo", p.certificate_valid_until::text AS "validUntil"
            FROM products p LEFT JOIN certificates x ON x.id = p.certificate_id
           ORDER BY p.id LIMIT ${NOTICES}`,
    );
    const run = Date.now().toString(36);
    const drafts: NoticeDraft[] = rows.map((p) => {
      const publicUrl = publicUrlOf(deps, p.publicId);
      return {
        kind: 'expiryApproaching',
        audience: { kind: 'producer', producerId: p.producerId },
        ...texts.expiryApproaching({
          productName: p.name,
          stars: p.stars,
          certificateNo: p.certificateNo,
          validUntil: p.validUntil,
          publicUrl,
        }),
        link: publicUrl,
        object: { type: 'product', id: p.id },
        cause: `bench:${run}:${p.id}`,
      };
    });
    let writeOneMs: number | null = null;
    let writeOneError: string | null = null;
    let writeChunkedMs: number | null = null;
    try {
      const t = performance.now();
      await db.transaction((tx) => sendNotices(tx, deps, drafts));
      writeOneMs = performance.now() - t;
    } catch (err) {
      writeOneError = (err as Error).message.slice(0, 300);
      const t = performance.now();
      for (let i = 0; i < drafts.length; i += 1000)
        await db.transaction((tx) => sendNotices(tx, deps, drafts.slice(i, i + 1000)));
      writeChunkedMs = performance.now() - t;
    }
    const mails = await queryRows<{ id: string; to: string; subject: string; text: string }>(
      db,
      sql`SELECT d.id, d.address AS "to", n.subject, n.body AS text FROM notice_deliveries d JOIN notices n ON n.id = d.notice_id`,
    );
    if (mails.length !== NOTICES)
      throw new Error(`expected ${NOTICES} e-mail deliveries, found ${mails.length}`);
    const resetDeliveries = () =>
      db.execute(
        sql`UPDATE notice_deliveries SET status = 'pending', attempts = 0, claimed_at = NULL, sent_at = NULL,
                   provider_id = NULL, last_error = NULL, next_attempt_at = now()`,
      );
    const deliverAll = async (withPool: AppDeps, channels?: Channels) => {
      let sent = 0;
      for (;;) {
        const r = await deliverDue(withPool, channels ? { channels } : {});
        sent += r.sent;
        if (r.sent === 0) return sent;
      }
    };
    // the database's share: the same claims and outcomes through a channel that sends nothing
    await resetDeliveries();
    const nothing: Channels = {
      mail: { send: async (m) => ({ providerId: `<${m.id}@notices.ocop>` }), close: () => undefined },
      text: null,
    };
    const d0 = performance.now();
    await deliverAll(deps, nothing);
    const databaseOnlyMs = performance.now() - d0;
    const deliveries: DeliveryFigures[] = [];
    for (let round = 0; round < rounds; round++)
      for (const poolSize of poolSizes) {
        // every delivery due again
        await resetDeliveries();
        const env = envOf(booted.deps.env.DATA_DIR, opts.pgUrl, {
          SMTP_URL: smtpUrl,
          SMTP_POOL_SIZE: String(poolSize),
        });
        const withPool: AppDeps = { ...deps, env };
        smtp.reset();
        const t = performance.now();
        const sent = await deliverAll(withPool);
        const ms = performance.now() - t;
        const received = smtp.received();
        closeChannels(env);
        const pending = await count(
          db,
          sql`SELECT count(*)::int AS n FROM notice_deliveries WHERE status <> 'sent'`,
        );
        if (pending) throw new Error(`${pending} deliveries not sent with a pool of ${poolSize}`);
        // the ceiling: the same messages straight from nodemailer, same pool, same listener
        const transport = nodemailer.createTransport({
          url: smtpUrl,
          pool: true,
          maxConnections: poolSize,
          maxMessages: 1000,
        });
        smtp.reset();
        const c = performance.now();
        await Promise.all(
          mails.map((m) =>
            transport.sendMail({
              from: env.MAIL_FROM,
              to: m.to,
              subject: m.subject,
              text: m.text,
              messageId: `<${m.id}@notices.ocop>`,
              headers: { 'X-OCOP-Delivery': m.id },
            }),
          ),
        );
        const ceilingMs = performance.now() - c;
        transport.close();
        if (smtp.received() !== NOTICES) throw new Error(`the listener got ${smtp.received()} mails`);
        deliveries.push({
          poolSize,
          sent,
          received,
          ms,
          perSecond: sent / (ms / 1000),
          ceilingMs,
          ceilingPerSecond: NOTICES / (ceilingMs / 1000),
        });
      }
    return {
      engine,
      notices: NOTICES,
      writeOneMs,
      writeOneError,
      writeChunkedMs,
      databaseOnlyMs,
      deliveries,
    };
  } finally {
    closeChannels(booted.deps.env);
    await booted.close();
    await smtp.close();
  }
}
