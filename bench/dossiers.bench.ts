// The dossier queues on the embedded engine over the national data set, with
// dossiers over three years loaded by bulk SQL (a share of the products each year:
// the earlier years decided or withdrawn, this year's open at every stage, the
// submitted ones received over the last 30 days so about a quarter are past the
// commune's 15 working days, taken here as 21 calendar days). Two questions, each
// as the API answers it (listDossiers, page 1 of 20, with its total and each row's
// deadline) and as one hand-written statement through the driver, timed in turn:
// the province's overdue commune checks (?queue=overdue) and a commune's queue
// (?queue=mine). Beside them, the repository's own two statements (the page and its
// total, without the working calendar and the deadlines), and the plans of the
// hand-written statements.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import { type Grant, registryListScope } from '../src/domain/access/policy.ts';
import { stagesWaitingFor } from '../src/domain/dossiers/dossier.workflow.ts';
import { procedureVersionOn } from '../src/domain/regimes/procedure-versions.ts';
import { boot } from '../src/server/boot.ts';
import type { AppDeps } from '../src/server/core/deps.ts';
import { type Executor, queryRows } from '../src/server/db/client.ts';
import { analyzeDatabase } from '../src/server/db/maintenance.ts';
import { parseEnv } from '../src/server/env.ts';
import { createLogger } from '../src/server/logger.ts';
import { listDossiers } from '../src/server/modules/dossiers/dossier-view.service.ts';
import * as repo from '../src/server/modules/dossiers/dossiers.repository.ts';
import { CACHE, ocop } from './lib.ts';

const META_KEY = 'bench.dossiers';
/** the stages waiting for a commune officer, as the IN list the list's query writes */
const COMMUNE_STAGES = sql`(${sql.join(
  stagesWaitingFor('commune_officer').map((s) => sql`${s}`),
  sql`, `,
)})`;

interface Timing {
  p50ms: number;
  p95ms: number;
}
export interface QueueFigures {
  name: string;
  unit: string;
  total: number;
  service: Timing;
  /** the repository's two statements (the page, its total) without the calendar and the deadlines */
  repository: Timing;
  raw: Timing;
  /** service p95 / raw p95 */
  ratio: number;
  plan: string[];
}
export interface DossierBench {
  dossiers: number;
  years: number[];
  samples: number;
  queues: QueueFigures[];
}

const officer = (role: Grant['role'], unitId: string, unitLevel: Grant['unitLevel']): Grant => ({
  id: 'bench',
  role,
  scopeKind: 'unit',
  unitId,
  unitLevel,
  producerId: null,
  councilId: null,
  roundId: null,
});

