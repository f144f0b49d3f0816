// Life after certification over HTTP, with a real SMTP listener and a real text
// gateway on loopback. A certificate issued three years ago shows on the province's
// radar; the daily job records its window once (a second run and a missed day record
// nothing twice) and its holder is told in the inbox, by mail and by a text message;
// the gateway goes down and the message waits and is sent once when it is back; a
// producer without contacts is flagged. The renewal is refused outside the window and
// filed within it (the certificate shows renewalFiled); the commune checks it, the
// province sends it to a council that scores it by written opinion, and the signed
// decision re-recognises it within its 45 days; another renewal still waiting past
// its certificate's last day keeps it in force (grace). Another certificate expires by itself
// and its public page says so; a refused renewal lapses; a revocation without a
// decision, a second one, one by the wrong authority are refused, and the decided
// one flips the public page at once.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createApp } from '../../src/server/app.ts';
import { type Clock, fixedDateClock } from '../../src/server/core/clock.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import {
  auditLog,
  certificateEvents,
  certificates,
  dossiers,
  noticeDeliveries,
  notices,
  outbox,
  producerDocuments,
  producers,
  products,
} from '../../src/server/db/schema/index.ts';
import { parseEnv } from '../../src/server/env.ts';
import { jobHandlers } from '../../src/server/jobs/handlers.ts';
import { runLifecycle } from '../../src/server/modules/certificates/lifecycle.service.ts';
import { issueCertificates } from '../../src/server/modules/decisions/decisions.service.ts';
import { closeChannels } from '../../src/server/modules/notices/channels.ts';
import { deliverDue } from '../../src/server/modules/notices/notices.service.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { bestAnswers, byRank, setOf } from '../support/rubrics.ts';
import { scoreSheet, type Answers } from '../../src/domain/scoring/score.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, login, type App, type Reply, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
let today = '2027-01-10';
const clock: Clock = { ...fixedDateClock(today), today: () => today };

const mails: { to: string; subject: string; text: string; messageId: string }[] = [];
const texts: { to: string; text: string; reference: string; key: string | undefined }[] = [];
let gatewayDown = false;
let smtp: SMTPServer;
let gateway: Server;

const PDF = new TextEncoder().encode('%PDF-1.4\n% quyết định\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
let province: Session;
let commune: Session;
let central: Session;
let holder: Session;
const p: Record<'che' | 'mam' | 'banh' | 'ruou' | 'keo' | 'nuoc' | 'tra', string> = {} as never;
const publicIds: Record<string, string> = {};
let holderId: string;
let silentId: string;

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
  ).then(async (res: Response): Promise<Reply> => {
    const text = await res.text();
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: res.status, text, json, headers: res.headers };
  });
}

async function certificate(
  productId: string,
  decisionDate: string,
  stars: number,
  extra: Partial<typeof certificates.$inferInsert> = {},
) {
  const [y, m, d] = decisionDate.split('-').map(Number);
  const end = new Date(Date.UTC(y + 3, m - 1, d - 1)).toISOString().slice(0, 10);
  const [row] = await deps.database.db
    .insert(certificates)
    .values({
      productId,
      stars,
      certificateNo: `0${stars}${d}/${y}/GCN-OCOP`,
      decisionNo: `${m}${d}/QĐ-UBND`,
      decisionDate,
      decisionYear: y,
      issuer: 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
      procedureVersionId: 'r148_1489',
      kind: 'first',
      validFrom: decisionDate,
      validUntil: end,
      status: 'valid',
      ...extra,
    })
    .returning({ id: certificates.id });
  return row.id;
}

const FORM03 = {
  items: {
    originAndRawMaterial: { met: true, note: 'Gạo nếp, gừng của các hộ trong xã' },
    localLabour: { met: true, note: '' },
    ideaOrigin: { met: true, note: 'Nghề truyền thống của làng' },
    localIdentity: { met: true, note: '' },
  },
  proposal: 'Đề nghị UBND tỉnh đánh giá lại sản phẩm',
  signer: 'Lê Văn Bình',
  signerTitle: 'Chủ tịch UBND xã',
};

