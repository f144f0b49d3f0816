// The lifecycle on both engines. The radar's SQL puts each product's current
// certificate in the group the domain's rules give it (certificateTimeState, the
// month's expiries and lapses) on a grid of last valid days around every boundary,
// with and without a renewal filed; the daily job records exactly the events the
// domain's dueLifecycleEvents gives, once — a second run and a run after a missed
// week record nothing twice; and two senders working the same deliveries at once
// (PostgreSQL's concurrent connections) send each one once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { addDaysIso } from '../../src/domain/calendar/dates.ts';
import {
  certificateTimeState,
  RENEWAL_RULES_26_2026,
} from '../../src/domain/certificates/certificate-state.ts';
import { type CertificateEvent, dueLifecycleEvents } from '../../src/domain/certificates/lifecycle.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { type Clock, fixedDateClock } from '../../src/server/core/clock.ts';
import { queryRows } from '../../src/server/db/client.ts';
import { certificates, producers } from '../../src/server/db/schema/index.ts';
import { parseEnv } from '../../src/server/env.ts';
import { runLifecycle } from '../../src/server/modules/certificates/lifecycle.service.ts';
import { radar, radarList } from '../../src/server/modules/certificates/radar.service.ts';
import type { Channels } from '../../src/server/modules/notices/channels.ts';
import { deliverDue, sendNotices } from '../../src/server/modules/notices/notices.service.ts';
import type { Grant } from '../../src/domain/access/policy.ts';
import { makeDeps, seedProducerInUnit, unit } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let today = '2027-03-15';
const clock: Clock = { ...fixedDateClock(today), today: () => today };
const province: Grant = {
  id: 'g',
  role: 'province_officer',
  scopeKind: 'unit',
  unitId: unit('38'),
  unitLevel: 'province',
  producerId: null,
  councilId: null,
  roundId: null,
};

/** last valid days around every boundary of the lifecycle, seen from `today` */
const OFFSETS = [
  -400, -362, -361, -360, -200, -182, -181, -180, -179, -40, -15, -14, -13, -1, 0, 1, 29, 30, 31, 119, 120,
  121, 179, 180, 181, 400,
];
const rows: { productId: string; validUntil: string; filed: string | null }[] = [];

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  deps.clock = clock;
  deps.env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SMTP_URL: 'smtp://127.0.0.1:9' });
  const names: string[] = [];
  for (const off of OFFSETS)
    for (const filed of [false, true]) names.push(`SP ${off} ${filed ? 'nộp' : 'chưa'}`);
  const producer = await seedProducerInUnit(deps, unit('14758'), { products: names });
  await deps.database.db
    .update(producers)
    .set({ email: 'lifecycle@example.vn' })
    .where(sql`${producers.id} = ${producer.id}`);
  let i = 0;
  for (const off of OFFSETS)
    for (const filed of [false, true]) {
      const validUntil = addDaysIso(today, off);
      // a filing in the window, 150 days before the last day (only when that day has come)
      const filedOn = filed && addDaysIso(validUntil, -150) <= today ? addDaysIso(validUntil, -150) : null;
      const productId = producer.productIds[i++];
      rows.push({ productId, validUntil, filed: filedOn });
      await deps.database.db.insert(certificates).values({
        productId,
        stars: 3 + (i % 3),
        certificateNo: `${i}/GCN`,
        decisionNo: `${i}/QĐ-UBND`,
        decisionDate: addDaysIso(validUntil, -1095),
        decisionYear: Number(addDaysIso(validUntil, -1095).slice(0, 4)),
        validFrom: addDaysIso(validUntil, -1095),
        validUntil,
        status: 'valid',
        renewalFiledOn: filedOn,
      });
    }
});
after(() => tdb.drop());

/** The radar group of a certificate by the domain's rules (null: in none). */
function expectedGroup(r: (typeof rows)[number], day: string): string | null {
  const state = certificateTimeState(
    { status: 'valid', validUntil: r.validUntil, renewalFiledOn: r.filed },
    day,
  );
  const monthStart = `${day.slice(0, 8)}01`;
  if (state === 'renewalWindowOpen') return 'windowOpen';
  if (state === 'renewalWindowClosed') return 'windowPassedUnfiled';
  if (state === 'renewalFiled') return 'renewalFiled';
  if (state === 'graceAfterExpiry') return 'grace';
  if (state === 'expired' && addDaysIso(r.validUntil, 1) >= monthStart) return 'expiredThisMonth';
  const lapsesOn = addDaysIso(r.validUntil, RENEWAL_RULES_26_2026.graceDaysAfterExpiry + 1);
  if (state === 'lapsed' && lapsesOn >= monthStart) return 'lapsedThisMonth';
  return null;
}

