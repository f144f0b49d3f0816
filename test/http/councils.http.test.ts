// A provincial council over HTTP: the province's OCOP agency sets it up with its rules
// and members, plans a session with two dossiers, records who is present (the quorum
// of the rules, chair included, checked before scoring opens); members score blind,
// change by change from two devices (a resend counts once, a stale device is told and
// shown the server's copy); one member declares a conflict; a divergent member
// re-scores the criteria in question; the chair closes with the result the domain
// computes; the sheets lock (the trigger refuses a change even from SQL) and a
// correction is a new version with its reason.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { DEFAULT_RULES } from '../../src/domain/councils/council-rules.ts';
import { aggregateCouncil } from '../../src/domain/scoring/council.ts';
import { scoreSheet } from '../../src/domain/scoring/score.ts';
import { createApp } from '../../src/server/app.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { councilSheets, dossiers, selfAssessments } from '../../src/server/db/schema/index.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { bestAnswers, lowestAnswers, setOf } from '../support/rubrics.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
const { set, rules: setRules } = setOf('qd26-2026', 7);
const BEST = bestAnswers(set);
const LOW = lowestAnswers(set);
let province: Session;
let otherProvince: Session;
let councilId: string;
const s: Record<'chair' | 'vice' | 'm1' | 'm2' | 'secretary' | 'outsider', Session> = {} as never;
const emails: Record<string, string> = {};
const dossierIds: string[] = [];

async function dossierAtCouncil(productId: string, producerId: string) {
  const { db } = deps.database;
  const [sheet] = await db
    .insert(selfAssessments)
    .values({
      productId,
      producerId,
      rubricVersionId: 'qd26-2026',
      procedureVersionId: 'r26_2026',
      setNo: 7,
      year: 2027,
      answers: BEST,
      total: scoreSheet(set, BEST, {}, setRules).total,
      stars: scoreSheet(set, BEST, {}, setRules).stars,
      status: 'final',
    })
    .returning({ id: selfAssessments.id });
  // the filing path is walked in dossiers.http.test.ts; here the dossier starts where the council takes it
  const [d] = await db
    .insert(dossiers)
    .values({
      productId,
      producerId,
      kind: 'first',
      status: 'councilScoring',
      procedureVersionId: 'r26_2026',
      year: 2027,
      selfAssessmentId: sheet.id,
    })
    .returning({ id: dossiers.id });
  return d.id;
}

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  deps.clock = fixedDateClock('2027-05-20');
  app = createApp(deps);
  const producer = await seedProducerInUnit(deps, unit('14758'), {
    products: ['Nem chua Thanh Hóa', 'Bánh gai Tứ Trụ', 'Chè lam Phủ Quảng'],
  });
  for (const p of producer.productIds) dossierIds.push(await dossierAtCouncil(p, producer.id));
  const officer = await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]);
  province = await login(app, officer.email);
  const elsewhere = await seedUser(deps, [
    { role: 'province_officer', scopeKind: 'unit', unitId: unit('01') },
  ]);
  otherProvince = await login(app, elsewhere.email);
});
after(() => tdb.drop());