/** Answers of set 7 that keep four stars: the best, one criterion after another a step lower, until under 88 points. */
function fourStarAnswers(): Answers {
  const { set, rules } = setOf('qd26-2026', 7);
  const best = bestAnswers(set);
  const lower = byRank(set, (r) => r.at(-2) ?? r.at(-1)!);
  const answers: Answers = { ...best };
  for (const k of Object.keys(lower)) {
    const was = answers[k];
    answers[k] = lower[k];
    const s = scoreSheet(set, answers, { hasStory: true }, rules);
    if (s.stars < 4) answers[k] = was;
    else if (s.total < 88) break;
  }
  return answers;
}

/** Runs the notices of workflow moves queued in the outbox, as the job queue would. */
async function runMoveNotices() {
  const handlers = jobHandlers(deps);
  const rows = await deps.database.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.topic, 'notices.workflow'), sql`${outbox.dispatchedAt} IS NULL`));
  for (const r of rows) {
    await handlers['notices.workflow']({ ...(r.payload as Record<string, unknown>), outboxId: r.id });
    await deps.database.db.update(outbox).set({ dispatchedAt: new Date() }).where(eq(outbox.id, r.id));
  }
}

const inbox = async (s: Session, q = '') => (await call(app, `/api/notices${q}`, { session: s })).json;
const publicPage = async (productId: string) => (await call(app, `/sp/${publicIds[productId]}`)).text;

