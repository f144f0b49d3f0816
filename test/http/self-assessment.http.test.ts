// A producer's self-assessment over HTTP: opened for a year with the rubric in force,
// saved as drafts (answers checked by name, concurrent saves refused), evidence per
// criterion, PDF, finalised, reused next year; officers of the unit see it, others not.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { producerWorkforce } from '../../src/server/db/schema/index.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { bestAnswers, setOf } from '../support/rubrics.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
const S: Record<string, Session> = {};
let productId: string;
let producerId: string;
const HAM_RONG = unit('14758');

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  app = createApp(deps);
  const producer = await seedProducerInUnit(deps, HAM_RONG, { products: ['Nem chua Hàm Rồng'] });
  productId = producer.productIds[0];
  producerId = producer.id;
  const users = {
    producer: await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId: producer.id }]),
    province: await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]),
    otherProvince: await seedUser(deps, [
      { role: 'province_officer', scopeKind: 'unit', unitId: unit('01') },
    ]),
  };
  for (const [k, u] of Object.entries(users)) S[k] = await login(app, u.email);
});
after(() => tdb.drop());

const evidence = (session: Session, id: string, criterion: string, bytes: Uint8Array, name: string) => {
  const form = new FormData();
  form.append('criterion', criterion);
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return app.request(`/api/self-assessments/${id}/evidence`, {
    method: 'POST',
    body: form,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
  });
};
const PDF_BYTES = new TextEncoder().encode(
  '%PDF-1.4\n% phiếu kiểm nghiệm\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n',
);