describe(`the radar on ${ENGINE}`, () => {
  it('puts each certificate in the group the domain gives it, on several days of the month', async () => {
    for (const day of ['2027-03-15', '2027-03-01', '2027-03-31']) {
      today = day;
      const listed = new Map<string, string>();
      let cursor: string | undefined;
      do {
        const page = await radarList(deps, province, { cursor, limit: 7 });
        for (const i of page.items) listed.set(i.productId, i.grp);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      for (const r of rows)
        assert.equal(
          listed.get(r.productId) ?? null,
          expectedGroup(r, day),
          `${r.validUntil} filed ${r.filed} on ${day}`,
        );
      const counts = await radar(deps, province);
      for (const g of counts.groups)
        assert.equal(
          g.total,
          rows.filter((r) => expectedGroup(r, day) === g.group).length,
          `${g.group} on ${day}`,
        );
    }
    today = '2027-03-15';
  });
});

describe(`the daily job on ${ENGINE}`, () => {
  it('records what the domain says is due, once; a week missed is caught up once', async () => {
    for (const day of ['2027-03-15', '2027-03-16', '2027-03-23']) {
      today = day;
      const before = await recorded();
      const expected = rows.flatMap((r) =>
        dueLifecycleEvents(
          {
            status: 'valid',
            validUntil: r.validUntil,
            renewalFiledOn: r.filed,
            renewalRefused: false,
            recorded: new Set((before.get(r.productId) ?? []) as CertificateEvent[]),
          },
          day,
        )
          .filter(() => !(before.get(r.productId) ?? []).some((k) => k === 'expired' || k === 'lapsed'))
          .map((e) => `${r.productId}:${e.kind}:${e.on}`),
      );
      await runLifecycle(deps, day, { chunk: 5 });
      const after = await recordedDetail();
      const fresh = after.filter((a) => !(before.get(a.split(':')[0]) ?? []).includes(a.split(':')[1]));
      assert.deepEqual(fresh.sort(), expected.sort(), `on ${day}`);
      const again = await runLifecycle(deps, day);
      assert.deepEqual(again.recorded, { windowOpened: 0, expiryNotice: 0, expired: 0, lapsed: 0 });
    }
    today = '2027-03-15';
  });
});

async function recorded() {
  const out = new Map<string, string[]>();
  for (const r of await recordedDetail()) {
    const [productId, kind] = r.split(':');
    out.set(productId, [...(out.get(productId) ?? []), kind]);
  }
  return out;
}

async function recordedDetail() {
  const rows = await queryRows<{ productId: string; kind: string; on: string }>(
    deps.database.db,
    sql`SELECT c.product_id AS "productId", e.kind, e.on_day::text AS on
          FROM certificate_events e JOIN certificates c ON c.id = e.certificate_id`,
  );
  return rows.map((r) => `${r.productId}:${r.kind}:${r.on}`);
}

describe(`deliveries on ${ENGINE}`, () => {
  it('two senders at once send each delivery once', async () => {
    const [producer] = await queryRows<{ id: string }>(
      deps.database.db,
      sql`SELECT id FROM producers WHERE email = 'lifecycle@example.vn'`,
    );
    await deps.database.db.transaction((tx) =>
      sendNotices(
        tx,
        deps,
        Array.from({ length: 120 }, (_, i) => ({
          kind: 'dossierMoved' as const,
          audience: { kind: 'producer' as const, producerId: producer.id },
          subject: `Thông báo ${i}`,
          body: `Nội dung ${i}`,
          text: `Thong bao ${i}`,
          link: null,
          object: null,
          cause: `concurrency:${i}`,
        })),
      ),
    );
    const sent: string[] = [];
    const channels: Channels = {
      mail: {
        send: async (m) => {
          await new Promise((r) => setTimeout(r, 1));
          sent.push(m.id);
          return { providerId: null };
        },
        close: () => {},
      },
      text: null,
    };
    const [a, b] = await Promise.all([
      deliverDue(deps, { channels, batch: 10 }),
      deliverDue(deps, { channels, batch: 10 }),
    ]);
    const ids = new Set(sent);
    assert.equal(sent.length, ids.size, 'no delivery sent twice');
    assert.ok(ids.size >= 120, `${ids.size} sent`);
    assert.equal(a.sent + b.sent, ids.size);
    const [left] = await queryRows<{ n: number }>(
      deps.database.db,
      sql`SELECT count(*)::int AS n FROM notice_deliveries WHERE status <> 'sent'`,
    );
    assert.equal(left.n, 0);
  });
});
