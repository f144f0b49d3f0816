// npm run bench — prints each figure beside a ceiling measured in the same run and
// writes bench/results/<date>.json. BENCH_SECONDS (default 8) bounds each load run;
// BENCH_ONLY=cold,pglite,postgres,large-pglite,large-postgres,…,phone,dossiers,dossier-pdf,councils,council-pdf,
// lifecycle-radar,lifecycle-job,lifecycle-notices picks parts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { benchColdStart } from './cold-start.bench.ts';
import {
  benchCloseSession,
  benchCouncilPdf,
  benchMemberClick,
  type CloseSessionBench,
  MEMBER_PHONE,
} from './councils.bench.ts';
import { benchDossierPdf } from './dossier-pdf.bench.ts';
import { benchDossiers, type DossierBench } from './dossiers.bench.ts';
import { benchExport } from './export.bench.ts';
import { benchLargeProvince, type LargeProvinceBench } from './large-province.bench.ts';
import { fmt, ROOT, startPgCluster, stopPgCluster } from './lib.ts';
import {
  benchLifecycleJob,
  benchLifecycleNotices,
  benchLifecycleRadar,
  JOB_PRODUCTS,
  type JobBench,
  type LifecycleEngine,
  type NoticesBench,
  NOTICES,
  type RadarBench,
} from './lifecycle.bench.ts';
import { benchOfficerList, type ListBench } from './officer-list.bench.ts';
import { benchPhoneFirstView, PHONE } from './phone-first-view.bench.ts';
import { benchImport, benchSearch } from './registry.bench.ts';
import { benchClickToStar, benchScoring } from './scoring.bench.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const only = (
  process.env.BENCH_ONLY ??
  'cold,pglite,postgres,large-pglite,large-postgres,import,search,scoring,click,phone,export,dossiers,dossier-pdf,councils,council-pdf,lifecycle-radar,lifecycle-job,lifecycle-notices'
).split(',');
/** the engines of the lifecycle parts: BENCH_LIFECYCLE_ENGINES=postgres skips PGlite */
const lifecycleEngines = (process.env.BENCH_LIFECYCLE_ENGINES ?? 'postgres,pglite').split(
  ',',
) as LifecycleEngine[];
const results: Record<string, unknown> = {
  at: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  seconds,
};

function printList(r: ListBench) {
  console.log(
    `\n[${r.engine}] officer list (${r.province}: ${fmt(r.rowsInScope)} active products in scope, page 2, sort -updatedAt)`,
  );
  console.log(
    `  HTTP (wrk, 16 conns):  ${fmt(r.http.rps)} req/s  p50 ${fmt(r.http.p50ms, 1)} ms  p99 ${fmt(r.http.p99ms, 1)} ms  errors ${r.http.errors}`,
  );
  console.log(
    `  ceiling, same queries through the driver, no HTTP: ${fmt(r.raw.qps)} lists/s  p50 ${fmt(r.raw.p50ms, 2)} ms`,
  );
  if (r.pgbenchTps) console.log(`  ceiling, pgbench -S (primary-key selects): ${fmt(r.pgbenchTps)} tps`);
  console.log(`  ratio HTTP / driver ceiling: ${fmt(r.ratio * 100, 1)} %`);
}