describe('a provincial council', () => {
  it('is set up by the province with its rules; wrong rules are refused field by field', async () => {
    assertError(
      await call(app, '/api/councils', {
        session: province,
        body: {
          level: 'province',
          name: 'Hội đồng tỉnh',
          rules: { quorum: { share: { present: 1, of: 3 } } },
        },
      }),
      400,
      'COUNCIL_RULES_INVALID',
    );
    const r = await call(app, '/api/councils', {
      session: province,
      body: {
        level: 'province',
        name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Thanh Hóa',
        establishedBy: '1520/QĐ-UBND',
        establishedOn: '2027-03-01',
      },
    });
    assert.equal(r.status, 201, r.text);
    councilId = r.json.id;
    assert.deepEqual(r.json.rules, DEFAULT_RULES.province);
    assert.equal(r.json.provinceId, unit('38'));
    assertError(await call(app, `/api/councils/${councilId}`, { session: otherProvince }), 404, 'NOT_FOUND');
  });

  it('takes members by their accounts, each with a position and an agency', async () => {
    const seats = [
      ['chair', 'chair', 'Văn phòng UBND tỉnh'],
      ['vice', 'viceChair', 'Sở Nông nghiệp và Môi trường'],
      ['m1', 'member', 'Sở Y tế'],
      ['m2', 'member', 'Sở Công Thương'],
      ['secretary', 'secretary', 'Văn phòng Điều phối nông thôn mới'],
    ] as const;
    for (const [key, position, agency] of seats) {
      const u = await seedUser(deps, [{ role: 'council_member', scopeKind: 'council', councilId }]);
      emails[key] = u.email;
      const r = await call(app, `/api/councils/${councilId}/members`, {
        session: province,
        body: { email: u.email, position, agency },
      });
      assert.equal(r.status, 200, r.text);
      s[key] = await login(app, u.email);
    }
    assertError(
      await call(app, `/api/councils/${councilId}/members`, {
        session: province,
        body: { email: emails.m1, position: 'member', agency: 'Sở Y tế' },
      }),
      409,
      'COUNCIL_MEMBER_EXISTS',
    );
    assertError(
      await call(app, `/api/councils/${councilId}/members`, {
        session: province,
        body: { email: 'chua-co@demo.vn', position: 'member', agency: 'Sở Khoa học và Công nghệ' },
      }),
      409,
      'MEMBER_ACCOUNT_MISSING',
    );
    const outsider = await seedUser(deps, [
      { role: 'council_member', scopeKind: 'council', councilId: '00000000-0000-4000-8000-000000000001' },
    ]);
    s.outsider = await login(app, outsider.email);
    const seen = await call(app, `/api/councils/${councilId}`, { session: s.m1 });
    assert.equal(seen.status, 200);
    assert.equal(seen.json.members.length, 5);
    assert.equal(seen.json.members[0].position, 'chair');
    assert.equal(seen.json.members[0].email, null, 'members do not read each other’s e-mail');
    assertError(await call(app, `/api/councils/${councilId}`, { session: s.outsider }), 404, 'NOT_FOUND');
  });
});

