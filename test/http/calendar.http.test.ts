// The working-day calendar over HTTP: a decided year with its instruments, an
// undecided one answered by the Labour Code and said so, the last day of a time
// limit in working or calendar days, and an administrator's edit of a year —
// checked, audited in words, refused to others, and a no-change save writing nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { makeDeps, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { call, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
const S: Record<string, Session> = {};

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  app = createApp(deps);
  const users = {
    commune: await seedUser(deps, [{ role: 'commune_officer', scopeKind: 'unit', unitId: unit('14758') }]),
    admin: await seedUser(deps, [{ role: 'system_admin', scopeKind: 'nation' }]),
  };
  for (const [k, u] of Object.entries(users)) S[k] = await login(app, u.email);
});
after(() => tdb.drop());

// 2028: no decision shipped; an administrator records one
const YEAR_2028 = {
  year: 2028,
  verified: false,
  decisions: [
    {
      ref: 'Thông báo thử nghiệm',
      date: '2027-10-15',
      issuer: 'Bộ Nội vụ',
      about: 'Tết Mậu Thân 2028',
      url: null,
    },
  ],
  nonWorkingDays: [
    { date: '2028-01-01', name: 'Tết Dương lịch', nameEn: "New Year's Day", kind: 'fixed' },
    { date: '2028-01-24', name: 'Nghỉ Tết Âm lịch', nameEn: 'Lunar New Year', kind: 'lunar' },
    { date: '2028-01-25', name: 'Nghỉ Tết Âm lịch', nameEn: 'Lunar New Year', kind: 'lunar' },
    { date: '2028-01-26', name: 'Nghỉ Tết Âm lịch', nameEn: 'Lunar New Year', kind: 'lunar' },
    { date: '2028-01-27', name: 'Nghỉ Tết Âm lịch', nameEn: 'Lunar New Year', kind: 'lunar' },
    { date: '2028-01-28', name: 'Nghỉ Tết Âm lịch', nameEn: 'Lunar New Year', kind: 'lunar' },
    { date: '2028-01-31', name: 'Nghỉ hoán đổi', nameEn: 'Swapped day off', kind: 'swap' },
  ],
  makeUpWorkingDays: [{ date: '2028-02-12', name: 'Làm bù cho ngày 31/1', nameEn: 'Make-up for 31 Jan' }],
  notes: null,
};

describe('a year’s days off', () => {
  it('2025 as decided: the instruments, the swap of Friday 2/5 for Saturday 26/4, holidays on a weekend marked', async () => {
    const r = await call(app, '/api/calendar/years/2025', { session: S.commune });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.decided, true);
    assert.equal(r.json.origin, 'shipped');
    assert.ok(r.json.decisions.some((d: { ref: string }) => d.ref === 'Công văn 8726/VPCP-KGVX'));
    const swap = r.json.nonWorkingDays.find((d: { date: string }) => d.date === '2025-05-02');
    assert.equal(swap.kind, 'swap');
    assert.deepEqual(
      r.json.makeUpWorkingDays.map((d: { date: string }) => d.date),
      ['2025-04-26'],
    );
    const y2026 = (await call(app, '/api/calendar/years/2026', { session: S.commune })).json;
    const sunday = y2026.nonWorkingDays.find((d: { date: string }) => d.date === '2026-04-26');
    assert.equal(sunday.onWeekend, true, 'the Hùng Kings’ day 2026 is a Sunday');
  });

  it('a year without a decision answers the Labour Code’s days and says so', async () => {
    const r = await call(app, '/api/calendar/years/2027', { session: S.commune });
    assert.equal(r.json.decided, false);
    assert.equal(r.json.origin, 'labourCode');
    assert.match(r.json.decisions[0].ref, /Bộ luật Lao động 2019/);
    assert.ok(
      r.json.nonWorkingDays.some((d: { date: string }) => d.date === '2027-02-06'),
      'Tết 2027',
    );
  });

  it('lists the decided years; needs a session; refuses a year outside the calendar', async () => {
    const list = await call(app, '/api/calendar/years', { session: S.commune });
    assert.deepEqual(
      list.json.items.map((y: { year: number }) => y.year),
      [2020, 2021, 2022, 2023, 2024, 2025, 2026],
    );
    assert.equal((await call(app, '/api/calendar/years/2025')).status, 401);
    assert.equal((await call(app, '/api/calendar/years/1900', { session: S.commune })).status, 400);
  });
});