function printLarge(r: LargeProvinceBench) {
  console.log(
    `\n[${r.engine}] officer lists of a large province (${r.province}: ${fmt(r.products)} products, ${fmt(r.activeProducts)} active; ${fmt(r.activeProducers)} active producers; page 2, sort -updatedAt, status=active)`,
  );
  for (const l of r.lists) {
    console.log(
      `  ${l.name}\n  ${' '.repeat(9)} HTTP (wrk, ${r.connections} conns): ${fmt(l.http.rps)} req/s  p50 ${fmt(l.http.p50ms, 1)} ms  p99 ${fmt(l.http.p99ms, 1)} ms  errors ${l.http.errors}`,
    );
    console.log(
      `  ${' '.repeat(9)} HTTP, ${r.connections} warm keep-alive conns: ${fmt(l.steady.rps)} req/s  p50 ${fmt(l.steady.p50ms, 1)} ms  p99 ${fmt(l.steady.p99ms, 1)} ms  errors ${l.steady.errors}`,
    );
    console.log(
      `  ${' '.repeat(9)} ceiling, same calls through the driver, no HTTP: ${fmt(l.raw.qps)} lists/s  p50 ${fmt(l.raw.p50ms, 2)} ms  p99 ${fmt(l.raw.p99ms, 2)} ms  (ratio ${fmt(l.ratio * 100, 1)} %)`,
    );
    for (const [i, s] of l.plans.entries()) {
      const nodes = s.plan.filter((line) => /Scan|Sort|Limit|Aggregate|estimate|Execution Time/.test(line));
      console.log(`  ${' '.repeat(9)} statement ${i + 1}: ${nodes.map((n) => n.trim()).join(' | ')}`);
    }
  }
}

function printDossiers(r: DossierBench) {
  console.log(
    `\n[pglite] dossier queues over the national set (${fmt(r.dossiers)} dossiers, ${r.years.join('–')}; page 1 of 20 with its total; ${r.samples} calls each)`,
  );
  for (const q of r.queues) {
    console.log(`  ${q.name} — ${q.unit}: ${fmt(q.total)} dossiers`);
    console.log(
      `    listDossiers (the API's service): p50 ${fmt(q.service.p50ms, 2)} ms  p95 ${fmt(q.service.p95ms, 2)} ms`,
    );
    console.log(
      `    of which the repository's page and total statements: p50 ${fmt(q.repository.p50ms, 2)} ms  p95 ${fmt(q.repository.p95ms, 2)} ms`,
    );
    console.log(
      `    ceiling, one hand-written statement through the driver: p50 ${fmt(q.raw.p50ms, 2)} ms  p95 ${fmt(q.raw.p95ms, 2)} ms  (p95 ratio ${fmt(q.ratio, 2)}×)`,
    );
    const nodes = q.plan.filter((line) => /Scan|Sort|Limit|Join|Loop|Execution Time/.test(line));
    console.log(`    plan: ${nodes.map((n) => n.trim()).join(' | ')}`);
  }
}

function printRadar(r: RadarBench) {
  console.log(
    `\n[${r.engine}] expiry radar over the national set (${fmt(r.products)} products, ${fmt(r.certificates)} certificates; today ${r.today}; ${r.runs} calls each, in turn)`,
  );
  for (const c of r.cases) {
    console.log(
      `  ${c.name}: ${fmt(c.inRange)} current certificates in the radar's range, ${fmt(c.inGroups)} in a group`,
    );
    console.log(
      `    radar (counts by group, stars, commune): p50 ${fmt(c.radar.p50ms, 1)} ms  p95 ${fmt(c.radar.p95ms, 1)} ms;  ceiling, one count grouped by certificate_state(): p50 ${fmt(c.rawCount.p50ms, 1)} ms  p95 ${fmt(c.rawCount.p95ms, 1)} ms`,
    );
    console.log(
      `    radarList, first page of 50: p50 ${fmt(c.list.p50ms, 1)} ms  p95 ${fmt(c.list.p95ms, 1)} ms;  ceiling, one hand-written statement: p50 ${fmt(c.rawPage.p50ms, 1)} ms  p95 ${fmt(c.rawPage.p95ms, 1)} ms`,
    );
    for (const [name, plan] of Object.entries(c.plans)) {
      const nodes = plan.filter((line) => /Scan|Sort|Aggregate|Join|Loop|Execution Time/.test(line));
      console.log(`    ${name}: ${nodes.map((n) => n.trim()).join(' | ')}`);
    }
  }
}