describe('a session', () => {
  let sessionId: string;
  let members: Record<string, string>;
  let items: string[];
  const session = (who: Session) => call(app, `/api/council-sessions/${sessionId}`, { session: who });
  const save = (who: Session, item: string, body: Record<string, unknown>) =>
    call(app, `/api/council-items/${item}/my-sheet`, { method: 'PUT', session: who, body });

  it('is planned with its dossiers; the quorum of the rules is checked before scoring opens', async () => {
    const r = await call(app, `/api/councils/${councilId}/sessions`, {
      session: province,
      body: {
        title: 'Phiên họp đợt 1 năm 2027',
        meetingOn: '2027-05-20',
        place: 'Sở Nông nghiệp và Môi trường',
      },
    });
    assert.equal(r.status, 201, r.text);
    sessionId = r.json.id;
    members = Object.fromEntries(
      r.json.members.map((m: { id: string; position: string; agency: string }) => [m.agency, m.id]),
    );
    assertError(
      await call(app, `/api/council-sessions/${sessionId}/events`, {
        session: province,
        body: { event: 'openScoring' },
      }),
      409,
      'SESSION_EMPTY',
    );
    const added = await call(app, `/api/council-sessions/${sessionId}/dossiers`, {
      session: province,
      body: { dossierIds: dossierIds.slice(0, 2) },
    });
    assert.equal(added.status, 200, added.text);
    items = added.json.items.map((i: { id: string }) => i.id);
    assert.equal(items.length, 2);
    assert.equal(added.json.items[0].setNo, 7);
    assert.equal(added.json.items[0].rubricVersionId, 'qd26-2026');
    // three of four scoring members, without the chair: the rules want the chair
    await call(app, `/api/council-sessions/${sessionId}/attendance`, {
      method: 'PUT',
      session: province,
      body: {
        present: [members['Sở Nông nghiệp và Môi trường'], members['Sở Y tế'], members['Sở Công Thương']],
      },
    });
    const noChair = await call(app, `/api/council-sessions/${sessionId}/events`, {
      session: province,
      body: { event: 'openScoring' },
    });
    assertError(noChair, 409, 'QUORUM_NOT_MET');
    assert.match(noChair.json.error.message, /3\/3/);
    // two of four: below three quarters
    await call(app, `/api/council-sessions/${sessionId}/attendance`, {
      method: 'PUT',
      session: province,
      body: { present: [members['Văn phòng UBND tỉnh'], members['Sở Y tế']] },
    });
    assertError(
      await call(app, `/api/council-sessions/${sessionId}/events`, {
        session: province,
        body: { event: 'openScoring' },
      }),
      409,
      'QUORUM_NOT_MET',
    );
    const present = await call(app, `/api/council-sessions/${sessionId}/attendance`, {
      method: 'PUT',
      session: province,
      body: {
        present: [
          members['Văn phòng UBND tỉnh'],
          members['Sở Y tế'],
          members['Sở Công Thương'],
          members['Văn phòng Điều phối nông thôn mới'],
        ],
      },
    });
    assert.deepEqual(present.json.quorum, {
      met: true,
      members: 4,
      present: 3,
      needed: 3,
      chairPresent: true,
    });
    assertError(
      await call(app, `/api/council-sessions/${sessionId}/events`, {
        session: s.m1,
        body: { event: 'openScoring' },
      }),
      403,
      'FORBIDDEN',
    );
    const opened = await call(app, `/api/council-sessions/${sessionId}/events`, {
      session: s.chair,
      body: { event: 'openScoring' },
    });
    assert.equal(opened.status, 200, opened.text);
    assert.equal(opened.json.status, 'scoring');
    assertError(
      await call(app, `/api/council-sessions/${sessionId}/dossiers`, {
        session: province,
        body: { dossierIds },
      }),
      409,
      'SESSION_NOT_PLANNED',
    );
    assertError(await session(s.outsider), 404, 'NOT_FOUND');
    assertError(await session(otherProvince), 404, 'NOT_FOUND');
  });

  it('refuses a sheet to the absent, the secretary, an officer and anyone outside', async () => {
    assertError(
      await save(s.vice, items[0], { answers: BEST, baseRevision: 0, changeId: 'vice-00001' }),
      403,
      'NOT_A_MEMBER',
    );
    assertError(
      await save(s.secretary, items[0], { answers: BEST, baseRevision: 0, changeId: 'sec-000001' }),
      403,
      'NOT_A_MEMBER',
    );
    assertError(
      await save(province, items[0], { answers: BEST, baseRevision: 0, changeId: 'prov-00001' }),
      403,
      'NOT_A_MEMBER',
    );
    assertError(
      await save(s.outsider, items[0], { answers: BEST, baseRevision: 0, changeId: 'out-000001' }),
      404,
      'NOT_FOUND',
    );
  });

  it('keeps a member out of a dossier of a producer it declares a conflict with', async () => {
    const r = await call(app, `/api/council-sessions/${sessionId}/items/${items[1]}/conflicts`, {
      session: s.m2,
      body: { reason: 'Người thân làm việc tại hợp tác xã' },
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.items[1].myStatus, 'conflict');
    assert.equal(r.json.items[1].expected.length, 2);
    assertError(
      await save(s.m2, items[1], { answers: BEST, baseRevision: 0, changeId: 'm2-conflict' }),
      403,
      'CONFLICT_DECLARED',
    );
  });

  it('saves change by change from two devices: a resend counts once, a stale copy is told', async () => {
    const first = await save(s.m1, items[0], {
      answers: { '1.1': BEST['1.1'] },
      baseRevision: 0,
      changeId: 'm1-phone-0001',
      device: 'điện thoại',
    });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.json.sheet.revision, 1);
    const again = await save(s.m1, items[0], {
      answers: { '1.1': BEST['1.1'] },
      baseRevision: 0,
      changeId: 'm1-phone-0001',
      device: 'điện thoại',
    });
    assert.equal(again.status, 200, again.text);
    assert.equal(again.json.sheet.revision, 1, 'the resend after a reconnect counts once');
    const stale = await save(s.m1, items[0], {
      answers: { '1.1': LOW['1.1'] },
      baseRevision: 0,
      changeId: 'm1-laptop-001',
      device: 'máy tính',
    });
    assertError(stale, 409, 'SHEET_CONFLICT');
    assert.equal(stale.json.error.details.server.revision, 1);
    assert.equal(stale.json.error.details.server.device, 'điện thoại');
    assert.deepEqual(stale.json.error.details.server.answers, { '1.1': BEST['1.1'] });
    const incomplete = await save(s.m1, items[0], {
      answers: { '1.1': BEST['1.1'] },
      baseRevision: 1,
      changeId: 'm1-laptop-002',
      send: true,
    });
    assertError(incomplete, 422, 'SHEET_INCOMPLETE');
    const sent = await save(s.m1, items[0], {
      answers: BEST,
      baseRevision: 1,
      changeId: 'm1-laptop-003',
      send: true,
    });
    assert.equal(sent.status, 200, sent.text);
    assert.equal(sent.json.sheet.status, 'sent');
    assert.equal(sent.json.sheet.revision, 2);
    assert.equal(
      sent.json.producerSheet.total,
      sent.json.sheet.total,
      'the producer’s part III is read beside the sheet',
    );
  });

  it('keeps every sheet blind until the chair closes the dossier', async () => {
    const seen = await session(s.chair);
    const item = seen.json.items[0];
    assert.deepEqual(item.sent, [members['Sở Y tế']]);
    assert.equal(item.result, null);
    assert.equal(item.flags, null);
    const chairSheet = await call(app, `/api/council-items/${items[0]}/my-sheet`, { session: s.chair });
    assert.deepEqual(chairSheet.json.sheet.answers, {}, 'the chair reads its own sheet, not the member’s');
    assertError(
      await call(app, `/api/council-items/${items[0]}/events`, {
        session: s.chair,
        body: { event: 'closeItem' },
      }),
      409,
      'SHEETS_MISSING',
    );
  });

  it('asks a divergent member to re-score the criteria in question, then closes with the domain’s result', async () => {
    assert.equal(
      (await save(s.chair, items[0], { answers: BEST, baseRevision: 0, changeId: 'chair-00001', send: true }))
        .status,
      200,
    );
    assert.equal(
      (await save(s.m2, items[0], { answers: LOW, baseRevision: 0, changeId: 'm2-0000001', send: true }))
        .status,
      200,
    );
    const flagged = await session(s.chair);
    assert.deepEqual(
      flagged.json.items[0].flags.members.map((m: { memberId: string }) => m.memberId),
      [members['Sở Công Thương']],
    );
    assertError(
      await call(app, `/api/council-items/${items[0]}/events`, {
        session: s.chair,
        body: { event: 'closeItem' },
      }),
      409,
      'RESCORING_REQUIRED',
    );
    assertError(
      await call(app, `/api/council-items/${items[0]}/events`, {
        session: s.m1,
        body: { event: 'requestRescoring' },
      }),
      403,
      'FORBIDDEN',
    );
    const asked = await call(app, `/api/council-items/${items[0]}/events`, {
      session: s.chair,
      body: { event: 'requestRescoring' },
    });
    assert.equal(asked.status, 200, asked.text);
    assert.equal(asked.json.status, 'rescoring');
    const mine = await call(app, `/api/council-items/${items[0]}/my-sheet`, { session: s.m2 });
    assert.equal(mine.json.pass, 2);
    assert.ok(mine.json.inQuestion.length > 0);
    assert.deepEqual(mine.json.sheet.answers, LOW, 'the re-scoring starts from the member’s first sheet');
    const inQuestion: string[] = mine.json.inQuestion;
    const outside = Object.keys(BEST).find((c) => !inQuestion.includes(c) && BEST[c] !== LOW[c]);
    if (outside)
      assertError(
        await save(s.m2, items[0], {
          answers: { ...LOW, [outside]: BEST[outside] },
          baseRevision: 0,
          changeId: 'm2-rescore-x',
        }),
        422,
        'RESCORING_OUTSIDE_CRITERIA',
      );
    const rescored = { ...LOW, ...Object.fromEntries(inQuestion.map((c) => [c, BEST[c]])) };
    const sent = await save(s.m2, items[0], {
      answers: rescored,
      baseRevision: 0,
      changeId: 'm2-rescore-1',
      send: true,
    });
    assert.equal(sent.status, 200, sent.text);
    const closed = await call(app, `/api/council-items/${items[0]}/events`, {
      session: s.chair,
      body: { event: 'closeItem' },
    });
    assert.equal(closed.status, 200, closed.text);
    const { quorum: _q, extraRounds: _e, ...rules } = DEFAULT_RULES.province;
    const expected = aggregateCouncil(
      set,
      [
        { memberId: members['Văn phòng UBND tỉnh'], answers: BEST },
        { memberId: members['Sở Y tế'], answers: BEST },
        { memberId: members['Sở Công Thương'], answers: rescored },
      ],
      {},
      rules,
      setRules,
    );
    assert.equal(closed.json.result.totalDisplay, expected.totalDisplay);
    assert.equal(closed.json.result.stars, expected.stars);
    const m2Row = closed.json.result.members.find(
      (m: { memberId: string }) => m.memberId === members['Sở Công Thương'],
    );
    assert.ok(m2Row.first < m2Row.rescored, 'the minutes keep both the first and the re-scored total');
    const [d] = await deps.database.db.select().from(dossiers).where(eq(dossiers.id, dossierIds[0]));
    assert.equal(d.status, 'awaitingDecision');
    assert.equal(d.score, expected.totalDisplay);
    assert.equal(d.proposedStars, expected.stars);
    assert.equal(d.councilDate, '2027-05-20');
  });

  it('locks the sheets: no save, no SQL update; a correction is a new version with its reason', async () => {
    assertError(
      await save(s.m1, items[0], { answers: LOW, baseRevision: 2, changeId: 'm1-late-0001' }),
      409,
      'SCORING_CLOSED',
    );
    await assert.rejects(
      deps.database.db.update(councilSheets).set({ total: 0 }).where(eq(councilSheets.itemId, items[0])),
      (err: Error & { cause?: Error }) =>
        /council sheet .* is locked/.test(String(err.cause?.message ?? err.message)),
    );
    assertError(
      await call(app, `/api/council-items/${items[0]}/corrections`, {
        session: s.m1,
        body: { memberId: members['Văn phòng UBND tỉnh'], answers: LOW, reason: 'Nhập nhầm' },
      }),
      403,
      'FORBIDDEN',
    );
    const fixed = { ...BEST, '1.1': LOW['1.1'] };
    const r = await call(app, `/api/council-items/${items[0]}/corrections`, {
      session: s.chair,
      body: {
        memberId: members['Sở Y tế'],
        answers: fixed,
        reason: 'Ghi nhầm mức điểm tiêu chí 1.1 khi nhập phiếu giấy',
      },
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.result.version, 2);
    const versions = await deps.database.db
      .select({ version: councilSheets.version, reason: councilSheets.correctionReason })
      .from(councilSheets)
      .where(sql`${councilSheets.itemId} = ${items[0]} AND ${councilSheets.correctionReason} IS NOT NULL`);
    assert.deepEqual(versions, [
      { version: 2, reason: 'Ghi nhầm mức điểm tiêu chí 1.1 khi nhập phiếu giấy' },
    ]);
    const [d] = await deps.database.db.select().from(dossiers).where(eq(dossiers.id, dossierIds[0]));
    assert.equal(d.score, r.json.result.totalDisplay);
  });

  it('closes the session once every dossier has its result', async () => {
    assertError(
      await call(app, `/api/council-sessions/${sessionId}/events`, {
        session: s.chair,
        body: { event: 'closeSession' },
      }),
      409,
      'SESSION_ITEMS_OPEN',
    );
    for (const who of [s.chair, s.m1])
      assert.equal(
        (
          await save(who, items[1], {
            answers: BEST,
            baseRevision: 0,
            changeId: `b-${who.token.slice(0, 8)}`,
            send: true,
          })
        ).status,
        200,
      );
    const closed = await call(app, `/api/council-items/${items[1]}/events`, {
      session: s.chair,
      body: { event: 'closeItem' },
    });
    assert.equal(closed.status, 200, closed.text);
    assert.equal(
      closed.json.result.members.length,
      2,
      'the member with a conflict has no sheet in the result',
    );
    const done = await call(app, `/api/council-sessions/${sessionId}/events`, {
      session: s.chair,
      body: { event: 'closeSession' },
    });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.json.status, 'closed');
  });
});

