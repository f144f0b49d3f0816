// A producer's self-assessment over HTTP: opened for a year with the rubric in force,
// saved as drafts (answers checked by name, concurrent saves refused), evidence per
// criterion, PDF, finalised, reused next year; officers of the unit see it, others not.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { producerWorkforce } from '../../src/server/db/schema/index.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { readPdf } from '../support/pdf.ts';
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
const printed = async (session: Session, id: string) => {
  const res = await app.request(`/api/self-assessments/${id}/pdf`, { headers: { cookie: session.cookie } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  return readPdf(Buffer.from(await res.arrayBuffer()));
};
/** every page numbered "Trang x/y" of the real count, none blank, the signature block of Mẫu 02 at the end */
function assertPrintedForm(pdf: { pages: number; text: string[] }) {
  assert.equal(pdf.text.length, pdf.pages);
  pdf.text.forEach((page, i) => {
    assert.match(page, new RegExp(`Trang ${i + 1}/${pdf.pages} · In ngày`), `page ${i + 1} is numbered`);
    assert.match(page.replace(/Trang \d+\/\d+ · In ngày.*/, ''), /\S/, `page ${i + 1} is not blank`);
  });
  const last = pdf.text.at(-1)!;
  assert.match(last, /…+, ngày …+ tháng …+ năm …+/);
  assert.match(last, /ĐẠI DIỆN TỔ CHỨC\/CÁ NHÂN/);
  assert.match(last, /\(Ký, ghi rõ họ tên, đóng dấu nếu có\)/);
}
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
  it('a blank sheet predicts no star: in the reply, the list and the print', async () => {
    const r = await call(app, `/api/self-assessments/${id}`, { session: S.producer });
    assert.equal(r.json.result.stars, 1, 'the score alone reads 0 points as 1★');
    assert.deepEqual(
      [
        r.json.prediction.stars,
        r.json.prediction.answered,
        r.json.prediction.blocked,
        r.json.prediction.shortfall,
      ],
      [null, 0, [], null],
    );
    assert.ok(r.json.prediction.applicable > 20);
    const list = await call(app, '/api/self-assessments', { session: S.producer });
    assert.equal(list.json.items[0].stars, null);
    const pdf = await printed(S.producer, id);
    assertPrintedForm(pdf);
    const text = pdf.text.join('\n');
    assert.match(text, /Dự kiến hạng: chưa có dự kiến \(chưa trả lời tiêu chí nào\)/);
    assert.doesNotMatch(text, /Dự kiến hạng: \d sao|còn thiếu|chưa đạt mức tối thiểu/);
    assert.match(text, /Chưa trả lời — 0\/\d+ điểm/);
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
  it('the filled sheet prints as a PDF: numbered pages, none blank, the signature block at the end', async () => {
    const res = await app.request(`/api/self-assessments/${id}/pdf`, {
      headers: { cookie: S.producer.cookie },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    assert.ok(bytes.length > 20_000, `a PDF with the embedded font, got ${bytes.length} bytes`);
    const pdf = readPdf(bytes);
    assertPrintedForm(pdf);
    assert.match(pdf.text.join('\n'), /Dự kiến hạng: 5 sao/);
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

describe('self-assessment: what blocks the next star, said rightly', () => {
  const { set } = setOf('qd26-2026', 7);
  let id: string;
  it('points suffice but a marker blocks: the marker is named, not "0 points short", in the reply and the print', async () => {
    const opened = await call(app, '/api/self-assessments', {
      session: S.producer,
      body: { productId, year: 2025, reusePrevious: false },
    });
    assert.equal(opened.status, 201, opened.text);
    id = opened.json.id;
    const r = await call(app, `/api/self-assessments/${id}`, {
      method: 'PUT',
      session: S.producer,
      body: {
        answers: { ...bestAnswers(set), '1.1': 0, '4.1': 1 },
        facts: { hasStory: true },
        expectedUpdatedAt: opened.json.updatedAt,
      },
    });
    assert.equal(r.status, 200, r.text);
    assert.ok(r.json.result.bandStars >= 4, 'the points are there');
    assert.equal(r.json.prediction.stars, 2);
    assert.deepEqual(r.json.prediction.shortfall, {
      target: 3,
      points: 0,
      markers: ['1.1', '4.1'],
      reachable: true,
    });
    // 4.1 has markers for 3★, 4★ and 5★: one entry with the three levels
    assert.deepEqual(
      r.json.prediction.blocked.map((b: { criterion: string; needs: { level: number }[] }) => [
        b.criterion,
        b.needs.map((n) => n.level),
      ]),
      [
        ['1.1', [3]],
        ['4.1', [3, 4, 5]],
      ],
    );
    const pdf = await printed(S.producer, id);
    assertPrintedForm(pdf);
    // lines as printed wrap anywhere: read the text as one line
    const text = pdf.text.join('\n').replace(/\s+/g, ' ');
    assert.match(text, /Để đạt 3 sao: đã đủ điểm, nhưng tiêu chí 1\.1, 4\.1 chưa đạt mức tối thiểu/);
    assert.doesNotMatch(text, /còn thiếu 0 điểm/);
    assert.match(
      text,
      /Tiêu chí 4\.1 .*— cần mức 2 cho 3 sao, mức 3 cho 4 sao, mức 4 cho 5 sao \(đang chọn mức 1\)/,
    );
    assert.equal(text.match(/• Tiêu chí 4\.1 /g)?.length, 1, '4.1 is listed once');
  });
  it('"meets none" on a criterion that does not apply is not kept: the sheet stays unassessed', async () => {
    const sheet = await call(app, `/api/self-assessments/${id}`, { session: S.producer });
    const r = await call(app, `/api/self-assessments/${id}`, {
      method: 'PUT',
      session: S.producer,
      body: { answers: { '5.2': 0 }, facts: { hasStory: false }, expectedUpdatedAt: sheet.json.updatedAt },
    });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.answers, {});
    assert.equal(r.json.prediction.stars, null);
    const list = await call(app, '/api/self-assessments?year=2025', { session: S.producer });
    assert.equal(list.json.items[0].stars, null);
  });
});