describe('self-assessment', () => {
  let id: string;
  let updatedAt: string;
  it('the producer opens a sheet for 2026: the rubric in force (QĐ 26/2026) and the product set', async () => {
    const r = await call(app, '/api/self-assessments', {
      session: S.producer,
      body: { productId, year: 2026 },
    });
    assert.equal(r.status, 201, r.text);
    assert.deepEqual(
      [r.json.rubric.id, r.json.procedureVersionId, r.json.setNo, r.json.result.total, r.json.status],
      ['qd26-2026', 'r26_2026', 7, 0, 'draft'],
    );
    id = r.json.id;
    updatedAt = r.json.updatedAt;
    assertError(
      await call(app, '/api/self-assessments', { session: S.producer, body: { productId, year: 2026 } }),
      409,
      'ASSESSMENT_EXISTS',
    );
  });
  it('the sheet of the set comes with its rules; saving best answers gives 100 and 5★', async () => {
    const sheet = await call(app, '/api/rubrics/qd26-2026/sets/7', { session: S.producer });
    assert.equal(sheet.json.set.no, 7);
    assert.ok(sheet.json.rules.rules.some((r: { id: string }) => r.id === 'imported-materials'));
    const r = await call(app, `/api/self-assessments/${id}`, {
      method: 'PUT',
      session: S.producer,
      body: {
        answers: bestAnswers(setOf('qd26-2026', 7).set),
        facts: { hasStory: true },
        comments: { '1.1': 'Thịt lợn mua của 12 hộ trong xã' },
        expectedUpdatedAt: updatedAt,
      },
    });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual([r.json.result.total, r.json.result.stars, r.json.advice.targetStars], [100, 5, null]);
    assert.equal(r.json.comments['1.1'], 'Thịt lợn mua của 12 hộ trong xã');
    assertError(
      await call(app, `/api/self-assessments/${id}`, {
        method: 'PUT',
        session: S.producer,
        body: { answers: {}, expectedUpdatedAt: updatedAt },
      }),
      409,
      'CONFLICT',
    );
    updatedAt = r.json.updatedAt;
  });
  it('the local-labour share from the workforce records is suggested for 3.3 (commune level under QĐ 26/2026)', async () => {
    const none = await call(app, `/api/self-assessments/${id}`, { session: S.producer });
    assert.deepEqual(none.json.suggestions, [], 'no workforce recorded, no suggestion');
    await tdb.database.db.insert(producerWorkforce).values([
      { producerId, unitId: HAM_RONG, unitVersionId: 'vn-2tier-2025', workers: 12, asOf: '2026-06-30' },
      { producerId, unitId: unit('06652'), unitVersionId: 'vn-2tier-2025', workers: 3, asOf: '2026-06-30' },
    ]);
    const r = await call(app, `/api/self-assessments/${id}`, { session: S.producer });
    assert.deepEqual(
      r.json.suggestions.map(
        (x: { criterion: string; position: number; basis: { percent: number; level: string } }) => [
          x.criterion,
          x.position,
          x.basis.percent,
          x.basis.level,
        ],
      ),
      [['3.3', 3, 80, 'commune']],
    );
  });
  it('bad answers are refused naming the criterion, never saved as zero', async () => {
    for (const [answers, criterion] of [
      [{ '9.9': 1 }, '9.9'],
      [{ '1.1': 9 }, '1.1'],
      [{ '1.1': [1, 2] }, '1.1'],
    ] as const) {
      const r = await call(app, `/api/self-assessments/${id}`, {
        method: 'PUT',
        session: S.producer,
        body: { answers, expectedUpdatedAt: updatedAt },
      });
      assertError(r, 400, 'SCORING_INVALID');
      assert.equal(r.json.error.details.criterion, criterion);
    }
    const story = await call(app, `/api/self-assessments/${id}`, {
      method: 'PUT',
      session: S.producer,
      body: { answers: { '5.2': 2 }, facts: { hasStory: false }, expectedUpdatedAt: updatedAt },
    });
    assertError(story, 400, 'SCORING_INVALID');
    assert.equal(story.json.error.details.criterion, '5.2');
  });
  it('evidence: a PDF is kept per criterion, a disguised file is refused, the file comes back', async () => {
    const ok = await evidence(S.producer, id, '1.1', PDF_BYTES, 'Phiếu kiểm nghiệm.pdf');
    assert.equal(ok.status, 201, await ok.clone().text());
    const stored = await ok.json();
    assert.equal(stored.mime, 'application/pdf');
    const bad = await evidence(S.producer, id, '1.1', new TextEncoder().encode('MZ not a pdf'), 'virus.pdf');
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).error.code, 'EVIDENCE_TYPE');
    const wrong = await evidence(S.producer, id, '99.1', PDF_BYTES, 'a.pdf');
    assert.equal((await wrong.json()).error.code, 'SCORING_INVALID');
    const back = await call(app, stored.url, { session: S.province });
    assert.equal(back.status, 200);
    assert.ok(back.text.startsWith('%PDF-'));
  });
  it('the filled sheet prints as a PDF', async () => {
    const res = await app.request(`/api/self-assessments/${id}/pdf`, {
      headers: { cookie: S.producer.cookie },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    assert.ok(bytes.length > 20_000, `a PDF with the embedded font, got ${bytes.length} bytes`);
  });
  it('officers of the province see the sheet; another province gets 404; only editors save', async () => {
    const list = await call(app, '/api/self-assessments', { session: S.province });
    assert.equal(list.json.total, 1);
    assert.equal(list.json.items[0].stars, 5);
    assertError(
      await call(app, `/api/self-assessments/${id}`, { session: S.otherProvince }),
      404,
      'NOT_FOUND',
    );
    assert.equal((await call(app, '/api/self-assessments', { session: S.otherProvince })).json.total, 0);
  });
  it('final sheets are read-only until reopened; next year reuses answers and evidence', async () => {
    const fin = await call(app, `/api/self-assessments/${id}/status`, {
      session: S.producer,
      body: { status: 'final' },
    });
    assert.equal(fin.json.status, 'final');
    assert.deepEqual(fin.json.actions, ['view', 'reopen']);
    assert.deepEqual(
      fin.json.statusHistory.map((h: { event: string; toStatus: string }) => [h.event, h.toStatus]),
      [['finalise', 'final']],
    );
    // a move the sheet's table does not have is refused, naming it, instead of passing silently
    const twice = await call(app, `/api/self-assessments/${id}/status`, {
      session: S.producer,
      body: { status: 'final' },
    });
    assertError(twice, 409, 'WORKFLOW_NO_TRANSITION');
    assert.match(twice.json.error.message, /hoàn tất phiếu.*đã hoàn tất/);
    assertError(
      await call(app, `/api/self-assessments/${id}`, {
        method: 'PUT',
        session: S.producer,
        body: { answers: {}, expectedUpdatedAt: fin.json.updatedAt },
      }),
      409,
      'ASSESSMENT_FINAL',
    );
    const next = await call(app, '/api/self-assessments', {
      session: S.producer,
      body: { productId, year: 2027 },
    });
    assert.equal(next.status, 201, next.text);
    assert.equal(next.json.copiedFrom, id);
    assert.equal(next.json.result.total, 100);
    assert.equal(next.json.evidence.length, 1);
    const history = await call(app, `/api/products/${productId}/history`, { session: S.producer });
    assert.ok(history.json.items.some((h: { action: string }) => h.action === 'self_assessment.saved'));
  });
});