before(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      simpleParser(stream)
        .then((m) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            subject: m.subject ?? '',
            text: m.text ?? '',
            messageId: m.messageId ?? '',
          });
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  gateway = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (gatewayDown) {
        res.writeHead(503).end('maintenance');
        return;
      }
      const msg = JSON.parse(body) as { to: string; text: string; reference: string };
      texts.push({ ...msg, key: req.headers['idempotency-key'] as string | undefined });
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: `sms-${texts.length}` }));
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  deps.env = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    SMS_GATEWAY_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`,
    PUBLIC_URL: 'https://ocop.thanhhoa.gov.vn',
  });
  deps.clock = clock;
  app = createApp(deps);
  const hold = await seedProducerInUnit(deps, unit('14758'), {
    name: 'Hợp tác xã Chè lam Phủ Quảng',
    products: [
      'Chè lam Phủ Quảng',
      'Mắm tôm Hậu Lộc',
      'Bánh gai Tứ Trụ',
      'Rượu làng Quảng',
      'Nước mắm Ba Làng',
      'Trà túi lọc',
    ],
  });
  holderId = hold.id;
  [p.che, p.mam, p.banh, p.ruou, p.nuoc, p.tra] = hold.productIds;
  await deps.database.db
    .update(producers)
    .set({ phone: '0912 345 678', email: 'htx.chelam@example.vn' })
    .where(eq(producers.id, hold.id));
  await deps.database.db.insert(producerDocuments).values([
    { producerId: hold.id, kind: 'business_registration', number: '2801888999', issuedOn: '2015-04-01' },
    { producerId: hold.id, kind: 'food_safety', number: '07/2026/ATTP', validUntil: '2029-09-30' },
  ]);
  const silent = await seedProducerInUnit(deps, unit('14758'), {
    name: 'Hộ kinh doanh Kẹo lạc',
    products: ['Kẹo lạc'],
  });
  silentId = silent.id;
  p.keo = silent.productIds[0];
  for (const id of Object.values(p)) {
    const [row] = await deps.database.db
      .select({ publicId: products.publicId })
      .from(products)
      .where(eq(products.id, id));
    publicIds[id] = row.publicId;
  }
  // issued three years ago: its renewal window opened on 31/12/2026
  await certificate(p.che, '2024-06-30', 4);
  // its last valid day was 04/01/2027
  await certificate(p.mam, '2024-01-05', 3);
  await certificate(p.banh, '2025-03-10', 4);
  await certificate(p.ruou, '2026-02-01', 5, {
    issuer: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
    decisionNo: '12/QĐ-BNNMT',
  });
  await certificate(p.nuoc, '2025-09-01', 3);
  await certificate(p.keo, '2024-06-20', 3);
  province = await login(
    app,
    (await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }])).email,
  );
  commune = await login(
    app,
    (
      await seedUser(deps, [
        { role: 'commune_officer', scopeKind: 'unit', unitId: hold.place.scopeCommuneId as string },
      ])
    ).email,
  );
  central = await login(
    app,
    (await seedUser(deps, [{ role: 'central_officer', scopeKind: 'nation' }])).email,
  );
  holder = await login(
    app,
    (await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId: hold.id }])).email,
  );
});

after(async () => {
  closeChannels(deps.env);
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise<void>((resolve) => gateway.close(() => resolve()));
  await tdb.drop();
});

describe('the expiry radar', () => {
  it('shows the province which certificates enter the window and which expired this month, by stars and by commune', async () => {
    const r = await call(app, '/api/lifecycle/radar', { session: province });
    assert.equal(r.status, 200, r.text);
    const group = (g: string) => r.json.groups.find((x: { group: string }) => x.group === g);
    assert.equal(group('windowOpen').total, 2);
    assert.deepEqual(group('windowOpen').byStars, { '3': 1, '4': 1, '5': 0, unknown: 0 });
    assert.equal(group('expiredThisMonth').total, 1);
    assert.equal(group('windowOpen').unreachable, 1, 'Kẹo lạc’s household has no phone or e-mail');
    assert.equal(r.json.byCommune.length, 1);
    assert.equal(r.json.byCommune[0].counts.windowOpen, 2);
    const list = await call(app, '/api/lifecycle/radar/items?group=windowOpen', { session: province });
    assert.deepEqual(list.json.items.map((i: { productName: string }) => i.productName).sort(), [
      'Chè lam Phủ Quảng',
      'Kẹo lạc',
    ]);
    const keo = list.json.items.find((i: { productName: string }) => i.productName === 'Kẹo lạc');
    assert.equal(keo.reachable, false);
    assert.equal(keo.windowCloses, '2027-02-19');
  });
  it('is exported as a spreadsheet in Vietnamese', async () => {
    const res = await app.request('/api/lifecycle/radar/export', { headers: { cookie: province.cookie } });
    assert.equal(res.status, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.worksheets[0];
    assert.equal(sheet.getRow(1).getCell(1).value, 'Nhóm');
    assert.equal(sheet.rowCount, 4);
    const rows = [2, 3, 4].map((i) => String(sheet.getRow(i).getCell(2).value));
    assert.deepEqual(rows.sort(), ['Chè lam Phủ Quảng', 'Kẹo lạc', 'Mắm tôm Hậu Lộc']);
  });
  it('is the officers’ and not the producer’s', async () => {
    assertError(await call(app, '/api/lifecycle/radar', { session: holder }), 403, 'FORBIDDEN');
    const home = await call(app, '/api/home', { session: province });
    assert.equal(
      home.json.overview.radar.groups.find((g: { group: string }) => g.group === 'windowOpen').total,
      2,
    );
  });
});

describe('the daily job and the notices', () => {
  it('records each milestone once, with its audit row, and tells the holder', async () => {
    const run = await runLifecycle(deps);
    assert.deepEqual(run.recorded, { windowOpened: 2, expiryNotice: 0, expired: 1, lapsed: 0 });
    assert.equal(run.notices, 3);
    const again = await runLifecycle(deps);
    assert.deepEqual(again.recorded, { windowOpened: 0, expiryNotice: 0, expired: 0, lapsed: 0 });
    assert.equal(again.notices, 0);
    const audit = await deps.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'certificate.expired'));
    assert.equal(audit.length, 1);
    assert.equal(audit[0].objectId, p.mam);
  });
  it('a missed day is caught up on the next run, once', async () => {
    today = '2027-06-05';
    const run = await runLifecycle(deps);
    // the 30-day notices of Chè lam and Kẹo lạc (due 30/05 and 21/05)
    assert.equal(run.recorded.expiryNotice, 2);
    assert.equal((await runLifecycle(deps)).recorded.expiryNotice, 0);
    today = '2027-01-10';
  });
  it('reaches the holder by mail and text message, once each, with the public address', async () => {
    const sent = await deliverDue(deps);
    assert.equal(sent.sent, 6, JSON.stringify(sent));
    const window = mails.find((m) => m.subject === 'Đến kỳ đánh giá lại sản phẩm OCOP: Chè lam Phủ Quảng');
    assert.ok(window, mails.map((m) => m.subject).join(' | '));
    assert.equal(window.to, 'htx.chelam@example.vn');
    assert.ok(window.text.includes(`https://ocop.thanhhoa.gov.vn/sp/${publicIds[p.che]}`));
    assert.match(window.text, /180 đến 120 ngày/);
    const sms = texts.filter((t) => t.to === '84912345678');
    assert.equal(sms.length, 3);
    assert.ok(sms.every((t) => /^[\x20-\x7E]+$/.test(t.text) && t.text.length <= 306));
    assert.ok(sms.every((t) => t.key === t.reference));
    assert.equal((await deliverDue(deps)).sent, 0);
    assert.equal(mails.length, 3);
  });
  it('are in the holder’s inbox, read once each', async () => {
    const box = await inbox(holder);
    assert.equal(box.unread, 3);
    const expired = box.items.find((n: { kind: string }) => n.kind === 'certificateExpired');
    assert.match(expired.subject, /Mắm tôm Hậu Lộc/);
    assert.match(expired.body, /đã hết hiệu lực từ ngày 05\/01\/2027/);
    assert.equal(expired.link, `https://ocop.thanhhoa.gov.vn/sp/${publicIds[p.mam]}`);
    const marked = await call(app, '/api/notices/read', { session: holder, body: { ids: [expired.id] } });
    assert.equal(marked.json.marked, 1);
    assert.equal((await inbox(holder, '?unread=1')).items.length, 2);
    await call(app, '/api/notices/read', { session: holder, body: { ids: 'all' } });
    assert.equal((await inbox(holder)).unread, 0);
    // another producer's notices are not this one's
    assert.equal(
      (await inbox(commune)).items.filter((n: { kind: string }) => n.kind !== 'dossierMoved').length,
      0,
    );
  });
  it('a producer without phone or e-mail keeps the notice in the inbox only, and is flagged', async () => {
    const rows = await deps.database.db.select().from(notices).where(eq(notices.producerId, silentId));
    assert.ok(rows.length >= 1);
    assert.ok(rows.every((n) => n.unreachable));
    const deliveries = await deps.database.db
      .select()
      .from(noticeDeliveries)
      .where(sql`${noticeDeliveries.noticeId} IN (SELECT id FROM notices WHERE producer_id = ${silentId})`);
    assert.equal(deliveries.length, 0);
  });
});

