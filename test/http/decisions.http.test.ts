// From council results to certificates over HTTP: the province drafts a decision from
// the dossiers awaiting it (a 5★ result is refused: it goes to the centre), uploads the
// signed copy with its number (a clashing number, a wrong style or a file that is not
// a PDF refused), and the certificates job issues each product's certificate once — a
// crash before it commits issues nothing, a retry gives the same numbers — superseding
// the older one; the public address shows the new stars. A 92-point product goes
// through the centre's council and the minister's decision; another comes back for
// 4★. The producer complains within the period and the province answers; the ministry
// orders an evaluation redone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { ISSUE_CERTIFICATES_JOB } from '../../src/domain/decisions/decision.workflow.ts';
import { createApp } from '../../src/server/app.ts';
import { type Clock, fixedDateClock } from '../../src/server/core/clock.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { certificates, dossiers, outbox, products } from '../../src/server/db/schema/index.ts';
import {
  issueCertificates,
  issueCertificatesIn,
} from '../../src/server/modules/decisions/decisions.service.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { decodeQr, readPdf } from '../support/pdf.ts';
import { compileSet } from '../../src/domain/scoring/compile.ts';
import { bestAnswers, setOf } from '../support/rubrics.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, issueFields, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
let province: Session;
let central: Session;
let producer: Session;
let today = '2027-06-10';
const clock: Clock = { ...fixedDateClock(today), today: () => today };
const pdfBytes = (text: string) =>
  new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);
const ids: Record<'nem' | 'banh' | 'mam' | 'che' | 'other', { dossier: string; product: string }> =
  {} as never;

async function dossierAt(
  productId: string,
  producerId: string,
  status: 'awaitingDecision',
  score: string,
  stars: number,
) {
  const [d] = await deps.database.db
    .insert(dossiers)
    .values({
      productId,
      producerId,
      kind: 'first',
      status,
      procedureVersionId: 'r26_2026',
      year: 2027,
      score,
      proposedStars: stars,
      councilDate: '2027-05-20',
    })
    .returning({ id: dossiers.id });
  return d.id;
}

function upload(
  path: string,
  session: Session,
  fields: Record<string, string>,
  file: Uint8Array | null,
  name = 'qd.pdf',
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append('file', new File([file as Uint8Array<ArrayBuffer>], name));
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      body: form,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    }),
  ).then(async (res: Response) => {
    const text = await res.text();
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: res.status, text, json, headers: res.headers };
  });
}

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  deps.clock = clock;
  app = createApp(deps);
  const p = await seedProducerInUnit(deps, unit('14758'), {
    products: ['Nem chua Thanh Hóa', 'Bánh gai Tứ Trụ', 'Mắm tôm Hậu Lộc', 'Chè lam Phủ Quảng'],
  });
  const [nem, banh, mam, che] = p.productIds;
  await deps.database.db.insert(certificates).values({
    productId: nem,
    stars: 3,
    certificateNo: '007/2024/GCN-OCOP',
    decisionNo: '88/QĐ-UBND',
    decisionDate: '2024-06-20',
    decisionYear: 2024,
    issuer: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
    procedureVersionId: 'r148_1489',
    validFrom: '2024-06-20',
    validUntil: '2027-06-19',
    status: 'valid',
  });
  ids.nem = { product: nem, dossier: await dossierAt(nem, p.id, 'awaitingDecision', '78.50', 4) };
  ids.banh = { product: banh, dossier: await dossierAt(banh, p.id, 'awaitingDecision', '64.33', 3) };
  ids.mam = { product: mam, dossier: await dossierAt(mam, p.id, 'awaitingDecision', '92.00', 5) };
  ids.che = { product: che, dossier: await dossierAt(che, p.id, 'awaitingDecision', '91.00', 5) };
  const elsewhere = await seedProducerInUnit(deps, unit('00004'), { products: ['Trà Hà Nội'] });
  ids.other = {
    product: elsewhere.productIds[0],
    dossier: await dossierAt(elsewhere.productIds[0], elsewhere.id, 'awaitingDecision', '75.00', 4),
  };
  province = await login(
    app,
    (await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }])).email,
  );
  central = await login(
    app,
    (await seedUser(deps, [{ role: 'central_officer', scopeKind: 'nation' }])).email,
  );
  producer = await login(
    app,
    (await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId: p.id }])).email,
  );
});
after(() => tdb.drop());