function printJob(r: JobBench) {
  console.log(
    `\n[${r.engine}] daily lifecycle job over ${fmt(r.products)} products, ${fmt(r.certificates)} certificates (${fmt(r.validInHorizon)} valid with a last day before the first run's horizon); each series on a fresh copy`,
  );
  console.log(`  reading the candidates alone (chunks of 2,000): ${fmt(r.candidatesReadMs)} ms`);
  for (const [i, run] of r.runs.entries()) {
    const k = run.byKind;
    console.log(
      `  ${run.name}: ${fmt(run.ms)} ms, ${fmt(run.examined)} examined = ${fmt(run.examinedPerSecond)} certificates/s; ${fmt(run.recorded)} events (window ${fmt(k.windowOpened)}, 30-day ${fmt(k.expiryNotice)}, expired ${fmt(k.expired)}, lapsed ${fmt(k.lapsed)}), ${fmt(run.notices)} notices`,
    );
    const c = r.ceilings[i];
    if (c)
      console.log(
        `    ceiling, one INSERT … SELECT of the same events: ${fmt(c.ms, 1)} ms, ${fmt(c.inserted)} events`,
      );
  }
  console.log(`  the job and the ceiling recorded the same events: ${r.sameEvents ? 'yes' : 'NO'}`);
}

function printNotices(r: NoticesBench) {
  console.log(
    `\n[${r.engine}] ${fmt(r.notices)} producer notices through the outbox to an SMTP listener on 127.0.0.1`,
  );
  if (r.writeOneMs !== null) console.log(`  sendNotices, all in one transaction: ${fmt(r.writeOneMs)} ms`);
  else
    console.log(
      `  sendNotices, all in one transaction: failed (${r.writeOneError}); in chunks of 1,000: ${fmt(r.writeChunkedMs ?? 0)} ms`,
    );
  console.log(
    `  deliverDue through a channel that sends nothing (the claims and outcomes alone): ${fmt(r.databaseOnlyMs)} ms = ${fmt(r.notices / (r.databaseOnlyMs / 1000))} deliveries/s`,
  );
  for (const d of r.deliveries)
    console.log(
      `  deliverDue, SMTP_POOL_SIZE=${d.poolSize}: ${fmt(d.sent)} sent in ${fmt(d.ms)} ms = ${fmt(d.perSecond)} messages/s;  ceiling, nodemailer alone, same pool: ${fmt(d.ceilingMs)} ms = ${fmt(d.ceilingPerSecond)} messages/s (${fmt((d.perSecond / d.ceilingPerSecond) * 100, 1)} %)`,
    );
}

/** A database of its own for one part: on DATABASE_URL's server, or in a throwaway cluster. */
async function withPgDatabase<T>(name: string, run: (url: string) => Promise<T>): Promise<T> {
  const dir = join('/tmp', `ocop-bench-${name}-${process.pid}`);
  const base = process.env.DATABASE_URL ?? startPgCluster(dir);
  try {
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    if (!process.env.DATABASE_URL) await c.query(`CREATE DATABASE ${name}`);
    else await c.query(`CREATE DATABASE ${name}`).catch(() => undefined); // reused between runs
    await c.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    return await run(url.toString());
  } finally {
    if (!process.env.DATABASE_URL) stopPgCluster(dir);
  }
}

