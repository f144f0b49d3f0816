// The demo world's dossiers: after the first seeding each of the four stages a
// newcomer should meet is there, built through the filing services — the commune's
// return names its items with reasons, the submitted dossier counts the commune's 15
// working days, Mẫu 03 is signed, the accepted one sits in the current round with its
// site visit — the export shows their stage, and seeding them again adds nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Grant } from '../../src/domain/access/policy.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { getDossier, listDossiers } from '../../src/server/modules/dossiers/dossier-view.service.ts';
import { exportRegistry } from '../../src/server/modules/registry/export.service.ts';
import { DEMO_DOSSIERS } from '../../src/server/seed/demo-dossier-data.ts';
import { seedDemoDossiers } from '../../src/server/seed/demo-dossiers.ts';
import { seedDemo } from '../../src/server/seed/demo-seed.ts';
import { makeDeps } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
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

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  deps.clock = fixedDateClock(TODAY);
  await seedDemo(deps);
});
after(() => tdb.drop());

const all = () => listDossiers(deps, NATION, { page: 1, pageSize: 50 });
async function dossierAt(stage: string) {
  const item = (await all()).items.find((i) => i.stage === stage);
  assert.ok(item, `a demo dossier at ${stage}`);
  return getDossier(deps, NATION, item.id);
}

describe('the demo world’s dossiers', () => {
  it('meet every role at one of four stages, one product each', async () => {
    const { items } = await all();
    assert.deepEqual(
      items.map((i) => `${i.productName}: ${i.stage}`).sort(),
      DEMO_DOSSIERS.map((d) => `${d.product}: ${d.stage}`).sort(),
    );
    for (const stage of ['submitted', 'returnedByCommune', 'communeChecked', 'advisoryReview'])
      assert.ok(
        items.some((i) => i.stage === stage),
        stage,
      );
  });

  it('the submitted one waits for its commune with 15 working days on the clock', async () => {
    const d = await dossierAt('submitted');
    assert.equal(d.receivedOn, TODAY);
    assert.ok(d.communeDeadline && d.communeDeadline.due > TODAY);
    assert.equal(d.communeDeadline.standing, 'open');
    assert.equal(d.communeDeadline.workingDaysLeft, 15);
    assert.deepEqual(d.gaps, []);
    assert.equal(d.selfAssessment?.status, 'final');
  });

  it('the returned one carries the commune’s reason for each item, still unanswered', async () => {
    const d = await dossierAt('returnedByCommune');
    assert.equal(d.returns.length, 1);
    const [r] = d.returns;
    assert.equal(r.byLevel, 'commune');
    assert.equal(r.answeredAt, null);
    assert.deepEqual(
      r.items.map((i) => i.item),
      ['samples', 'form02.business'],
    );
    for (const i of r.items) assert.ok(i.reason.length > 20, i.reason);
    assert.ok(d.communeDeadline?.due, 'the deadline counted from its submission stays on record');
    assert.match(
      d.statusHistory.find((h) => h.event === 'returnToProducer')?.reason ?? '',
      /Mẫu sản phẩm: Mẫu chưa dán nhãn/,
    );
  });

  it('the checked one holds a signed Mẫu 03; the reviewed one is in the current round with its site visit', async () => {
    const checked = await dossierAt('communeChecked');
    assert.equal(checked.form03?.signerTitle, `Chủ tịch UBND ${checked.communeName}`);
    assert.ok(Object.values(checked.form03!.items).every((i) => i.met && i.note));
    const reviewed = await dossierAt('advisoryReview');
    assert.deepEqual(
      [reviewed.round?.no, reviewed.round?.year, reviewed.round?.proposalsBy],
      [1, 2027, '2027-04-30'],
    );
    assert.deepEqual(
      reviewed.reviews.map((r) => [r.kind, r.on]),
      [['siteVisit', TODAY]],
    );
    assert.deepEqual(reviewed.statusHistory.map((h) => h.event).reverse(), [
      'submit',
      'checkAtCommune',
      'accept',
      'startAdvisoryReview',
    ]);
  });

  it('the export of products shows each open dossier’s stage (a recognised one is closed)', async () => {
    const file = await exportRegistry(deps, NATION, 'products', {}, 'name', 'json');
    const rows = JSON.parse(new TextDecoder().decode(file.body)) as { name: string; stage: string | null }[];
    for (const d of DEMO_DOSSIERS)
      assert.equal(
        rows.find((r) => r.name === d.product)?.stage,
        d.stage === 'recognised' ? null : d.stage,
        d.product,
      );
  });

  it('seeding the dossiers again adds nothing', async () => {
    const before = (await all()).items.map((i) => `${i.id} ${i.stage}`).sort();
    await seedDemoDossiers(deps);
    assert.deepEqual((await all()).items.map((i) => `${i.id} ${i.stage}`).sort(), before);
  });
});