/** Loads the dossiers once per data folder (app_meta remembers it); their number. */
async function ensureDossiers(db: Executor, today: string): Promise<number> {
  const [done] = await queryRows<{ n: number }>(
    db,
    sql`SELECT (value->>'dossiers')::int AS n FROM app_meta WHERE key = ${META_KEY}`,
  );
  if (done) return done.n;
  const year = Number(today.slice(0, 4));
  const years = [year - 2, year - 1, year].map((y) => ({
    y,
    version: procedureVersionOn(`${y}-07-01`),
    share: y === year ? 45 : y === year - 1 ? 35 : 30,
  }));
  await db.execute(sql`
    INSERT INTO dossiers (product_id, producer_id, kind, status, procedure_version_id, year, round_label,
      filed_on, received_on, commune_due_on, commune_checked_on, accepted_on, created_at, updated_at)
    SELECT id, producer_id, kind, status, version, y, round_label, received, received,
      CASE WHEN version = 'r148' THEN NULL ELSE received + 21 END, checked, accepted,
      coalesce(received, ${today}::date - h3 % 60)::timestamptz,
      coalesce(accepted, checked, received, ${today}::date - h3 % 60)::timestamptz + (h3 % 86400) * interval '1 second'
    FROM (
      SELECT *,
        CASE WHEN status IN ('provinceAccepted', 'advisoryReview', 'councilScoring', 'awaitingDecision', 'recognised', 'notRecognised')
          THEN checked + 5 END AS accepted,
        CASE WHEN status IN ('provinceAccepted', 'advisoryReview', 'councilScoring', 'awaitingDecision', 'recognised', 'notRecognised')
          THEN 'Đợt ' || (1 + h3 % 2) || ' năm ' || y END AS round_label
      FROM (
        SELECT *, CASE WHEN status NOT IN ('draft', 'submitted', 'returnedByCommune', 'withdrawn')
          THEN received + h3 % 21 END AS checked
        FROM (
          SELECT *, CASE
              WHEN status = 'draft' THEN NULL
              WHEN y < ${year} THEN make_date(y, 1, 10) + h3 % 300
              WHEN status = 'submitted' THEN ${today}::date - h3 % 30
              WHEN status = 'returnedByCommune' THEN ${today}::date - 10 - h3 % 40
              ELSE ${today}::date - 30 - h3 % 200
            END AS received
          FROM (
            SELECT p.id, p.producer_id, y.y, y.version, h.h3,
              CASE WHEN p.certificate_id IS NULL THEN 'first' ELSE 'reEvaluation' END AS kind,
              CASE WHEN y.y < ${year} THEN
                CASE WHEN h.h2 < 70 THEN 'recognised' WHEN h.h2 < 90 THEN 'notRecognised' ELSE 'withdrawn' END
              ELSE CASE
                WHEN h.h2 < 10 THEN 'draft' WHEN h.h2 < 35 THEN 'submitted' WHEN h.h2 < 43 THEN 'returnedByCommune'
                WHEN h.h2 < 58 THEN 'communeChecked' WHEN h.h2 < 62 THEN 'returnedByProvince'
                WHEN h.h2 < 72 THEN 'provinceAccepted' WHEN h.h2 < 82 THEN 'advisoryReview'
                WHEN h.h2 < 90 THEN 'councilScoring' ELSE 'awaitingDecision' END
              END AS status
            FROM products p
            CROSS JOIN json_to_recordset(${JSON.stringify(years)}::json) AS y(y int, version text, share int)
            CROSS JOIN LATERAL (SELECT
                (hashtext(p.id::text || y.y) & 2147483647) % 100 AS h1,
                (hashtext(p.id::text || y.y || 's') & 2147483647) % 100 AS h2,
                hashtext(p.id::text || y.y || 'd') & 2147483647 AS h3) h
            WHERE p.status = 'active' AND h.h1 < y.share
          ) a
        ) b
      ) c
    ) d`);
  const [{ n }] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM dossiers`);
  await db.execute(
    sql`INSERT INTO app_meta (key, value) VALUES (${META_KEY}, ${JSON.stringify({ dossiers: n })}::jsonb)`,
  );
  await analyzeDatabase(db);
  return n;
}

/** The province with the most overdue commune checks, and the commune with the longest queue. */
async function heaviestUnits(db: Executor, today: string) {
  const [province] = await queryRows<{ id: string; name: string }>(
    db,
    sql`SELECT p.scope_province_id AS id, u.name FROM dossiers d JOIN products p ON p.id = d.product_id
        JOIN admin_units u ON u.id = p.scope_province_id
        WHERE d.status = 'submitted' AND d.commune_due_on < ${today} GROUP BY 1, 2 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  const [commune] = await queryRows<{ id: string; name: string }>(
    db,
    sql`SELECT p.scope_commune_id AS id, u.name FROM dossiers d JOIN products p ON p.id = d.product_id
        JOIN admin_units u ON u.id = p.scope_commune_id
        WHERE d.status IN ${COMMUNE_STAGES} GROUP BY 1, 2 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  return { province, commune };
}

/** The page and its total in one statement, as a person who knows the schema would write it. */
function rawQueue(where: SQL) {
  return sql`SELECT d.id, d.product_id, p.name AS product_name, pr.name AS producer_name, u.name AS commune_name,
      d.kind, d.status, d.year, d.round_label, d.received_on, d.commune_due_on, d.procedure_version_id, d.updated_at,
      count(*) OVER () AS total
    FROM dossiers d JOIN products p ON p.id = d.product_id JOIN producers pr ON pr.id = d.producer_id
    LEFT JOIN admin_units u ON u.id = p.scope_commune_id
    WHERE ${where}
    ORDER BY d.commune_due_on ASC NULLS LAST, d.updated_at DESC, d.id LIMIT 20`;
}

const percentile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)];

interface Queue {
  name: string;
  unit: string;
  grant: Grant;
  queue: 'overdue' | 'mine';
  raw: SQL;
}

/** The three ways of answering a queue, called in turn `samples` times after a warm-up. */
async function timeQueue(deps: AppDeps, q: Queue, samples: number): Promise<QueueFigures> {
  const { db } = deps.database;
  const today = deps.clock.today();
  const ways = [
    () => listDossiers(deps, q.grant, { queue: q.queue, page: 1, pageSize: 20 }),
    () =>
      repo.listDossiers(db, registryListScope(q.grant), {
        stages: q.queue === 'mine' ? stagesWaitingFor(q.grant.role) : undefined,
        overdueOn: q.queue === 'overdue' ? today : undefined,
        page: 1,
        pageSize: 20,
      }),
    () => db.execute(q.raw),
  ];
  for (let i = 0; i < 20; i++) for (const way of ways) await way();
  const times: number[][] = ways.map(() => []);
  for (let i = 0; i < samples; i++)
    for (const [k, way] of ways.entries()) {
      const t = performance.now();
      await way();
      times[k].push(performance.now() - t);
    }
  const { total } = await listDossiers(deps, q.grant, { queue: q.queue, page: 1, pageSize: 20 });
  const plan = (
    await queryRows<{ 'QUERY PLAN': string }>(db, sql`EXPLAIN (ANALYZE, BUFFERS OFF) ${q.raw}`)
  ).map((l) => l['QUERY PLAN']);
  const [service, repository, raw] = times.map((xs) => ({
    p50ms: percentile(xs, 0.5),
    p95ms: percentile(xs, 0.95),
  }));
  return {
    name: q.name,
    unit: q.unit,
    total,
    service,
    repository,
    raw,
    ratio: service.p95ms / raw.p95ms,
    plan,
  };
}

export async function benchDossiers(samples = 300): Promise<DossierBench> {
  const dataDir = join(CACHE, 'dossiers-pglite');
  if (!existsSync(join(dataDir, 'pglite'))) {
    ocop(['migrate'], { DATA_DIR: dataDir });
    ocop(['seed', '--scale', 'national'], { DATA_DIR: dataDir });
  }
  const env = parseEnv({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' });
  const booted = await boot(env, { log: createLogger('error') });
  try {
    const { deps } = booted;
    const { db } = deps.database;
    const today = deps.clock.today();
    const dossiers = await ensureDossiers(db, today);
    const { province, commune } = await heaviestUnits(db, today);
    const queues: Queue[] = [
      {
        name: 'province officer, overdue commune checks (?queue=overdue)',
        unit: province.name,
        grant: officer('province_officer', province.id, 'province'),
        queue: 'overdue',
        raw: rawQueue(
          sql`p.scope_province_id = ${province.id} AND d.status = 'submitted' AND d.commune_due_on < ${today}`,
        ),
      },
      {
        name: 'commune officer, its queue (?queue=mine)',
        unit: commune.name,
        grant: officer('commune_officer', commune.id, 'commune'),
        queue: 'mine',
        raw: rawQueue(sql`p.scope_commune_id = ${commune.id} AND d.status IN ${COMMUNE_STAGES}`),
      },
    ];
    const figures: QueueFigures[] = [];
    for (const q of queues) figures.push(await timeQueue(deps, q, samples));
    const year = Number(today.slice(0, 4));
    return { dossiers, years: [year - 2, year - 1, year], samples, queues: figures };
  } finally {
    await booted.close();
  }
}