describe('the public page of an expired certificate', () => {
  it('says since when and that the OCOP mark may no longer be used', async () => {
    const page = await publicPage(p.mam);
    assert.match(page, /Đã hết hiệu lực từ ngày 05\/01\/2027; sản phẩm không còn được dùng nhãn OCOP\./);
    const json = await call(app, `/api/public/products/${publicIds[p.mam]}`);
    if (json.status === 200)
      assert.equal(
        json.json.certificate.meaning,
        'Đã hết hiệu lực từ ngày 05/01/2027; sản phẩm không còn được dùng nhãn OCOP.',
      );
  });
});

describe('a renewal', () => {
  let dossierId: string;
  it('is refused outside its window, with the window’s days', async () => {
    const r = await call(app, '/api/dossiers', {
      session: holder,
      body: { productId: p.banh, kind: 'reEvaluation' },
    });
    assertError(r, 409, 'RENEWAL_OUTSIDE_WINDOW');
    assert.match(r.json.error.message, /từ 11\/09\/2027 đến hết 10\/11\/2027/);
  });
  it('is filed within it from the last dossier; the certificate shows it filed and the holder is told', async () => {
    const d = await call(app, '/api/dossiers', {
      session: holder,
      body: { productId: p.che, kind: 'reEvaluation' },
    });
    assert.equal(d.status, 201, d.text);
    dossierId = d.json.id;
    const saved = await call(app, `/api/dossiers/${dossierId}`, {
      method: 'PUT',
      session: holder,
      body: {
        version: 1,
        form01: {
          representative: 'Đỗ Văn Lâm',
          title: 'Chủ nhiệm HTX',
          phone: '0912345678',
          email: null,
          commitment: true,
        },
        general: {
          foundedYear: 2012,
          members: 15,
          workers: 22,
          facilities: 'Xưởng 300 m²',
          productDescription: 'Chè lam gừng',
          rawMaterials: 'Gạo nếp, gừng của các hộ trong xã',
          process: 'Rang, giã, nén khuôn',
        },
        business: [
          { year: 2025, output: '5 tấn', revenue: 800, profit: 100 },
          { year: 2026, output: '6 tấn', revenue: 900, profit: 120 },
        ],
        plan: { goals: 'Giữ 4 sao', markets: 'Hà Nội', investments: 'Bao bì' },
        samples: { count: 5, handedOverOn: '2027-01-09', receivedBy: 'UBND xã' },
      },
    });
    assert.equal(saved.status, 200, saved.text);
    const sheet = await call(app, '/api/self-assessments', {
      session: holder,
      body: { productId: p.che, year: 2027 },
    });
    const put = await call(app, `/api/self-assessments/${sheet.json.id}`, {
      method: 'PUT',
      session: holder,
      body: {
        answers: bestAnswers(setOf('qd26-2026', sheet.json.setNo).set),
        facts: { hasStory: true },
        expectedUpdatedAt: sheet.json.updatedAt,
      },
    });
    assert.equal(put.status, 200, put.text);
    const ev0 = await upload(
      `/api/self-assessments/${sheet.json.id}/evidence`,
      holder,
      { criterion: '1.1' },
      PDF,
      'Hợp đồng.pdf',
    );
    assert.equal(ev0.status, 201, ev0.text);
    const fin = await call(app, `/api/self-assessments/${sheet.json.id}/status`, {
      session: holder,
      body: { status: 'final' },
    });
    assert.equal(fin.status, 200, fin.text);
    const submitted = await call(app, `/api/dossiers/${dossierId}/events`, {
      session: holder,
      body: { event: 'submit' },
    });
    assert.equal(submitted.status, 200, submitted.text);
    const certs = (await call(app, `/api/products/${p.che}/certificates`, { session: holder })).json;
    assert.equal(certs.items?.[0]?.state ?? certs[0]?.state, 'renewalFiled');
    const view = (await call(app, `/api/dossiers/${dossierId}`, { session: holder })).json;
    assert.deepEqual(view.reEvaluationDue, {
      due: '2027-02-24',
      basis: view.reEvaluationDue.basis,
      daysLeft: 45,
      daysLate: null,
    });
    assert.match(view.reEvaluationDue.basis, /QĐ 26\/2026/);
    const filed = (await inbox(holder)).items.find((n: { kind: string }) => n.kind === 'renewalFiled');
    assert.match(
      filed.body,
      /Hạn quyết định theo hình thức lấy ý kiến bằng văn bản: 24\/02\/2027 \(45 ngày\)/,
    );
    // the commune is told of the dossier it is to check
    await runMoveNotices();
    const toCommune = (await inbox(commune)).items.find((n: { kind: string }) => n.kind === 'dossierMoved');
    assert.match(toCommune.subject, /Chè lam Phủ Quảng/);
    const radar = (await call(app, '/api/lifecycle/radar', { session: province })).json;
    assert.equal(radar.groups.find((g: { group: string }) => g.group === 'renewalFiled').total, 1);
  });
  it('goes the commune’s and the province’s way and is scored by written opinion within its 45 days', async () => {
    today = '2027-01-14';
    const move = (who: Session, body: Record<string, unknown>) =>
      call(app, `/api/dossiers/${dossierId}/events`, { session: who, body });
    const checked = await move(commune, { event: 'checkAtCommune', form03: FORM03 });
    assert.equal(checked.json.stage, 'communeChecked', checked.text);
    today = '2027-01-20';
    assert.equal((await move(province, { event: 'accept' })).json.stage, 'provinceAccepted');
    assert.equal((await move(province, { event: 'startAdvisoryReview' })).json.stage, 'advisoryReview');
    const report = await call(app, `/api/dossiers/${dossierId}/reviews`, {
      session: province,
      body: {
        kind: 'advisoryReport',
        on: '2027-01-20',
        note: 'Quy mô không đổi; không cần khảo sát thực tế',
      },
    });
    assert.equal(report.status, 201, report.text);
    assert.equal((await move(province, { event: 'startScoring' })).json.stage, 'councilScoring');
    const council = await call(app, '/api/councils', {
      session: province,
      body: {
        level: 'province',
        name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thanh Hóa',
        establishedBy: '150/QĐ-UBND',
        establishedOn: '2027-01-05',
      },
    });
    assert.equal(council.status, 201, council.text);
    const members: Session[] = [];
    for (const [position, agency] of [
      ['chair', 'Văn phòng UBND tỉnh'],
      ['viceChair', 'Sở Nông nghiệp và Môi trường'],
      ['member', 'Sở Công Thương'],
    ] as const) {
      const u = await seedUser(deps, [
        { role: 'council_member', scopeKind: 'council', councilId: council.json.id },
      ]);
      const added = await call(app, `/api/councils/${council.json.id}/members`, {
        session: province,
        body: { email: u.email, position, agency },
      });
      assert.equal(added.status, 200, added.text);
      members.push(await login(app, u.email));
    }
    today = '2027-02-10';
    const session = await call(app, `/api/councils/${council.json.id}/sessions`, {
      session: province,
      body: {
        title: 'Lấy ý kiến bằng văn bản đánh giá lại tháng 2/2027',
        meetingOn: '2027-02-10',
        mode: 'writtenOpinion',
      },
    });
    assert.equal(session.status, 201, session.text);
    const added = await call(app, `/api/council-sessions/${session.json.id}/dossiers`, {
      session: province,
      body: { dossierIds: [dossierId] },
    });
    const item = added.json.items[0].id;
    const opened = await call(app, `/api/council-sessions/${session.json.id}/events`, {
      session: province,
      body: { event: 'openScoring' },
    });
    assert.equal(opened.status, 200, opened.text);
    const answers = fourStarAnswers();
    for (const [i, who] of members.entries()) {
      const sent = await call(app, `/api/council-items/${item}/my-sheet`, {
        method: 'PUT',
        session: who,
        body: { answers, baseRevision: 0, changeId: `renewal-${i}`, send: true },
      });
      assert.equal(sent.status, 200, sent.text);
    }
    const closed = await call(app, `/api/council-items/${item}/events`, {
      session: members[0],
      body: { event: 'closeItem' },
    });
    assert.equal(closed.status, 200, closed.text);
    const d = (await call(app, `/api/dossiers/${dossierId}`, { session: province })).json;
    assert.equal(d.stage, 'awaitingDecision');
    assert.equal(d.council.stars, 4);
    await runMoveNotices();
    const toMembers = (await inbox(members[1])).items.find((n: { kind: string }) => n.kind === 'recordMoved');
    assert.match(toMembers.subject, /Lấy ý kiến bằng văn bản đánh giá lại/);
  });
  it('is re-recognised by the signed decision before its 45 days end: the new certificate supersedes the old one', async () => {
    today = '2027-02-20';
    const draft = await call(app, '/api/decisions', {
      session: province,
      body: {
        title: 'Công nhận lại sản phẩm OCOP năm 2027 (đánh giá lại)',
        dossierIds: [dossierId],
        signerTitle: 'CHỦ TỊCH',
      },
    });
    assert.equal(draft.status, 201, draft.text);
    const signed = await upload(
      `/api/decisions/${draft.json.id}/signed`,
      province,
      { number: '321/QĐ-UBND', signedOn: '2027-02-20', signerName: 'Nguyễn Văn Chủ Tịch' },
      PDF,
    );
    assert.equal(signed.status, 200, signed.text);
    await issueCertificates(deps, draft.json.id);
    const list = (await call(app, `/api/products/${p.che}/certificates`, { session: province })).json;
    const items = list.items ?? list;
    assert.deepEqual(
      items.map((c: { status: string; state: string; kind: string }) => `${c.status}/${c.state}/${c.kind}`),
      ['valid/valid/reEvaluation', 'superseded/superseded/first'],
    );
    const page = await publicPage(p.che);
    assert.match(page, /321\/QĐ-UBND/);
    assert.doesNotMatch(page, /hết hiệu lực từ/);
    await runMoveNotices();
    const decided = (await inbox(holder)).items.find((n: { kind: string }) => n.kind === 'decisionMade');
    assert.match(decided.subject, /Sản phẩm được công nhận OCOP 4 sao: Chè lam Phủ Quảng/);
    assert.match(decided.body, /Quyết định số 321\/QĐ-UBND ngày 20\/02\/2027/);
    const radar = (await call(app, '/api/lifecycle/radar', { session: province })).json;
    assert.equal(radar.groups.find((g: { group: string }) => g.group === 'renewalFiled').total, 0);
  });
  it('keeps a certificate whose renewal waits past its last day in force (grace); the job records no expiry', async () => {
    await certificate(p.tra, '2024-07-01', 3, { renewalFiledOn: '2027-02-01' });
    today = '2027-07-15';
    const run = await runLifecycle(deps);
    assert.equal(run.recorded.expired, 1, 'only Kẹo lạc, which filed nothing');
    const certs = (await call(app, `/api/products/${p.tra}/certificates`, { session: province })).json;
    const list = certs.items ?? certs;
    assert.equal(list[0].state, 'graceAfterExpiry');
    assert.match(await publicPage(p.tra), /đang chờ quyết định/);
  });
});

