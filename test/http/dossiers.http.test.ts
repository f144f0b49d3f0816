// A dossier from the producer to the council's door over HTTP: opened from the
// producer's contacts, refused while incomplete (each gap named), submitted with the
// commune's 15 working days counted across Tết, returned with a reason per item and
// resubmitted, checked on Mẫu 03, returned by the province and sent back, accepted
// into the round the procedure gives, reviewed by the advisory group (site visit, a
// test and its lab report checked by its bytes, the report), and put to the council.
// Each role sees its queue; another commune's officer sees nothing; every move is on
// the timeline.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { producerDocuments } from '../../src/server/db/schema/index.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { NEM_CHUA_FORMS, samplesOn } from '../support/dossier-forms.ts';
import { bestAnswers, setOf } from '../support/rubrics.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
const S: Record<string, Session> = {};
let productId: string;
let producerId: string;

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  // received on Monday 1/2/2027: Tết Đinh Mùi (Friday 5/2 – Thursday 11/2, the Labour Code's days
  // with the weekend's make-up days) lies inside the commune's 15 working days, which end on 1/3, not 19/2
  deps.clock = fixedDateClock('2027-02-01');
  app = createApp(deps);
  const producer = await seedProducerInUnit(deps, unit('14758'), { products: ['Nem chua Hàm Rồng'] });
  const other = await seedProducerInUnit(deps, unit('14797'), { products: ['Bánh gai'] });
  productId = producer.productIds[0];
  producerId = producer.id;
  const users = {
    producer: await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId }]),
    commune: await seedUser(deps, [
      { role: 'commune_officer', scopeKind: 'unit', unitId: producer.place.scopeCommuneId! },
    ]),
    otherCommune: await seedUser(deps, [
      { role: 'commune_officer', scopeKind: 'unit', unitId: other.place.scopeCommuneId! },
    ]),
    province: await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]),
  };
  assert.notEqual(producer.place.scopeCommuneId, other.place.scopeCommuneId);
  for (const [k, u] of Object.entries(users)) S[k] = await login(app, u.email);
});
after(() => tdb.drop());

const event = (session: Session, id: string, body: object) =>
  call(app, `/api/dossiers/${id}/events`, { session, body });

const form03 = {
  items: {
    originAndRawMaterial: { met: true, note: 'Thịt lợn của các hộ trong xã' },
    localLabour: { met: true, note: '' },
    ideaOrigin: { met: true, note: 'Nghề truyền thống của phường' },
    localIdentity: { met: true, note: '' },
  },
  proposal: 'Đề nghị UBND tỉnh đánh giá, phân hạng sản phẩm',
  signer: 'Lê Văn Bình',
  signerTitle: 'Chủ tịch UBND phường',
};