describe('the last day of a time limit', () => {
  it('15 working days from 10/2/2026 end on 10/3/2026, across the Tết break', async () => {
    const r = await call(app, '/api/calendar/add?from=2026-02-10&workingDays=15', { session: S.commune });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, {
      from: '2026-02-10',
      count: 15,
      unit: 'workingDays',
      date: '2026-03-10',
      undecidedYears: [],
    });
  });

  it('a limit in days ending on a day off ends on the next working day; an undecided year is named', async () => {
    // 40 days from 21/3/2025 end on 30/4, inside the break 30/4–4/5: the limit ends on Monday 5/5
    const r = await call(app, '/api/calendar/add?from=2025-03-21&days=40', { session: S.commune });
    assert.equal(r.json.date, '2025-05-05');
    const plain = await call(app, '/api/calendar/add?from=2025-03-21&days=34', { session: S.commune });
    assert.equal(plain.json.date, '2025-04-24', 'a Thursday stays');
    const late = await call(app, '/api/calendar/add?from=2026-12-20&workingDays=30', { session: S.commune });
    assert.deepEqual(late.json.undecidedYears, [2027]);
  });

  it('asks for exactly one of workingDays and days, and a real date', async () => {
    for (const q of ['from=2026-02-10', 'from=2026-02-10&days=3&workingDays=3', 'from=2026-02-30&days=3']) {
      const r = await call(app, `/api/calendar/add?${q}`, {
        session: S.commune,
        headers: { 'accept-language': 'vi' },
      });
      assert.equal(r.status, 400, q);
    }
  });
});

describe('an administrator records a year', () => {
  it('only an administrator may; a commune officer gets 403', async () => {
    const r = await call(app, '/api/calendar/years/2028', {
      method: 'PUT',
      session: S.commune,
      body: YEAR_2028,
    });
    assert.equal(r.status, 403);
  });

  it('refuses inconsistent days, naming the date, in the caller’s language', async () => {
    const weekdayMakeUp = {
      ...YEAR_2028,
      makeUpWorkingDays: [{ date: '2028-02-14', name: 'x', nameEn: 'x' }],
    };
    const r = await call(app, '/api/calendar/years/2028', {
      method: 'PUT',
      session: S.admin,
      body: weekdayMakeUp,
      headers: { 'accept-language': 'vi' },
    });
    assert.equal(r.status, 400);
    assert.equal(r.json.error.code, 'CALENDAR_MAKE_UP_NOT_WEEKEND');
    assert.match(r.json.error.message, /Ngày làm bù 2028-02-14 không phải thứ Bảy hay Chủ nhật/);
    const outside = {
      ...YEAR_2028,
      nonWorkingDays: [...YEAR_2028.nonWorkingDays, { ...YEAR_2028.nonWorkingDays[0], date: '2029-01-01' }],
    };
    const o = await call(app, '/api/calendar/years/2028', {
      method: 'PUT',
      session: S.admin,
      body: outside,
      headers: { 'accept-language': 'en' },
    });
    assert.equal(o.json.error.code, 'CALENDAR_DATE_OUTSIDE_YEAR');
    assert.match(o.json.error.message, /2029-01-01 is not in 2028/);
    const mismatch = await call(app, '/api/calendar/years/2029', {
      method: 'PUT',
      session: S.admin,
      body: YEAR_2028,
    });
    assert.equal(mismatch.status, 400);
  });

  it('stores it, counts with it, audits it in words, and a second identical save writes nothing', async () => {
    const r = await call(app, '/api/calendar/years/2028', {
      method: 'PUT',
      session: S.admin,
      body: YEAR_2028,
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.decided, true);
    assert.equal(r.json.origin, 'edited');
    // Friday 28/1 → the swapped Monday 31/1 is off too: the next working day is Tuesday 1/2
    const add = await call(app, '/api/calendar/add?from=2028-01-21&workingDays=1', { session: S.commune });
    assert.equal(add.json.date, '2028-02-01');
    const sat = await call(app, '/api/calendar/add?from=2028-02-11&workingDays=1', { session: S.commune });
    assert.equal(sat.json.date, '2028-02-12', 'the make-up Saturday is a working day');
    const log = await call(app, '/api/audit?limit=5', {
      session: S.admin,
      headers: { 'accept-language': 'vi' },
    });
    const row = log.json.items.find((i: { action: string }) => i.action === 'calendar.year_edited');
    assert.ok(row, 'an audit row');
    assert.equal(row.objectName, 'Lịch nghỉ năm 2028');
    const count = log.json.items.length;
    const again = await call(app, '/api/calendar/years/2028', {
      method: 'PUT',
      session: S.admin,
      body: YEAR_2028,
    });
    assert.equal(again.status, 200);
    const after2 = await call(app, '/api/audit?limit=5', { session: S.admin });
    assert.equal(after2.json.items[0].id, log.json.items[0].id, 'no new audit row');
    assert.equal(count > 0, true);
  });
});