describe('a refused renewal', () => {
  it('lapses the certificate in its grace at once; the page and the holder are told', async () => {
    const cert = await deps.database.db.select().from(certificates).where(eq(certificates.productId, p.nuoc));
    await deps.database.db
      .update(certificates)
      .set({ validUntil: '2027-06-30', renewalFiledOn: '2027-02-01' })
      .where(eq(certificates.id, cert[0].id));
    const [d] = await deps.database.db
      .insert(dossiers)
      .values({
        productId: p.nuoc,
        producerId: holderId,
        kind: 'reEvaluation',
        status: 'awaitingDecision',
        procedureVersionId: 'r26_2026',
        year: 2027,
        score: '45.00',
        proposedStars: 2,
        filedOn: '2027-02-01',
      })
      .returning({ id: dossiers.id });
    const r = await call(app, `/api/dossiers/${d.id}/events`, {
      session: province,
      body: { event: 'notRecognise', note: 'Dưới 50 điểm' },
    });
    assert.equal(r.status, 200, r.text);
    const [after] = await deps.database.db.select().from(certificates).where(eq(certificates.id, cert[0].id));
    assert.equal(after.status, 'lapsed');
    const events = await deps.database.db
      .select()
      .from(certificateEvents)
      .where(eq(certificateEvents.certificateId, cert[0].id));
    assert.deepEqual(events.map((e) => e.kind).sort(), ['lapsed', 'renewalRefused']);
    assert.match(await publicPage(p.nuoc), /Đã hết hiệu lực từ ngày 15\/07\/2027/);
    const lapsed = (await inbox(holder)).items.find((n: { kind: string }) => n.kind === 'certificateLapsed');
    assert.match(lapsed.body, /không được công nhận/);
  });
});