describe('a provincial decision', () => {
  let decisionId: string;
  it('is drafted from the dossiers awaiting it; a 5★ result and another province’s dossier are refused', async () => {
    const body = (dossierIds: string[]) => ({
      title: 'Về việc công nhận sản phẩm đạt tiêu chuẩn OCOP năm 2027 (đợt 1)',
      dossierIds,
      signerTitle: 'CHỦ TỊCH',
    });
    const five = await call(app, '/api/decisions', {
      session: province,
      body: body([ids.nem.dossier, ids.mam.dossier]),
    });
    assertError(five, 409, 'DECISION_ITEMS_INVALID');
    assertError(
      await call(app, '/api/decisions', { session: province, body: body([ids.other.dossier]) }),
      404,
      'NOT_FOUND',
    );
    assertError(
      await call(app, '/api/decisions', { session: producer, body: body([ids.nem.dossier]) }),
      403,
      'FORBIDDEN',
    );
    const r = await call(app, '/api/decisions', {
      session: province,
      body: body([ids.nem.dossier, ids.banh.dossier]),
    });
    assert.equal(r.status, 201, r.text);
    decisionId = r.json.id;
    assert.equal(r.json.status, 'draft');
    assert.equal(r.json.issuerName, 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA');
    assert.deepEqual(r.json.actions, ['view', 'print', 'sign']);
    assertError(
      await call(app, '/api/decisions', { session: province, body: body([ids.nem.dossier]) }),
      409,
      'DECISION_ITEMS_INVALID',
    );
  });

  it('counts only once the signed copy is uploaded with a number in the official style', async () => {
    await assert.rejects(issueCertificates(deps, decisionId), /DECISION_NOT_SIGNED/);
    const path = `/api/decisions/${decisionId}/signed`;
    const fields = { number: '123/QĐ-UBND', signedOn: '2027-06-10', signerName: 'Nguyễn Văn Ký' };
    const noFile = await upload(path, province, fields, null);
    assertError(noFile, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(noFile), ['file']);
    assertError(
      await upload(path, province, { ...fields, number: '123/QĐ-BNNMT' }, pdfBytes('qd')),
      400,
      'DECISION_NUMBER_INVALID',
    );
    assertError(
      await upload(path, province, { ...fields, number: 'số 123' }, pdfBytes('qd')),
      400,
      'DECISION_NUMBER_INVALID',
    );
    assertError(
      await upload(path, province, fields, new TextEncoder().encode('not a pdf'), 'qd.txt'),
      400,
      'EVIDENCE_TYPE',
    );
    assertError(
      await upload(path, province, { ...fields, signedOn: '2027-06-11' }, pdfBytes('qd')),
      400,
      'VALIDATION_FAILED',
    );
    const signed = await upload(path, province, { ...fields, number: '0123 / QD-UBND' }, pdfBytes('qd ký'));
    assert.equal(signed.status, 200, signed.text);
    assert.equal(signed.json.status, 'signed');
    assert.equal(signed.json.number, '123/QĐ-UBND');
    const jobs = await deps.database.db.select().from(outbox).where(eq(outbox.topic, ISSUE_CERTIFICATES_JOB));
    assert.equal(jobs.length, 1, 'signing queues the certificates in the same transaction');
    assert.equal((jobs[0].payload as { id: string }).id, decisionId);
  });

  it('issues each certificate once: a crash issues nothing, a retry gives the same numbers', async () => {
    await assert.rejects(
      deps.database.db.transaction(async (tx) => {
        const issued = await issueCertificatesIn(tx, deps, decisionId);
        assert.equal(issued.length, 2);
        throw new Error('the process died before commit');
      }),
      /died before commit/,
    );
    assert.equal(
      (await deps.database.db.select().from(certificates).where(eq(certificates.decisionId, decisionId)))
        .length,
      0,
    );
    const first = await issueCertificates(deps, decisionId);
    const again = await issueCertificates(deps, decisionId);
    assert.deepEqual(first.map((c) => [c.number, c.created]).sort(), [
      ['001/2027/GCN-OCOP', true],
      ['002/2027/GCN-OCOP', true],
    ]);
    assert.deepEqual(again.map((c) => [c.number, c.created]).sort(), [
      ['001/2027/GCN-OCOP', false],
      ['002/2027/GCN-OCOP', false],
    ]);
    const nem = await deps.database.db
      .select()
      .from(certificates)
      .where(eq(certificates.productId, ids.nem.product));
    // numbered in the annex order (by product name): Bánh gai 001, Nem chua 002
    assert.deepEqual(
      nem.map((c) => [c.certificateNo, c.status, c.stars]).sort(),
      [
        ['002/2027/GCN-OCOP', 'valid', 4],
        ['007/2024/GCN-OCOP', 'superseded', 3],
      ].sort(),
    );
    const fresh = nem.find((c) => c.status === 'valid')!;
    assert.equal(fresh.validUntil, '2030-06-09');
    assert.equal(fresh.decisionNo, '123/QĐ-UBND');
    const [d] = await deps.database.db.select().from(dossiers).where(eq(dossiers.id, ids.nem.dossier));
    assert.equal(d.status, 'recognised');
    const view = await call(app, `/api/decisions/${decisionId}`, { session: province });
    assert.equal(
      view.json.items.every((i: { certificate: unknown }) => i.certificate !== null),
      true,
    );
  });

  it('shows the new stars at the product’s permanent public address', async () => {
    const [p] = await deps.database.db.select().from(products).where(eq(products.id, ids.nem.product));
    assert.equal(p.certificateStars, 4);
    const res = await app.request(`/sp/${p.publicId}?format=json`);
    const page = await res.json();
    assert.equal(res.status, 200);
    assert.equal(page.stars, 4);
    assert.equal(page.certificate.state, 'valid');
  });

  it('prints the certificate with a QR code of the product’s public address', async () => {
    const [c] = await deps.database.db
      .select()
      .from(certificates)
      .where(eq(certificates.certificateNo, '002/2027/GCN-OCOP'));
    const res = await app.request(`/api/certificates/${c.id}/pdf`, { headers: { cookie: province.cookie } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const [p] = await deps.database.db.select().from(products).where(eq(products.id, ids.nem.product));
    assert.deepEqual(decodeQr(bytes), [`${deps.env.PUBLIC_URL}/sp/${p.publicId}`]);
    const text = readPdf(bytes).text.join('\n');
    assert.match(text, /002\/2027\/GCN-OCOP/);
    assert.match(text, /Nem chua Thanh Hóa/);
    const old = await deps.database.db
      .select()
      .from(certificates)
      .where(eq(certificates.certificateNo, '007/2024/GCN-OCOP'));
    const reprint = await app.request(`/api/certificates/${old[0].id}/pdf`, {
      headers: { cookie: province.cookie },
    });
    assert.match(readPdf(new Uint8Array(await reprint.arrayBuffer())).text.join('\n'), /THAY THẾ/);
    const outside = await app.request(`/api/certificates/${c.id}/pdf`, {
      headers: { cookie: central.cookie },
    });
    assert.equal(outside.status, 200, 'the centre reads every province’s certificates');
  });

  it('prints the decision with its number once signed', async () => {
    const res = await app.request(`/api/decisions/${decisionId}/pdf`, {
      headers: { cookie: province.cookie },
    });
    assert.equal(res.status, 200);
    const text = readPdf(new Uint8Array(await res.arrayBuffer())).text.join('\n');
    assert.match(text, /123\/QĐ-UBND/);
    assert.doesNotMatch(text, /DỰ THẢO/);
  });

  it('publishes the results of the signed decision', async () => {
    const r = await call(app, `/api/decisions/${decisionId}/events`, {
      session: province,
      body: { event: 'publish' },
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.status, 'published');
    assert.equal(r.json.publishedOn, today);
  });
});

describe('the 5★ path through the centre', () => {
  const { set } = setOf('qd26-2026', 7);
  it('proposes 90 points or more to the centre, and nothing below', async () => {
    assertError(
      await call(app, `/api/dossiers/${ids.banh.dossier}/events`, {
        session: province,
        body: { event: 'forwardToCentre' },
      }),
      409,
      'WORKFLOW_NO_TRANSITION',
    );
    for (const k of ['mam', 'che'] as const) {
      const r = await call(app, `/api/dossiers/${ids[k].dossier}/events`, {
        session: province,
        body: { event: 'forwardToCentre' },
      });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.stage, 'forwardedToCentre');
      const taken = await call(app, `/api/dossiers/${ids[k].dossier}/events`, {
        session: central,
        body: { event: 'startCentreReview' },
      });
      assert.equal(taken.json.stage, 'centreReview', taken.text);
    }
  });

  it('runs the central council, the minister’s decision for 5★, and returns the other for 4★', async () => {
    const council = await call(app, '/api/councils', {
      session: central,
      body: {
        level: 'central',
        name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp trung ương',
        rules: { quorum: { share: { present: 1, of: 1 } } },
      },
    });
    assert.equal(council.status, 201, council.text);
    const chairUser = await seedUser(deps, [
      { role: 'council_member', scopeKind: 'council', councilId: council.json.id },
    ]);
    await call(app, `/api/councils/${council.json.id}/members`, {
      session: central,
      body: { email: chairUser.email, position: 'chair', agency: 'Bộ Nông nghiệp và Môi trường' },
    });
    const chair = await login(app, chairUser.email);
    const session = await call(app, `/api/councils/${council.json.id}/sessions`, {
      session: central,
      body: { title: 'Phiên họp đánh giá sản phẩm 5 sao năm 2027', meetingOn: today },
    });
    const sid = session.json.id;
    const added = await call(app, `/api/council-sessions/${sid}/dossiers`, {
      session: central,
      body: { dossierIds: [ids.mam.dossier, ids.che.dossier] },
    });
    assert.equal(added.status, 200, added.text);
    await call(app, `/api/council-sessions/${sid}/attendance`, {
      method: 'PUT',
      session: central,
      body: { present: [added.json.members[0].id] },
    });
    assert.equal(
      (
        await call(app, `/api/council-sessions/${sid}/events`, {
          session: chair,
          body: { event: 'openScoring' },
        })
      ).status,
      200,
    );
    const [mamItem, cheItem] = added.json.items.map((i: { id: string }) => i.id);
    // the second product scores above 90 on the centre's sheet but misses a 5★ marker: 4 stars
    const marked = compileSet(set).criteria.find((x) => x.markers.some((m) => m.level === 5 && m.rank > 0))!;
    const below = marked.rank.indexOf(marked.markers.find((m) => m.level === 5)!.rank - 1);
    const eighty = { ...bestAnswers(set), [marked.code]: below };
    for (const [item, answers] of [
      [mamItem, bestAnswers(set)],
      [cheItem, eighty],
    ] as const) {
      const s = await call(app, `/api/council-items/${item}/my-sheet`, {
        method: 'PUT',
        session: chair,
        body: { answers, baseRevision: 0, changeId: `central-${item.slice(0, 8)}`, send: true },
      });
      assert.equal(s.status, 200, s.text);
      const closed = await call(app, `/api/council-items/${item}/events`, {
        session: chair,
        body: { event: 'closeItem' },
      });
      assert.equal(closed.status, 200, closed.text);
    }
    const [che] = await deps.database.db.select().from(dossiers).where(eq(dossiers.id, ids.che.dossier));
    assert.equal(che.proposedStars, 4, `the centre's result: ${che.score}`);
    assert.equal(che.status, 'centreReview');

    const decision = await call(app, '/api/decisions', {
      session: central,
      body: {
        title: 'Về việc công nhận sản phẩm OCOP 5 sao năm 2027',
        dossierIds: [ids.mam.dossier],
        signerTitle: 'BỘ TRƯỞNG',
      },
    });
    assert.equal(decision.status, 201, decision.text);
    assert.equal(decision.json.suffix, 'QĐ-BNNMT');
    const signed = await upload(
      `/api/decisions/${decision.json.id}/signed`,
      central,
      { number: '45/QĐ-BNNMT', signedOn: today, signerName: 'Bộ trưởng' },
      pdfBytes('qd 5 sao'),
    );
    assert.equal(signed.status, 200, signed.text);
    const issued = await issueCertificates(deps, decision.json.id);
    assert.deepEqual(
      issued.map((i) => [i.number, i.created]),
      [['001/2027/GCN-OCOP', true]],
    );
    const [mam] = await deps.database.db
      .select()
      .from(certificates)
      .where(eq(certificates.productId, ids.mam.product));
    assert.equal(mam.stars, 5);
    assert.equal(mam.issuer, 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');

    assertError(
      await call(app, `/api/dossiers/${ids.che.dossier}/events`, {
        session: province,
        body: { event: 'returnFromCentre' },
      }),
      403,
      'FORBIDDEN',
    );
    const back = await call(app, `/api/dossiers/${ids.che.dossier}/events`, {
      session: central,
      body: { event: 'returnFromCentre' },
    });
    assert.equal(back.status, 200, back.text);
    assert.equal(back.json.stage, 'awaitingDecision');
    const [returned] = await deps.database.db.select().from(dossiers).where(eq(dossiers.id, ids.che.dossier));
    assert.equal(returned.proposedStars, 4);
  });

  it('gives the producer its result per criterion and the way to the next star', async () => {
    const r = await call(app, `/api/dossiers/${ids.mam.dossier}/council-result`, { session: producer });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.stars, 5);
    assert.equal(r.json.totalDisplay, '100.00');
    assert.ok(r.json.criteria.length > 10);
    assertError(
      await call(app, `/api/dossiers/${ids.che.dossier}/council-result`, { session: producer }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('after the decision', () => {
  it('recognises the product the centre returned, under a number of its own', async () => {
    const d = await call(app, '/api/decisions', {
      session: province,
      body: {
        title: 'Về việc công nhận sản phẩm đạt tiêu chuẩn OCOP năm 2027 (bổ sung)',
        dossierIds: [ids.che.dossier],
        signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      },
    });
    assert.equal(d.status, 201, d.text);
    const path = `/api/decisions/${d.json.id}/signed`;
    const fields = { number: '123/QĐ-UBND', signedOn: today, signerName: 'Lê Văn Phó' };
    const clash = await upload(path, province, fields, pdfBytes('qd trùng số'));
    assertError(clash, 409, 'DECISION_NUMBER_TAKEN');
    assert.match(clash.json.error.message, /123\/QĐ-UBND/);
    const ok = await upload(path, province, { ...fields, number: '124/QĐ-UBND' }, pdfBytes('qd bổ sung'));
    assert.equal(ok.status, 200, ok.text);
    const issued = await issueCertificates(deps, d.json.id);
    assert.deepEqual(
      issued.map((i) => i.number),
      ['003/2027/GCN-OCOP'],
    );
  });

  it('takes the producer’s complaint within the period, and the province’s answer', async () => {
    const lodged = await call(app, `/api/dossiers/${ids.banh.dossier}/complaints`, {
      session: producer,
      body: { text: 'Đề nghị xem xét lại điểm tiêu chí 5.1 vì đã có câu chuyện sản phẩm in trên bao bì.' },
    });
    assert.equal(lodged.status, 201, lodged.text);
    assert.equal(lodged.json.items[0].answerDueOn, '2027-07-10');
    assertError(
      await call(app, `/api/dossiers/${ids.banh.dossier}/complaints`, {
        session: producer,
        body: { text: 'Khiếu nại thứ hai trong khi khiếu nại đầu chưa được trả lời.' },
      }),
      409,
      'COMPLAINT_NOT_OPEN',
    );
    const id = lodged.json.items[0].id;
    assertError(
      await call(app, `/api/dossiers/${ids.banh.dossier}/complaints/${id}/answer`, {
        session: producer,
        body: { answer: 'Tự trả lời khiếu nại của mình là không được.' },
      }),
      403,
      'FORBIDDEN',
    );
    const answered = await call(app, `/api/dossiers/${ids.banh.dossier}/complaints/${id}/answer`, {
      session: province,
      body: {
        answer:
          'Hội đồng đã xem xét: câu chuyện sản phẩm chưa có cấu trúc theo tiêu chí 5.2; giữ nguyên kết quả.',
      },
    });
    assert.equal(answered.status, 200, answered.text);
    assert.equal(answered.json.items[0].status, 'answered');
    today = '2027-09-09';
    assertError(
      await call(app, `/api/dossiers/${ids.banh.dossier}/complaints`, {
        session: producer,
        body: { text: 'Khiếu nại sau khi đã hết thời hạn chín mươi ngày.' },
      }),
      409,
      'COMPLAINT_PERIOD_OVER',
    );
    today = '2027-06-10';
  });

  it('reopens an evaluation the ministry orders redone, with the order attached', async () => {
    const path = `/api/dossiers/${ids.banh.dossier}/redo-order`;
    const fields = {
      on: '2027-06-10',
      note: 'Công văn số 512/BNNMT-VPĐP yêu cầu đánh giá lại do sai sót hồ sơ',
    };
    assertError(await upload(path, province, fields, pdfBytes('cv')), 403, 'FORBIDDEN');
    assertError(await upload(path, central, fields, null), 400, 'VALIDATION_FAILED');
    const r = await upload(path, central, fields, pdfBytes('công văn'));
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.stage, 'provinceAccepted');
    assert.ok(r.json.reviews.some((x: { kind: string }) => x.kind === 'redoOrder'));
  });
});