if (only.includes('cold')) {
  const cold = await benchColdStart();
  results.coldStart = cold;
  console.log(
    `\ncold start on an empty data folder (initdb, migrations, 14,165 units, demo data): ${fmt(cold.coldMs)} ms; warm restart ${fmt(cold.warmMs)} ms`,
  );
}
if (only.includes('pglite')) {
  const r = await benchOfficerList('pglite', { seconds });
  results.pglite = r;
  printList(r);
}
if (only.includes('postgres')) {
  const dir = join('/tmp', `ocop-bench-pg-${process.pid}`);
  const url = process.env.DATABASE_URL ?? startPgCluster(dir);
  try {
    const benchUrl = new URL(url);
    if (!process.env.DATABASE_URL) {
      const { default: pg } = await import('pg');
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query('CREATE DATABASE ocop_bench');
      await c.end();
      benchUrl.pathname = '/ocop_bench';
    }
    const r = await benchOfficerList('postgres', { pgUrl: benchUrl.toString(), seconds });
    results.postgres = r;
    printList(r);
  } finally {
    if (!process.env.DATABASE_URL) stopPgCluster(dir);
  }
}
if (only.includes('large-pglite')) {
  const r = await benchLargeProvince('pglite', { seconds });
  results.largePglite = r;
  printLarge(r);
}
if (only.includes('large-postgres')) {
  const r = await withPgDatabase('ocop_bench_large', (url) =>
    benchLargeProvince('postgres', { pgUrl: url, seconds }),
  );
  results.largePostgres = r;
  printLarge(r);
}
if (only.includes('import') || only.includes('search')) {
  const dir = join('/tmp', `ocop-bench-reg-${process.pid}`);
  const base = process.env.DATABASE_URL ?? startPgCluster(dir);
  try {
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    for (const name of ['ocop_bench_import', 'ocop_bench_search']) {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
    }
    await admin.end();
    const urlOf = (name: string) => {
      const u = new URL(base);
      u.pathname = `/${name}`;
      return u.toString();
    };
    if (only.includes('import')) {
      const r = await benchImport(urlOf('ocop_bench_import'));
      results.import = r;
      console.log(
        `\n[postgres] import of ${fmt(r.rows)} products from .xlsx: ${fmt(r.totalMs / 1000, 1)} s = ${fmt(r.rowsPerSecond)} rows/s (read ${fmt(r.readMs / 1000, 1)} s, validate ${fmt(r.validateMs / 1000, 1)} s, commit ${fmt(r.commitMs / 1000, 1)} s; ${fmt(r.created)} created)`,
      );
      console.log(
        `  ceiling, psql \\copy of the same rows: ${fmt(r.copyMs / 1000, 2)} s = ${fmt(r.copyRowsPerSecond)} rows/s`,
      );
    }
    if (only.includes('search')) {
      const r = await benchSearch(urlOf('ocop_bench_search'));
      results.search = r;
      console.log(
        `\n[postgres] accent-insensitive product search over ${fmt(r.products)} products (${r.samples} queries like "vai thieu"):`,
      );
      console.log(`  list API query: p50 ${fmt(r.listP50, 1)} ms, p95 ${fmt(r.listP95, 1)} ms`);
      console.log(
        `  list API query, names of places and producers ("ham rong", "hop tac xa"…): p50 ${fmt(r.placeP50, 1)} ms, p95 ${fmt(r.placeP95, 1)} ms`,
      );
      console.log(`  ceiling, raw full-text query: p50 ${fmt(r.ftsP50, 1)} ms, p95 ${fmt(r.ftsP95, 1)} ms`);
    }
  } finally {
    if (!process.env.DATABASE_URL) stopPgCluster(dir);
  }
}
if (only.includes('export')) {
  const r = await benchExport();
  results.export = r;
  console.log(
    `\n[pglite] export of a province's products with their life, JSON (${r.province}: ${fmt(r.rows)} products; median of ${r.runs})`,
  );
  console.log(`  export service: ${fmt(r.exportMs, 0)} ms  ${fmt(r.rowsPerSecond)} rows/s`);
  console.log(
    `  ceiling, one SQL statement of the same rows and facts through the driver, serialised: ${fmt(r.ceilingMs, 0)} ms  ${fmt(r.ceilingRowsPerSecond)} rows/s`,
  );
  console.log(`  ratio export / ceiling: ${fmt(r.ratio * 100, 1)} %`);
  console.log(
    `  worklist (page 1, total, counts per fact; ${fmt(r.worklist.total)} products with gaps): ${fmt(r.worklist.ms, 1)} ms; ceiling, one statement counting the same gaps: ${fmt(r.worklist.ceilingMs, 1)} ms (${fmt(r.worklist.ratio * 100, 1)} %)`,
  );
}