describe('a revocation', () => {
  let certId: string;
  let revocationId: string;
  before(async () => {
    const [c] = await deps.database.db.select().from(certificates).where(eq(certificates.productId, p.banh));
    certId = c.id;
  });
  const body = {
    ground: 'lawBreach',
    conclusionRef: 'Biên bản kiểm tra số 12/BB-ATTP',
    conclusionDate: '2027-07-10',
    conclusionBy: 'Chi cục An toàn vệ sinh thực phẩm Thanh Hóa',
  };
  it('needs one of the six grounds, and the province’s officers for 3–4★', async () => {
    assertError(
      await call(app, `/api/certificates/${certId}/revocations`, {
        session: province,
        body: { ...body, ground: undefined },
      }),
      400,
      'VALIDATION_FAILED',
    );
    assertError(
      await call(app, `/api/certificates/${certId}/revocations`, {
        session: province,
        body: { ...body, ground: 'dislike' },
      }),
      400,
      'VALIDATION_FAILED',
    );
    assertError(
      await call(app, `/api/certificates/${certId}/revocations`, { session: commune, body }),
      403,
      'REVOCATION_AUTHORITY',
    );
  });
  it('is opened with its deadline, 15 days from the conclusion; a second is refused', async () => {
    const r = await call(app, `/api/certificates/${certId}/revocations`, { session: province, body });
    assert.equal(r.status, 201, r.text);
    revocationId = r.json.id;
    assert.equal(r.json.dueOn, '2027-07-26');
    assert.equal(r.json.status, 'open');
    assertError(
      await call(app, `/api/certificates/${certId}/revocations`, { session: province, body }),
      409,
      'REVOCATION_EXISTS',
    );
    // still in force until decided
    assert.doesNotMatch(await publicPage(p.banh), /thu hồi/);
  });
  it('is decided only with the signed decision in the right style', async () => {
    const noFile = await upload(
      `/api/revocations/${revocationId}/signed`,
      province,
      { number: '45/QĐ-UBND', signedOn: '2027-07-15' },
      null,
    );
    assertError(noFile, 400, 'VALIDATION_FAILED');
    assert.equal(noFile.json.error.details.issues[0].field, 'file');
    assertError(
      await upload(
        `/api/revocations/${revocationId}/signed`,
        province,
        { number: '45/QĐ-UBND', signedOn: '2027-07-15' },
        new Uint8Array(0),
      ),
      400,
      'REVOCATION_DECISION_REQUIRED',
    );
    assertError(
      await upload(
        `/api/revocations/${revocationId}/signed`,
        province,
        { number: '45/QĐ-BNNMT', signedOn: '2027-07-15' },
        PDF,
      ),
      400,
      'DECISION_NUMBER_INVALID',
    );
    assertError(
      await upload(
        `/api/revocations/${revocationId}/signed`,
        province,
        { number: '45/QĐ-UBND', signedOn: '2027-07-15' },
        new TextEncoder().encode('not a pdf'),
        'qd.txt',
      ),
      400,
      'EVIDENCE_TYPE',
    );
  });
  it('flips the public page at once, tells the holder, and cannot be done twice', async () => {
    const r = await upload(
      `/api/revocations/${revocationId}/signed`,
      province,
      { number: '45/QĐ-UBND', signedOn: '2027-07-15' },
      PDF,
    );
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.status, 'decided');
    assert.equal(r.json.late, false);
    assert.match(await publicPage(p.banh), /Đã bị thu hồi theo Quyết định số 45\/QĐ-UBND ngày 15\/07\/2027/);
    const revoked = (await inbox(holder)).items.find(
      (n: { kind: string }) => n.kind === 'certificateRevoked',
    );
    assert.match(revoked.body, /an toàn thực phẩm/);
    assertError(
      await upload(
        `/api/revocations/${revocationId}/signed`,
        province,
        { number: '46/QĐ-UBND', signedOn: '2027-07-15' },
        PDF,
      ),
      409,
      'REVOCATION_NOT_OPEN',
    );
    assertError(
      await call(app, `/api/certificates/${certId}/revocations`, { session: province, body }),
      409,
      'CERTIFICATE_NOT_IN_FORCE',
    );
    const signed = await app.request(`/api/revocations/${revocationId}/signed`, {
      headers: { cookie: province.cookie },
    });
    assert.equal(signed.status, 200);
  });
  it('of a 5★ certificate is the minister’s', async () => {
    const [c] = await deps.database.db.select().from(certificates).where(eq(certificates.productId, p.ruou));
    assertError(
      await call(app, `/api/certificates/${c.id}/revocations`, { session: province, body }),
      403,
      'REVOCATION_AUTHORITY',
    );
    const r = await call(app, `/api/certificates/${c.id}/revocations`, {
      session: central,
      body: { ...body, ground: 'markMisuse' },
    });
    assert.equal(r.status, 201, r.text);
    const dropped = await call(app, `/api/revocations/${r.json.id}/drop`, {
      session: central,
      body: { reason: 'Kết luận đã được hủy bỏ' },
    });
    assert.equal(dropped.json.status, 'dropped');
  });
});

