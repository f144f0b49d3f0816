// An upgrade dossier the next year reuses what the producer already gave: the product
// holds a 3★ certificate in force; its producer opens an upgrade dossier (a first one
// is refused), fills the forms, answers the year's sheet with evidence, and withdraws
// to improve the packaging. A year later the new sheet starts from last year's answers
// and evidence, and the new upgrade dossier from the withdrawn one's forms: nothing is
// typed again, the commitment is asked again, and the food-safety paper that expired
// meanwhile is flagged.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { certificates, producerDocuments } from '../../src/server/db/schema/index.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { bestAnswers, setOf } from '../support/rubrics.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
let session: Session;
let productId: string;
const PDF_BYTES = new TextEncoder().encode(
  '%PDF-1.4\n% phiếu kiểm nghiệm\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n',
);

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  deps.clock = fixedDateClock('2027-03-01');
  app = createApp(deps);
  const producer = await seedProducerInUnit(deps, unit('14758'), { products: ['Chè lam Phủ Quảng'] });
  productId = producer.productIds[0];
  await deps.database.db.insert(certificates).values({
    productId,
    stars: 3,
    decisionNo: '1234/QĐ-UBND',
    decisionDate: '2026-06-30',
    issuer: 'Chủ tịch UBND tỉnh Thanh Hóa',
    procedureVersionId: 'r148',
    validFrom: '2026-06-30',
    validUntil: '2029-06-30',
    status: 'valid',
  });
  await deps.database.db.insert(producerDocuments).values([
    { producerId: producer.id, kind: 'business_registration', number: '2801888999', issuedOn: '2015-04-01' },
    { producerId: producer.id, kind: 'food_safety', number: '07/2024/ATTP', validUntil: '2027-09-30' },
  ]);
  const user = await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId: producer.id }]);
  session = await login(app, user.email);
});
after(() => tdb.drop());

const forms = {
  form01: {
    representative: 'Đỗ Văn Lâm',
    title: 'Chủ nhiệm HTX',
    phone: '0915222333',
    email: null,
    commitment: true,
  },
  general: {
    foundedYear: 2012,
    members: 15,
    workers: 22,
    facilities: 'Xưởng 300 m², lò rang',
    productDescription: 'Chè lam gừng, mạch nha',
    rawMaterials: 'Gạo nếp, gừng, mạch nha của các hộ trong xã',
    process: 'Rang, giã, trộn, nén khuôn',
  },
  business: [{ year: 2026, output: '6 tấn', revenue: 900, profit: 120 }],
  plan: { goals: 'Đạt 4 sao', markets: 'Hà Nội, Thanh Hóa', investments: 'Bao bì mới' },
};

async function evidence(sheetId: string) {
  const form = new FormData();
  form.append('criterion', '1.1');
  form.append('file', new File([PDF_BYTES as Uint8Array<ArrayBuffer>], 'Hợp đồng thu mua nếp.pdf'));
  const res = await app.request(`/api/self-assessments/${sheetId}/evidence`, {
    method: 'POST',
    body: form,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
  });
  assert.equal(res.status, 201, await res.text());
}

describe('an upgrade dossier the year after', () => {
  let first: string;
  let sheet2027: string;
  it('is opened for a certified product (a first dossier is refused), filled and withdrawn', async () => {
    assertError(
      await call(app, '/api/dossiers', { session, body: { productId, kind: 'first' } }),
      409,
      'DOSSIER_KIND_MISMATCH',
    );
    const d = await call(app, '/api/dossiers', { session, body: { productId, kind: 'upgrade' } });
    assert.equal(d.status, 201, d.text);
    first = d.json.id;
    const saved = await call(app, `/api/dossiers/${first}`, {
      method: 'PUT',
      session,
      body: { version: 1, ...forms },
    });
    assert.equal(saved.status, 200, saved.text);
    const sheet = await call(app, '/api/self-assessments', { session, body: { productId, year: 2027 } });
    sheet2027 = sheet.json.id;
    const put = await call(app, `/api/self-assessments/${sheet2027}`, {
      method: 'PUT',
      session,
      body: {
        answers: bestAnswers(setOf('qd26-2026', sheet.json.setNo).set),
        facts: { hasStory: true },
        expectedUpdatedAt: sheet.json.updatedAt,
      },
    });
    assert.equal(put.status, 200, put.text);
    await evidence(sheet2027);
    const withdrawn = await call(app, `/api/dossiers/${first}/events`, {
      session,
      body: { event: 'withdraw' },
    });
    assert.equal(withdrawn.json.stage, 'withdrawn');
  });

  it('a year later starts from last year’s sheet and forms; the expired paper and the commitment are asked again', async () => {
    deps.clock = fixedDateClock('2028-02-01');
    const sheet = await call(app, '/api/self-assessments', { session, body: { productId, year: 2028 } });
    assert.equal(sheet.status, 201, sheet.text);
    assert.deepEqual([sheet.json.copiedFrom, sheet.json.evidence.length], [sheet2027, 1]);
    const d = await call(app, '/api/dossiers', { session, body: { productId, kind: 'upgrade' } });
    assert.equal(d.status, 201, d.text);
    const next = (await call(app, `/api/dossiers/${d.json.id}`, { session })).json;
    assert.equal(next.copiedFrom, first);
    assert.deepEqual(next.general, forms.general);
    assert.deepEqual(next.business, forms.business);
    assert.deepEqual(next.plan, forms.plan);
    assert.deepEqual({ ...next.form01, commitment: true }, forms.form01);
    assert.equal(next.form01.commitment, false);
    assert.equal(next.selfAssessment.id, sheet.json.id);
    assert.equal(next.papers.find((p: { kind: string }) => p.kind === 'food_safety').standing, 'expired');
    const gaps = next.gaps.map(
      (g: { item: string; code: string; field?: string }) => `${g.item}:${g.code}:${g.field ?? ''}`,
    );
    for (const g of [
      'form01:incomplete:commitment',
      'papers:expired:food_safety 07/2024/ATTP',
      'samples:missing:',
    ])
      assert.ok(gaps.includes(g), `${g} in ${gaps.join(', ')}`);
    assert.ok(!gaps.some((g: string) => /^form02\.(general|business|plan)/.test(g)), gaps.join(', '));
  });
});
