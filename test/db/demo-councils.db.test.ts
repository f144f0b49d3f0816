// The demo world's council: after the first seeding Thanh Hóa's council sits with its six
// members; its closed session has scored three products (one member re-scored once),
// the province's signed decision has issued numbered certificates that the export of
// products shows, the 90-point product waits at the centre, and the open session waits
// for exactly one sheet — hoidong@'s, which that login finds editable. Seeding again
// adds nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import type { Grant } from '../../src/domain/access/policy.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import {
  certificates,
  councilMembers,
  councilSessions,
  councilSheets,
  decisions,
  dossiers,
  sessionItems,
} from '../../src/server/db/schema/index.ts';
import { mySheet } from '../../src/server/modules/councils/sheets.service.ts';
import { getSession } from '../../src/server/modules/councils/sessions.service.ts';
import { listDossiers } from '../../src/server/modules/dossiers/dossier-view.service.ts';
import { exportRegistry } from '../../src/server/modules/registry/export.service.ts';
import {
  DEMO_COUNCIL_MEMBERS,
  DEMO_DECISION,
  DEMO_SESSIONS,
} from '../../src/server/seed/demo-council-data.ts';
import { seedDemoCouncils } from '../../src/server/seed/demo-councils.ts';
import { personOf, seedDemoDossiers } from '../../src/server/seed/demo-dossiers.ts';
import { DEMO_COUNCIL_ID, demoLogins, seedDemo } from '../../src/server/seed/demo-seed.ts';
import { makeDeps } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let db: AppDeps['database']['db'];
const NATION: Grant = {
  id: 'nation',
  role: 'central_officer',
  scopeKind: 'nation',
  unitId: null,
  unitLevel: null,
  producerId: null,
  councilId: null,
  roundId: null,
};
const TODAY = '2026-12-03';
const [CLOSED, OPEN] = DEMO_SESSIONS;

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  deps.clock = fixedDateClock(TODAY);
  await seedDemo(deps);
  db = deps.database.db;
});
after(() => tdb.drop());

const sessionTitled = async (title: string) =>
  (await db.select().from(councilSessions).where(eq(councilSessions.title, title)))[0];
const stagesOf = async () =>
  new Map((await listDossiers(deps, NATION, { page: 1, pageSize: 50 })).items.map((i) => [i.productName, i]));

describe('the demo world’s council', () => {
  it('sits with its six members, each an account printed with the demo logins', async () => {
    const seated = await db
      .select()
      .from(councilMembers)
      .where(eq(councilMembers.councilId, DEMO_COUNCIL_ID));
    assert.equal(seated.length, DEMO_COUNCIL_MEMBERS.length);
    const logins = new Set((await demoLogins(deps)).map((l) => l.email));
    for (const m of DEMO_COUNCIL_MEMBERS) assert.ok(logins.has(m.email), m.email);
  });

  it('closed its first session: three dossiers scored, one member re-scored once', async () => {
    const s = await sessionTitled(CLOSED.title(2026));
    assert.equal(s?.status, 'closed');
    const items = await db.select().from(sessionItems).where(eq(sessionItems.sessionId, s.id));
    assert.equal(items.length, CLOSED.items.length);
    assert.ok(items.every((i) => i.status === 'closed' && i.score !== null));
    const sheets = await db
      .select()
      .from(councilSheets)
      .where(
        inArray(
          councilSheets.itemId,
          items.map((i) => i.id),
        ),
      );
    assert.equal(sheets.filter((x) => x.pass === 1).length, CLOSED.items.length * 5, 'five scoring members');
    assert.ok(sheets.filter((x) => x.pass === 2).length >= 1, 'a re-scoring sheet');
    assert.ok(sheets.every((x) => x.status === 'locked'));
  });

  it('issued numbered certificates from the signed, published decision, shown by the export', async () => {
    const [decision] = await db.select().from(decisions).where(eq(decisions.number, DEMO_DECISION.number));
    assert.equal(decision?.status, 'published');
    assert.equal(decision.signedOn, TODAY);
    const issued = await db.select().from(certificates).where(eq(certificates.decisionId, decision.id));
    const decided = CLOSED.items.filter((i) => i.after === 'decision');
    assert.equal(issued.length, decided.length);
    assert.ok(issued.every((c) => /^\d{3}\/2026\/GCN-OCOP$/.test(c.certificateNo ?? '')));
    const file = await exportRegistry(deps, NATION, 'products', {}, 'name', 'json');
    const rows = JSON.parse(new TextDecoder().decode(file.body)) as {
      name: string;
      stars: number | null;
      certificate: { number: string | null; decisionNumber: string } | null;
    }[];
    const stages = await stagesOf();
    for (const d of decided) {
      const row = rows.find((r) => r.name === d.product);
      assert.match(row?.certificate?.number ?? '', /GCN-OCOP/, d.product);
      assert.equal(row?.certificate?.decisionNumber, DEMO_DECISION.number);
      assert.equal(row?.stars, d.stars, d.product);
      assert.equal(stages.get(d.product)?.stage, 'recognised');
    }
  });

  it('forwarded the product scoring 90 or more to the centre', async () => {
    const forwarded = CLOSED.items.find((i) => i.after === 'forwardToCentre')!;
    const item = (await stagesOf()).get(forwarded.product);
    assert.equal(item?.stage, 'forwardedToCentre');
    const [d] = await db.select().from(dossiers).where(eq(dossiers.id, item!.id));
    assert.ok(Number(d.score) >= 90, `score ${d.score}`);
  });

  it('keeps an open session where exactly hoidong@’s sheet is missing, editable from that login', async () => {
    const s = await sessionTitled(OPEN.title(2026));
    assert.equal(s?.status, 'scoring');
    const member = await personOf(db, 'hoidong@demo.ocop.vn', (g) => g.councilId === DEMO_COUNCIL_ID);
    const view = await getSession(deps, member.grant, member.actor, s.id);
    assert.equal(view.items.length, 1);
    const [item] = view.items;
    assert.deepEqual(item.missing, [view.me?.id]);
    assert.equal(item.sent.length, 4);
    assert.equal(item.myStatus, 'toScore');
    const sheet = await mySheet(deps, member.grant, member.actor, item.id);
    assert.equal(sheet.editable, true);
    assert.equal(sheet.sheet.status, 'draft');
  });

  it('seeding again adds nothing', async () => {
    const count = async () => ({
      sessions: (await db.select().from(councilSessions)).length,
      sheets: (await db.select().from(councilSheets)).length,
      dossiers: (await db.select().from(dossiers)).length,
      certificates: (await db.select().from(certificates)).length,
    });
    const before = await count();
    await seedDemoDossiers(deps);
    await seedDemoCouncils(deps);
    assert.deepEqual(await count(), before);
  });
});