describe('when the gateway is down', () => {
  it('the text waits and is sent once when it is back; the mail goes meanwhile', async () => {
    gatewayDown = true;
    const before = texts.length;
    const mailsBefore = mails.length;
    const run = await deliverDue(deps);
    assert.ok(run.retried >= 1, JSON.stringify(run));
    assert.ok(mails.length > mailsBefore);
    const waiting = await deps.database.db
      .select()
      .from(noticeDeliveries)
      .where(eq(noticeDeliveries.status, 'pending'));
    assert.ok(waiting.length >= 1);
    assert.match(waiting[0].lastError ?? '', /503/);
    gatewayDown = false;
    // nothing is due before its retry time
    assert.equal((await deliverDue(deps)).sent, 0);
    await deps.database.db
      .update(noticeDeliveries)
      .set({ nextAttemptAt: new Date(Date.now() - 1000) })
      .where(eq(noticeDeliveries.status, 'pending'));
    const back = await deliverDue(deps);
    assert.equal(back.sent, waiting.length);
    const refs = texts.slice(before).map((t) => t.reference);
    assert.equal(new Set(refs).size, refs.length, 'no text twice');
  });
});

describe('the lifecycle indicators', () => {
  it('count renewals, the expired-unrenewed, revocations by ground and survival by cohort', async () => {
    const r = await call(app, '/api/lifecycle/indicators', { session: province });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.revocationsByGround, [{ ground: 'lawBreach', recordedAs: null, n: 1 }]);
    const y2027 = r.json.renewals.find((x: { year: number }) => x.year === 2027);
    assert.equal(y2027.renewed, 1);
    assert.ok(y2027.reachedEnd >= 3);
    const c2024 = r.json.cohorts.find((x: { year: number }) => x.year === 2024);
    // Chè lam (renewed), Mắm tôm (expired), Kẹo lạc (expired), Trà (in grace)
    assert.equal(c2024.recognised, 4);
    assert.equal(c2024.inForce, 2);
    assert.equal(c2024.renewed, 1);
    assert.equal(c2024.ended, 2);
  });
});