if (only.includes('scoring')) {
  const r = benchScoring();
  results.scoring = r;
  console.log(
    `\nscoring (QĐ 26/2026, ${fmt(r.sheets)} random sheets over the 26 sets, pre-compiled, one core):`,
  );
  console.log(
    `  scoreSheet: ${fmt(r.scoredPerSecond)} sheets/s; with the explanation (adviseNextStar): ${fmt(r.advisedPerSecond)} sheets/s`,
  );
  console.log(
    `  ceiling, a bare loop adding the chosen options' points: ${fmt(r.ceilingPerSecond)} sheets/s`,
  );
}
if (only.includes('click')) {
  const r = await benchClickToStar();
  results.clickToStar = r;
  console.log(
    `\nself-assessment page, click on an option → updated star and total (Chromium, ${r.clicks} clicks, no server round trip):`,
  );
  console.log(
    `  DOM updated: p50 ${fmt(r.p50ms, 2)} ms, p95 ${fmt(r.p95ms, 2)} ms, max ${fmt(r.maxMs, 2)} ms; next frame p50 ${fmt(r.frameP50ms, 2)} ms`,
  );
  console.log(
    `  floor, a click that only sets an attribute: p50 ${fmt(r.floorP50ms, 2)} ms; next frame p50 ${fmt(r.floorFrameP50ms, 2)} ms (the frame wait is the display's cadence)`,
  );
}
if (only.includes('phone')) {
  const r = await benchPhoneFirstView();
  results.phoneFirstView = r;
  console.log(
    `\nfirst view of the product list on an emulated cheap phone (${PHONE.viewport.width}×${PHONE.viewport.height}, CPU ${PHONE.cpuSlowdown}× slower, ${fmt(PHONE.downKbps / 1000, 1)} Mb/s down, ${PHONE.upKbps} kb/s up, ${PHONE.latencyMs} ms latency; empty cache; ${r.runs} runs, Chromium):`,
  );
  console.log(
    `  ${r.officer}, /app/san-pham to the first rows: median ${fmt(r.listMedianMs)} ms, max ${fmt(r.listMaxMs)} ms (goal < 3,000 ms); ${fmt(r.listBytes / 1000, 1)} kB over the wire in ${r.listRequests} requests`,
  );
  console.log(
    `  floor, an empty page from the same server: median ${fmt(r.floorMedianMs)} ms, max ${fmt(r.floorMaxMs)} ms`,
  );
}
if (only.includes('dossiers')) {
  const r = await benchDossiers();
  results.dossiers = r;
  printDossiers(r);
}
if (only.includes('dossier-pdf')) {
  const r = await benchDossierPdf();
  results.dossierPdf = r;
  console.log(
    `\n[pglite] a dossier's Mẫu 02 printed as PDF (${r.pages} pages, ${fmt(r.evidence)} evidence files in its annex; ${r.runs} prints, one core):`,
  );
  console.log(
    `  dossierFormPdf: median ${fmt(r.medianMs, 1)} ms, p95 ${fmt(r.p95Ms, 1)} ms (${fmt(r.medianMs / r.pages, 1)} ms a page)`,
  );
  console.log(
    `  floor, one blank A4 page from pdfkit: median ${fmt(r.floorMedianMs, 2)} ms, p95 ${fmt(r.floorP95Ms, 2)} ms`,
  );
}
if (only.includes('councils')) {
  const click = await benchMemberClick();
  results.memberClick = click;
  console.log(
    `\ncouncil member's sheet, click on an option → updated total and star (Chromium, ${MEMBER_PHONE.width}×${MEMBER_PHONE.height}, CPU ${MEMBER_PHONE.cpuSlowdown}× slower through CDP; ${click.clicks} clicks; goal < 16 ms):`,
  );
  console.log(
    `  DOM updated: p50 ${fmt(click.p50ms, 2)} ms, p95 ${fmt(click.p95ms, 2)} ms; next frame p50 ${fmt(click.frameP50ms, 2)} ms, p95 ${fmt(click.frameP95ms, 2)} ms`,
  );
  console.log(
    `  floor, a click that only sets an attribute, same throttle: p50 ${fmt(click.floorP50ms, 2)} ms, p95 ${fmt(click.floorP95ms, 2)} ms; next frame p50 ${fmt(click.floorFrameP50ms, 2)} ms`,
  );
  const closing: CloseSessionBench[] = [await benchCloseSession('pglite')];
  if (process.env.TEST_PG_URL) closing.push(await benchCloseSession('postgres'));
  results.closeSession = closing;
  for (const r of closing) {
    console.log(
      `\n[${r.engine}] the chair closes a ${r.products}-product session (${r.members} scoring members, ${r.members} sent sheets of set 7 per dossier; actOnItem closeItem, one after another):`,
    );
    console.log(
      `  closing all ${r.products}: ${fmt(r.closeAllMs)} ms (one dossier p50 ${fmt(r.closeP50ms, 1)} ms, p95 ${fmt(r.closeP95ms, 1)} ms)`,
    );
    console.log(
      `  ceiling, raw SQL reading the same sheets: ${fmt(r.rawAllMs, 1)} ms for all (one dossier p50 ${fmt(r.rawP50ms, 2)} ms); ratio ${fmt(r.ratio, 0)}×`,
    );
  }
}
if (only.includes('council-pdf')) {
  const r = await benchCouncilPdf();
  results.councilPdf = r;
  console.log(`\ncouncil documents printed as PDF (renderers alone, median of ${r.runs}, one core):`);
  console.log(
    `  minutes of a ${r.products}-product session: ${fmt(r.minutesMedianMs, 1)} ms (${fmt(r.minutesBytes / 1000)} kB); a certificate: ${fmt(r.certificateMedianMs, 1)} ms`,
  );
  console.log(`  floor, one blank A4 page from pdfkit: ${fmt(r.floorMedianMs, 2)} ms`);
}
if (only.includes('lifecycle-radar')) {
  const out: RadarBench[] = [];
  for (const engine of lifecycleEngines) {
    const r =
      engine === 'postgres'
        ? await withPgDatabase('ocop_bench_lifecycle', (url) =>
            benchLifecycleRadar('postgres', { pgUrl: url }),
          )
        : await benchLifecycleRadar('pglite');
    out.push(r);
    printRadar(r);
  }
  results.lifecycleRadar = out;
}
if (only.includes('lifecycle-job')) {
  const out: JobBench[] = [];
  for (const engine of lifecycleEngines) {
    console.log(
      `\n[${engine}] daily lifecycle job: loading ${fmt(JOB_PRODUCTS)} products when not loaded yet…`,
    );
    const r =
      engine === 'postgres'
        ? await withPgDatabase('ocop_bench_lifecycle_job', (url) =>
            benchLifecycleJob('postgres', { pgUrl: url }),
          )
        : await benchLifecycleJob('pglite');
    out.push(r);
    printJob(r);
  }
  results.lifecycleJob = out;
}
if (only.includes('lifecycle-notices')) {
  const out: NoticesBench[] = [];
  for (const engine of lifecycleEngines) {
    console.log(`\n[${engine}] ${fmt(NOTICES)} notices over SMTP…`);
    const r =
      engine === 'postgres'
        ? await withPgDatabase('ocop_bench_lifecycle', (url) =>
            benchLifecycleNotices('postgres', { pgUrl: url }),
          )
        : await benchLifecycleNotices('pglite');
    out.push(r);
    printNotices(r);
  }
  results.lifecycleNotices = out;
}
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
const file = join(
  ROOT,
  'bench',
  'results',
  `foundation-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults written to ${file}`);