describe('a first dossier to the council', () => {
  let id: string;
  let version: number;
  it('the producer opens it; a second open dossier and an upgrade without a certificate are refused', async () => {
    assertError(
      await call(app, '/api/dossiers', { session: S.producer, body: { productId, kind: 'upgrade' } }),
      409,
      'DOSSIER_KIND_MISMATCH',
    );
    const r = await call(app, '/api/dossiers', { session: S.producer, body: { productId, kind: 'first' } });
    assert.equal(r.status, 201, r.text);
    id = r.json.id;
    assertError(
      await call(app, '/api/dossiers', { session: S.producer, body: { productId, kind: 'first' } }),
      409,
      'DOSSIER_OPEN_EXISTS',
    );
    const d = await call(app, `/api/dossiers/${id}`, { session: S.producer });
    assert.equal(d.status, 200, d.text);
    assert.deepEqual(
      [d.json.stage, d.json.kind, d.json.procedureVersionId, d.json.year],
      ['draft', 'first', 'r26_2026', 2027],
    );
    assert.ok(d.json.actions.includes('submit') && d.json.actions.includes('edit'));
    version = d.json.version;
  });

  it('submitting an incomplete dossier is refused with every gap named', async () => {
    const r = await event(S.producer, id, { event: 'submit' });
    assertError(r, 422, 'DOSSIER_INCOMPLETE');
    const gaps = (r.json.error.details.gaps as { item: string; code: string }[]).map(
      (g) => `${g.item}:${g.code}`,
    );
    for (const g of [
      'form02.general:missing',
      'form02.business:missing',
      'form02.plan:missing',
      'form02.selfAssessment:missing',
      'papers:noRegistration',
      'samples:missing',
    ])
      assert.ok(gaps.includes(g), `${g} in ${gaps.join(', ')}`);
  });

  it('another commune’s officer cannot see it; nobody but the producer submits', async () => {
    assertError(await call(app, `/api/dossiers/${id}`, { session: S.otherCommune }), 404, 'NOT_FOUND');
    assertError(await event(S.commune, id, { event: 'submit' }), 403, 'FORBIDDEN');
  });

  it('the producer fills the forms, finalises the sheet and records papers and samples; the dossier submits', async () => {
    const stale = await call(app, `/api/dossiers/${id}`, {
      method: 'PUT',
      session: S.producer,
      body: { version: version + 5, samples: null },
    });
    assertError(stale, 409, 'CONFLICT');
    const saved = await call(app, `/api/dossiers/${id}`, {
      method: 'PUT',
      session: S.producer,
      body: {
        version,
        ...NEM_CHUA_FORMS,
        samples: samplesOn('2026-02-09'),
      },
    });
    assert.equal(saved.status, 200, saved.text);
    const sheet = await call(app, '/api/self-assessments', {
      session: S.producer,
      body: { productId, year: 2027 },
    });
    assert.equal(sheet.status, 201, sheet.text);
    const put = await call(app, `/api/self-assessments/${sheet.json.id}`, {
      method: 'PUT',
      session: S.producer,
      body: {
        answers: bestAnswers(setOf('qd26-2026', 7).set),
        facts: { hasStory: true },
        expectedUpdatedAt: sheet.json.updatedAt,
      },
    });
    assert.equal(put.status, 200, put.text);
    const fin = await call(app, `/api/self-assessments/${sheet.json.id}/status`, {
      session: S.producer,
      body: { status: 'final' },
    });
    assert.equal(fin.status, 200, fin.text);
    await deps.database.db.insert(producerDocuments).values([
      { producerId, kind: 'business_registration', number: '2800123456', issuedOn: '2016-05-01' },
      { producerId, kind: 'food_safety', number: '15/2023/ATTP', validUntil: '2027-01-31' },
    ]);
    const expired = await event(S.producer, id, { event: 'submit' });
    assertError(expired, 422, 'DOSSIER_INCOMPLETE');
    assert.deepEqual(expired.json.error.details.gaps, [
      { item: 'papers', code: 'expired', field: 'food_safety 15/2023/ATTP' },
    ]);
    await deps.database.db
      .insert(producerDocuments)
      .values({ producerId, kind: 'food_safety', number: '02/2026/ATTP', validUntil: '2029-01-31' });
    const { eq, and } = await import('drizzle-orm');
    await deps.database.db
      .delete(producerDocuments)
      .where(and(eq(producerDocuments.producerId, producerId), eq(producerDocuments.number, '15/2023/ATTP')));
    const r = await event(S.producer, id, { event: 'submit' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.stage, 'submitted');
    assert.equal(r.json.receivedOn, '2027-02-01');
    assert.equal(r.json.communeDeadline.due, '2027-03-01', '15 working days across Tết');
    assert.equal(r.json.communeDeadline.standing, 'open');
    assert.equal(r.json.communeDeadline.workingDaysLeft, 15);
    assert.match(r.json.communeDeadline.basis, /26\/2026/);
    assert.equal(r.json.selfAssessment.status, 'final');
    assert.equal(r.json.selfAssessment.total, 100);
  });

  it('the commune sees it in its queue with the deadline; a return without reasons is refused', async () => {
    const q = await call(app, '/api/dossiers?queue=mine', { session: S.commune });
    assert.deepEqual(
      q.json.items.map((i: { id: string }) => i.id),
      [id],
    );
    assert.equal(q.json.items[0].communeDeadline.due, '2027-03-01');
    assert.equal((await call(app, '/api/dossiers?queue=mine', { session: S.otherCommune })).json.total, 0);
    assertError(await event(S.commune, id, { event: 'returnToProducer' }), 400, 'RETURN_REASONS_INVALID');
    assertError(
      await event(S.commune, id, {
        event: 'returnToProducer',
        reasons: [{ item: 'form03', reason: 'Không áp dụng' }],
      }),
      400,
      'RETURN_REASONS_INVALID',
    );
  });

  it('the commune returns it with a reason per item; the producer corrects and resubmits', async () => {
    const r = await event(S.commune, id, {
      event: 'returnToProducer',
      reasons: [
        { item: 'samples', reason: 'Mẫu chưa có nhãn ghi ngày sản xuất' },
        { item: 'form02.plan', reason: 'Bổ sung kế hoạch vốn đầu tư' },
      ],
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.stage, 'returnedByCommune');
    assert.deepEqual(
      r.json.returns[0].items.map((i: { item: string }) => i.item),
      ['samples', 'form02.plan'],
    );
    assert.equal(r.json.returns[0].answeredAt, null);
    const mine = await call(app, '/api/dossiers?queue=mine', { session: S.producer });
    assert.equal(mine.json.items[0].stage, 'returnedByCommune');
    const edit = await call(app, `/api/dossiers/${id}`, {
      method: 'PUT',
      session: S.producer,
      body: {
        version: r.json.version,
        plan: {
          goals: 'Đạt 4 sao năm 2027',
          markets: 'Hà Nội',
          investments: 'Máy hút chân không 150 triệu đồng',
        },
      },
    });
    assert.equal(edit.status, 200, edit.text);
    const again = await event(S.producer, id, { event: 'resubmit' });
    assert.equal(again.status, 200, again.text);
    assert.equal(again.json.stage, 'submitted');
    assert.notEqual(again.json.returns[0].answeredAt, null);
  });

  it('the commune checks it on Mẫu 03 (an incomplete Mẫu 03 is refused by item)', async () => {
    const missing = await event(S.commune, id, {
      event: 'checkAtCommune',
      form03: { ...form03, items: { ...form03.items, ideaOrigin: { met: false, note: '' } } },
    });
    assertError(missing, 422, 'FORM03_INCOMPLETE');
    assert.deepEqual(missing.json.error.details.problems, [{ code: 'noteRequired', item: 'ideaOrigin' }]);
    const d = await call(app, `/api/dossiers/${id}`, { session: S.commune });
    assert.equal(d.json.localLabourSuggestion, null, 'no workforce records, no suggestion');
    const r = await event(S.commune, id, { event: 'checkAtCommune', form03 });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.stage, 'communeChecked');
    assert.equal(r.json.form03.signer, 'Lê Văn Bình');
  });

  it('the province returns it to the commune and takes it when sent back, into round 1 of 2027', async () => {
    const back = await event(S.province, id, {
      event: 'returnToCommune',
      reasons: [{ item: 'form03', reason: 'Ghi rõ tỷ lệ lao động địa phương' }],
    });
    assert.equal(back.status, 200, back.text);
    assert.equal(back.json.stage, 'returnedByProvince');
    const sent = await event(S.commune, id, {
      event: 'sendBackToProvince',
      form03: {
        ...form03,
        items: { ...form03.items, localLabour: { met: true, note: '12/14 lao động cư trú tại phường' } },
      },
    });
    assert.equal(sent.json.stage, 'communeChecked', sent.text);
    const r = await event(S.province, id, { event: 'accept' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.stage, 'provinceAccepted');
    assert.deepEqual(
      [
        r.json.round.no,
        r.json.round.year,
        r.json.round.proposalsBy,
        r.json.round.decideBy,
        r.json.round.dossiers,
      ],
      [1, 2027, '2027-04-30', '2027-06-30', 1],
    );
    const rounds = await call(app, '/api/rounds?year=2027', { session: S.province });
    assert.equal(rounds.json.length, 1);
  });

  it('the advisory group reviews it; without its report the dossier does not go to the council', async () => {
    const started = await event(S.province, id, { event: 'startAdvisoryReview' });
    assert.equal(started.json.stage, 'advisoryReview', started.text);
    assertError(await event(S.province, id, { event: 'startScoring' }), 409, 'ADVISORY_REPORT_MISSING');
    const visit = await call(app, `/api/dossiers/${id}/reviews`, {
      session: S.province,
      body: { kind: 'siteVisit', on: '2027-02-01', note: 'Xưởng sạch, có sổ ghi chép nguyên liệu' },
    });
    assert.equal(visit.status, 201, visit.text);
    const request = await call(app, `/api/dossiers/${id}/reviews`, {
      session: S.province,
      body: { kind: 'testRequest', on: '2027-02-01', note: 'Kiểm nghiệm vi sinh theo QCVN' },
    });
    const requestId = request.json.at(-1).id;
    const upload = (bytes: Uint8Array, name: string) => {
      const form = new FormData();
      form.append('on', '2027-02-01');
      form.append('note', 'Phiếu kết quả thử nghiệm số 123');
      form.append('answers', requestId);
      form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
      return app.request(`/api/dossiers/${id}/lab-results`, {
        method: 'POST',
        body: form,
        headers: { cookie: S.province.cookie, 'x-csrf-token': S.province.csrf },
      });
    };
    const fake = await upload(new TextEncoder().encode('not a pdf at all'), 'ket-qua.pdf');
    assert.equal(fake.status, 400);
    assert.equal(((await fake.json()) as { error: { code: string } }).error.code, 'EVIDENCE_TYPE');
    const pdf = new TextEncoder().encode('%PDF-1.4\n% ket qua\ntrailer << >>\n%%EOF\n');
    const ok = await upload(pdf, 'ket-qua.pdf');
    assert.equal(ok.status, 201, await ok.clone().text());
    const entries = (await ok.json()) as { kind: string; file: { url: string } | null }[];
    const lab = entries.find((e) => e.kind === 'labResult')!;
    const file = await app.request(lab.file!.url, { headers: { cookie: S.commune.cookie } });
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assertError(
      await call(app, `/api/dossiers/${id}/reviews`, {
        session: S.commune,
        body: { kind: 'advisoryReport', on: '2027-02-01', note: 'Đề nghị hội đồng chấm' },
      }),
      403,
      'FORBIDDEN',
    );
    await call(app, `/api/dossiers/${id}/reviews`, {
      session: S.province,
      body: { kind: 'advisoryReport', on: '2027-02-01', note: 'Hồ sơ đủ điều kiện đưa ra hội đồng' },
    });
    const r = await event(S.province, id, { event: 'startScoring' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.stage, 'councilScoring');
    assert.deepEqual(r.json.statusHistory.map((h: { event: string }) => h.event).reverse(), [
      'submit',
      'returnToProducer',
      'resubmit',
      'checkAtCommune',
      'returnToCommune',
      'sendBackToProvince',
      'accept',
      'startAdvisoryReview',
      'startScoring',
    ]);
    assert.match(
      r.json.statusHistory.find((h: { event: string }) => h.event === 'returnToProducer').reason,
      /Mẫu sản phẩm: Mẫu chưa có nhãn/,
    );
  });
});

/** A dossier of a product filed complete and submitted on a day, through the API as its producer would. */
async function fileOn(day: string, session: Session, owner: { id: string; productIds: string[] }) {
  const today = deps.clock;
  deps.clock = fixedDateClock(day);
  try {
    const productId = owner.productIds[0];
    const d = await call(app, '/api/dossiers', { session, body: { productId, kind: 'first' } });
    assert.equal(d.status, 201, d.text);
    const sheet = await call(app, '/api/self-assessments', { session, body: { productId, year: 2027 } });
    await call(app, `/api/self-assessments/${sheet.json.id}`, {
      method: 'PUT',
      session,
      body: {
        answers: bestAnswers(setOf('qd26-2026', 7).set),
        facts: { hasStory: true },
        expectedUpdatedAt: sheet.json.updatedAt,
      },
    });
    await call(app, `/api/self-assessments/${sheet.json.id}/status`, { session, body: { status: 'final' } });
    await deps.database.db.insert(producerDocuments).values({
      producerId: owner.id,
      kind: 'business_registration',
      number: '2800999111',
      issuedOn: '2018-03-01',
    });
    const saved = await call(app, `/api/dossiers/${d.json.id}`, {
      method: 'PUT',
      session,
      body: {
        version: 1,
        form01: {
          representative: 'Lê Thị Mai',
          title: 'Chủ hộ',
          phone: '0913000111',
          email: null,
          commitment: true,
        },
        general: {
          foundedYear: 2018,
          members: 2,
          workers: 6,
          facilities: 'Bếp gia đình 40 m²',
          productDescription: 'Giò bò gói lá chuối',
          rawMaterials: 'Thịt bò của các hộ trong phường',
          process: 'Giã, gói, luộc',
        },
        business: [{ year: 2026, output: '2 tấn', revenue: 400, profit: 60 }],
        plan: { goals: 'Đạt 3 sao', markets: 'Trong tỉnh', investments: 'Máy giã' },
        samples: { count: 5, handedOverOn: day, receivedBy: 'UBND phường' },
      },
    });
    assert.equal(saved.status, 200, saved.text);
    const submitted = await event(session, d.json.id, { event: 'submit' });
    assert.equal(submitted.status, 200, submitted.text);
    return submitted.json;
  } finally {
    deps.clock = today;
  }
}

describe('the overdue commune checks', () => {
  it('the province lists the submitted dossiers past their last day', async () => {
    const other = await seedProducerInUnit(deps, unit('14758'), { products: ['Giò bò'] });
    const producer = await seedUser(deps, [
      { role: 'producer', scopeKind: 'producer', producerId: other.id },
    ]);
    const session = await login(app, producer.email);
    // received on Monday 4/1/2027: the commune's 15 working days end on Monday 25/1
    const filed = await fileOn('2027-01-04', session, other);
    assert.deepEqual([filed.receivedOn, filed.communeDeadline.due], ['2027-01-04', '2027-01-25']);
    const r = await call(app, '/api/dossiers?queue=overdue', { session: S.province });
    assert.deepEqual(
      r.json.items.map((i: { id: string }) => i.id),
      [filed.id],
    );
    assert.equal(r.json.items[0].communeDeadline.standing, 'overdue');
    // Tuesday 26/1 to Monday 1/2: five working days late
    assert.equal(r.json.items[0].communeDeadline.workingDaysLate, 5);
  });
});