describe('a re-evaluation by written opinion', () => {
  let sessionId: string;
  let item: string;
  const save = (who: Session, body: Record<string, unknown>) =>
    call(app, `/api/council-items/${item}/my-sheet`, { method: 'PUT', session: who, body });

  it('opens without a meeting: every scoring member gives an opinion', async () => {
    const r = await call(app, `/api/councils/${councilId}/sessions`, {
      session: province,
      body: {
        title: 'Lấy ý kiến bằng văn bản tháng 6/2027',
        meetingOn: '2027-05-20',
        mode: 'writtenOpinion',
      },
    });
    assert.equal(r.status, 201, r.text);
    sessionId = r.json.id;
    const added = await call(app, `/api/council-sessions/${sessionId}/dossiers`, {
      session: province,
      body: { dossierIds: [dossierIds[2]] },
    });
    item = added.json.items[0].id;
    assert.deepEqual(added.json.quorum, { met: true, members: 4, present: 4, needed: 3, chairPresent: true });
    const opened = await call(app, `/api/council-sessions/${sessionId}/events`, {
      session: province,
      body: { event: 'openScoring' },
    });
    assert.equal(opened.status, 200, opened.text);
    assert.equal(opened.json.items[0].expected.length, 4);
  });

  it('needs a meeting when the opinions diverge, then re-scores and closes', async () => {
    for (const [who, answers] of [
      [s.chair, BEST],
      [s.vice, BEST],
      [s.m1, BEST],
      [s.m2, LOW],
    ] as const)
      assert.equal(
        (await save(who, { answers, baseRevision: 0, changeId: `wo-${who.token.slice(0, 10)}`, send: true }))
          .status,
        200,
      );
    const act = (event: string) =>
      call(app, `/api/council-items/${item}/events`, { session: s.chair, body: { event } });
    assertError(await act('closeItem'), 409, 'RESCORING_REQUIRED');
    assertError(await act('requestRescoring'), 409, 'MEETING_REQUIRED');
    const everyone = (
      await call(app, `/api/council-sessions/${sessionId}`, { session: province })
    ).json.members
      .filter((m: { scores: boolean }) => m.scores)
      .map((m: { id: string }) => m.id);
    const met = await call(app, `/api/council-sessions/${sessionId}/attendance`, {
      method: 'PUT',
      session: province,
      body: { present: everyone },
    });
    assert.equal(met.status, 200, met.text);
    assert.equal(met.json.metOn, '2027-05-20');
    assert.equal((await act('requestRescoring')).status, 200);
    const mine = await call(app, `/api/council-items/${item}/my-sheet`, { session: s.m2 });
    const rescored = { ...LOW, ...Object.fromEntries(mine.json.inQuestion.map((c: string) => [c, BEST[c]])) };
    assert.equal(
      (await save(s.m2, { answers: rescored, baseRevision: 0, changeId: 'wo-m2-again', send: true })).status,
      200,
    );
    const closed = await act('closeItem');
    assert.equal(closed.status, 200, closed.text);
    assert.equal(closed.json.result.members.length, 4);
  });
});
