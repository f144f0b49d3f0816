// The certificate state in SQL (src/server/db/certificate-state.ts, and the SQL
// function certificate_state of migration 0016) says what the domain's
// certificateTimeState says, on every day of a grid around each boundary (window
// opening 180 days before the last valid day, closing 120 days before, grace 180
// days after), with and without a renewal filing, for every legal status, for
// certificates known only by their decision year (a range of last days) or not
// dated at all, and for no certificate; and, property by property, on random ones. The products' copy of their current certificate follows
// the certificates table (its triggers), and the product list filters by the state
// on the day it is given.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import {
  certificateTimeState,
  mayCarryMark,
  RENEWAL_RULES_26_2026,
  type CertificateLegalStatus,
} from '../../src/domain/certificates/certificate-state.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { queryRows } from '../../src/server/db/client.ts';
import fc from 'fast-check';
import {
  certificateStateIn,
  certificateStateIs,
  certificateStateOf,
  type CertificateStateFilter,
} from '../../src/server/db/certificate-state.ts';
import { certificates, products } from '../../src/server/db/schema/index.ts';
import { listProducts } from '../../src/server/modules/registry/registry.repository.ts';
import { CERTIFICATE_STATES, PRODUCT_CERTIFICATE_STATES } from '../../src/shared/enums.ts';
import { makeDeps, seedProducerInUnit, unit } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
});
after(() => tdb.drop());

const DAY = 86_400_000;
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

interface GridRow {
  status: CertificateLegalStatus | null;
  validUntil: string | null;
  /** the latest possible last day, for a certificate known only by its year */
  validUntilLatest: string | null;
  filedOn: string | null;
  today: string;
}

/** Days left to the last valid day, dense around every boundary and a few far ones. */
function daysLeft(): number[] {
  const r = RENEWAL_RULES_26_2026;
  const near = [0, r.windowClosesDaysBefore, r.windowOpensDaysBefore, -r.graceDaysAfterExpiry];
  const days = new Set<number>([-1000, -400, -300, 400, 1000, 1200]);
  for (const b of near) for (let d = b - 3; d <= b + 3; d++) days.add(d);
  for (let d = -200; d <= 200; d += 7) days.add(d);
  return [...days].sort((a, b) => a - b);
}

function grid(): GridRow[] {
  const rows: GridRow[] = [];
  // a year's end, a leap day and an ordinary day as last valid days
  for (const validUntil of ['2026-12-31', '2028-02-29', '2027-06-30']) {
    for (const left of daysLeft()) {
      const today = addDays(validUntil, -left);
      const filings = [
        null,
        addDays(today, -1),
        today,
        addDays(today, 1),
        addDays(validUntil, -170),
        addDays(validUntil, 10),
      ];
      for (const filedOn of filings)
        rows.push({ status: 'valid', validUntil, validUntilLatest: validUntil, filedOn, today });
      for (const status of ['revoked', 'superseded', 'lapsed'] as const)
        rows.push({
          status,
          validUntil,
          validUntilLatest: validUntil,
          filedOn: filings[left % 2 ? 1 : 0],
          today,
        });
      // known only by its decision year: the year ending on this day, or the next one
      for (const [earliest, latest] of yearRanges(validUntil))
        for (const filedOn of [null, addDays(today, -1)])
          rows.push({ status: 'valid', validUntil: earliest, validUntilLatest: latest, filedOn, today });
    }
  }
  for (const today of ['2026-01-01', '2027-07-15']) {
    rows.push({ status: null, validUntil: null, validUntilLatest: null, filedOn: null, today });
    // nothing dates it
    rows.push({ status: 'valid', validUntil: null, validUntilLatest: null, filedOn: null, today });
  }
  return rows;
}

/** Ranges a decision year gives (31/12 of year+2 to 30/12 of year+3) with one end on or next to `day`. */
function yearRanges(day: string): [string, string][] {
  return [
    [day, addDays(day, 364)],
    [addDays(day, -364), day],
    [addDays(day, -200), addDays(day, 164)],
  ];
}

const domainState = (r: GridRow): CertificateStateFilter =>
  r.status === null
    ? 'none'
    : certificateTimeState(
        {
          status: r.status,
          validUntil: r.validUntil,
          validUntilLatest: r.validUntilLatest,
          renewalFiledOn: r.filedOn,
        },
        r.today,
      );

const COLS = {
  status: sql`g.status`,
  validUntil: sql`g.valid_until`,
  validUntilLatest: sql`g.valid_until_latest`,
  renewalFiledOn: sql`g.filed_on`,
};

/** The grid's rows as a relation g(i, status, valid_until, valid_until_latest, filed_on, today). */
const gridRelation = (
  rows: GridRow[],
) => sql`(SELECT i, status, "validUntil" AS valid_until, "validUntilLatest" AS valid_until_latest,
         "filedOn" AS filed_on, today
  FROM jsonb_to_recordset(${JSON.stringify(rows.map((r, i) => ({ i, ...r })))}::jsonb)
    AS t(i int, status text, "validUntil" date, "validUntilLatest" date, "filedOn" date, today date)) g`;

describe(`the certificate state in SQL (${ENGINE})`, () => {
  it('matches certificateTimeState on every day of the grid, one state per row', async () => {
    const rows = grid();
    const checks = PRODUCT_CERTIFICATE_STATES.map(
      (s) => sql`${certificateStateIs(COLS, s, sql`g.today`)} AS ${sql.identifier(s)}`,
    );
    const result = await queryRows<Record<string, unknown>>(
      deps.database.db,
      sql`SELECT g.i, ${sql.join(checks, sql`, `)}, ${certificateStateOf(COLS, sql`g.today`)} AS state
          FROM ${gridRelation(rows)} ORDER BY g.i`,
    );
    assert.equal(result.length, rows.length);
    const wrong: string[] = [];
    const seen = new Set<string>();
    for (const r of result) {
      const row = rows[Number(r.i)];
      const truths = PRODUCT_CERTIFICATE_STATES.filter((s) => r[s] === true);
      const expected = domainState(row);
      seen.add(expected);
      if (truths.length !== 1 || truths[0] !== expected)
        wrong.push(`${JSON.stringify(row)}: domain ${expected}, SQL [${truths.join(', ')}]`);
      if (r.state !== expected)
        wrong.push(`${JSON.stringify(row)}: domain ${expected}, certificate_state ${r.state}`);
    }
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} rows differ`);
    // the grid reaches every state, so none of the conditions goes untested
    assert.deepEqual([...seen].sort(), [...PRODUCT_CERTIFICATE_STATES].sort());
  });

  it('matches it for states asked for together, neighbours joined into one range or not', async () => {
    const rows = grid();
    const marked = CERTIFICATE_STATES.filter(mayCarryMark);
    const groups: CertificateStateFilter[][] = [
      marked,
      [...CERTIFICATE_STATES.filter((s) => !mayCarryMark(s)), 'none'],
      ['renewalWindowOpen', 'renewalWindowClosed'],
      ['valid', 'renewalWindowOpen'],
      ['valid', 'renewalWindowClosed'],
      ['valid', 'expired'],
      ['renewalFiled', 'graceAfterExpiry'],
      ['renewalWindowClosed', 'graceAfterExpiry'],
      ['renewalWindowClosed', 'renewalFiled'],
      ['expired', 'graceAfterExpiry'],
      ['expired', 'renewalFiled', 'none'],
      ['valid', 'renewalFiled', 'revoked'],
      ['unknownValidity'],
      ['valid', 'renewalWindowOpen', 'renewalWindowClosed'],
      ['expired', 'lapsed', 'unknownValidity'],
      ['graceAfterExpiry', 'lapsed'],
      [...PRODUCT_CERTIFICATE_STATES],
      [],
    ];
    const checks = groups.map(
      (states, i) => sql`${certificateStateIn(COLS, states, sql`g.today`)} AS ${sql.identifier(`g${i}`)}`,
    );
    const result = await queryRows<Record<string, unknown>>(
      deps.database.db,
      sql`SELECT g.i, ${sql.join(checks, sql`, `)} FROM ${gridRelation(rows)} ORDER BY g.i`,
    );
    const wrong: string[] = [];
    for (const r of result) {
      const row = rows[Number(r.i)];
      const state = domainState(row);
      groups.forEach((states, i) => {
        // as a WHERE reads it: true or not (null for no certificate counts as not)
        if ((r[`g${i}`] === true) !== states.includes(state))
          wrong.push(`[${states.join(',')}] ${JSON.stringify(row)}: domain ${state}, SQL ${r[`g${i}`]}`);
      });
    }
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} answers differ`);
  });

  it('the SQL function certificate_state and the conditions agree with the domain on random certificates', async () => {
    const day = fc.integer({ min: 0, max: 4000 }).map((n) => addDays('2019-01-01', n));
    const row = fc
      .record({
        status: fc.constantFrom<CertificateLegalStatus | null>(
          'valid',
          'valid',
          'valid',
          'revoked',
          'lapsed',
          null,
        ),
        validUntil: fc.option(day, { nil: null, freq: 5 }),
        spread: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
        filedOn: fc.option(day, { nil: null }),
        today: day,
      })
      .map(
        ({ status, validUntil, spread, filedOn, today }): GridRow => ({
          status,
          validUntil: status === null ? null : validUntil,
          validUntilLatest: status === null || validUntil === null ? null : addDays(validUntil, spread ?? 0),
          filedOn: status === null ? null : filedOn,
          today,
        }),
      );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 200 }), async (rows) => {
        const checks = PRODUCT_CERTIFICATE_STATES.map(
          (s) => sql`${certificateStateIs(COLS, s, sql`g.today`)} AS ${sql.identifier(s)}`,
        );
        const result = await queryRows<Record<string, unknown>>(
          deps.database.db,
          sql`SELECT g.i, ${certificateStateOf(COLS, sql`g.today`)} AS state, ${sql.join(checks, sql`, `)}
              FROM ${gridRelation(rows)} ORDER BY g.i`,
        );
        for (const r of result) {
          const expected = domainState(rows[Number(r.i)]);
          assert.equal(r.state, expected, JSON.stringify(rows[Number(r.i)]));
          assert.deepEqual(
            PRODUCT_CERTIFICATE_STATES.filter((s) => r[s] === true),
            [expected],
            JSON.stringify(rows[Number(r.i)]),
          );
        }
      }),
      { numRuns: 25, seed: 20261202 },
    );
  });
});

let decisions = 0;
/** A certificate of a product, valid from `validFrom` for 36 months unless `validUntil` says otherwise. */
function certificate(
  productId: string,
  o: {
    validFrom: string | null;
    validUntil?: string | null;
    decisionYear?: number;
    stars?: number;
    status?: CertificateLegalStatus;
    renewalFiledOn?: string | null;
    decisionDate?: string;
  },
) {
  return {
    productId,
    stars: o.stars ?? 3,
    decisionNo: `${++decisions}/QĐ-UBND`,
    decisionDate: o.decisionDate ?? o.validFrom,
    decisionYear: o.decisionYear ?? null,
    issuer: 'Chủ tịch UBND tỉnh',
    procedureVersionId: 'r26_2026',
    validFrom: o.validFrom,
    validUntil: o.validUntil === undefined ? addDays(o.validFrom!, 3 * 365) : o.validUntil,
    status: o.status ?? 'valid',
    renewalFiledOn: o.renewalFiledOn ?? null,
  };
}

const copyOf = async (productId: string) => {
  const [row] = await deps.database.db
    .select({
      id: products.certificateId,
      stars: products.certificateStars,
      status: products.certificateStatus,
      validUntil: products.certificateValidUntil,
      filedOn: products.certificateRenewalFiledOn,
    })
    .from(products)
    .where(eq(products.id, productId));
  return row;
};

describe(`a product's current certificate, copied for the lists (${ENGINE})`, () => {
  it('is the latest by valid_from, then decision date, and follows every write to the certificates', async () => {
    const { productIds } = await seedProducerInUnit(deps, unit('14758'), {
      products: ['Không giấy', 'Hai đời', 'Cùng một lần'],
    });
    const [none, twice, together] = productIds;
    assert.deepEqual(await copyOf(none), {
      id: null,
      stars: null,
      status: null,
      validUntil: null,
      filedOn: null,
    });

    const [old] = await deps.database.db
      .insert(certificates)
      .values(certificate(twice, { validFrom: '2022-06-28', stars: 3 }))
      .returning({ id: certificates.id });
    assert.equal((await copyOf(twice)).id, old.id);
    // an upgrade: the newer certificate becomes the current one, the old one is superseded
    const [upgrade] = await deps.database.db
      .insert(certificates)
      .values(certificate(twice, { validFrom: '2025-07-01', stars: 4 }))
      .returning({ id: certificates.id });
    await deps.database.db
      .update(certificates)
      .set({ status: 'superseded' })
      .where(eq(certificates.id, old.id));
    assert.deepEqual(await copyOf(twice), {
      id: upgrade.id,
      stars: 4,
      status: 'valid',
      validUntil: addDays('2025-07-01', 3 * 365),
      filedOn: null,
    });
    // a revocation and a renewal filing reach the copy too
    await deps.database.db
      .update(certificates)
      .set({ status: 'revoked', renewalFiledOn: '2028-01-10' })
      .where(eq(certificates.id, upgrade.id));
    assert.deepEqual(
      { status: (await copyOf(twice)).status, filedOn: (await copyOf(twice)).filedOn },
      { status: 'revoked', filedOn: '2028-01-10' },
    );

    // one statement, in no particular order: the later valid_from wins, then the later decision
    await deps.database.db
      .insert(certificates)
      .values([
        certificate(together, { validFrom: '2024-03-01', stars: 5, decisionDate: '2024-02-20' }),
        certificate(together, { validFrom: '2024-03-01', stars: 4, decisionDate: '2024-02-25' }),
        certificate(together, { validFrom: '2021-01-01', stars: 3 }),
      ]);
    assert.equal((await copyOf(together)).stars, 4);
    // a certificate removed (never in practice): the copy falls back to what is left
    await deps.database.db.delete(certificates).where(eq(certificates.productId, together));
    assert.equal((await copyOf(together)).id, null);
  });
});

describe(`the product list by certificate state (${ENGINE})`, () => {
  const TODAY = '2026-12-02';
  const province = { kind: 'province', unitId: unit('38') } as const;
  const names = new Map<string, string>();
  let producer = '';

  before(async () => {
    const cases: [string, Parameters<typeof certificate>[1] | null][] = [
      ['Còn hạn', { validFrom: '2026-01-10', validUntil: addDays(TODAY, 400), stars: 5 }],
      ['Cửa sổ mở', { validFrom: '2024-05-01', validUntil: addDays(TODAY, 150), stars: 4 }],
      ['Cửa sổ đóng', { validFrom: '2024-01-01', validUntil: addDays(TODAY, 30) }],
      [
        'Đã nộp',
        { validFrom: '2024-01-02', validUntil: addDays(TODAY, 30), renewalFiledOn: addDays(TODAY, -5) },
      ],
      [
        'Ân hạn',
        { validFrom: '2023-12-01', validUntil: addDays(TODAY, -10), renewalFiledOn: addDays(TODAY, -100) },
      ],
      ['Hết hạn', { validFrom: '2023-12-02', validUntil: addDays(TODAY, -10), stars: 4 }],
      ['Thu hồi', { validFrom: '2025-01-01', status: 'revoked' }],
      ['Không đánh giá lại', { validFrom: '2022-01-01', status: 'lapsed' }],
      [
        'Quá hạn chờ',
        { validFrom: '2022-06-01', validUntil: addDays(TODAY, -200), renewalFiledOn: addDays(TODAY, -300) },
      ],
      ['Không rõ ngày', { validFrom: null, validUntil: null, decisionYear: 2023 }],
      ['Chưa công nhận', null],
    ];
    const seeded = await seedProducerInUnit(deps, unit('14758'), {
      name: 'Hợp tác xã Lọc Trạng Thái',
      products: cases.map(([n]) => n),
    });
    const { productIds } = seeded;
    producer = seeded.id;
    for (const [i, [name, cert]] of cases.entries()) {
      names.set(productIds[i], name);
      if (cert) await deps.database.db.insert(certificates).values(certificate(productIds[i], cert));
    }
  });

  const listed = async (f: Parameters<typeof listProducts>[2]) => {
    const r = await listProducts(deps.database.db, province, { producer, ...f }, 'name', 1, 50);
    return { names: r.items.map((p) => p.name).sort(), total: r.total };
  };

  it('finds the products whose current certificate is in each state today, and those with none', async () => {
    const expected: Record<CertificateStateFilter, string[]> = {
      valid: ['Còn hạn'],
      renewalWindowOpen: ['Cửa sổ mở'],
      renewalWindowClosed: ['Cửa sổ đóng'],
      renewalFiled: ['Đã nộp'],
      graceAfterExpiry: ['Ân hạn'],
      expired: ['Hết hạn'],
      revoked: ['Thu hồi'],
      superseded: [],
      lapsed: ['Không đánh giá lại', 'Quá hạn chờ'],
      unknownValidity: ['Không rõ ngày'],
      none: ['Chưa công nhận'],
    };
    for (const state of PRODUCT_CERTIFICATE_STATES) {
      const r = await listed({ certificateState: [state], today: TODAY });
      assert.deepEqual(r.names, expected[state], state);
    }
    const several = await listed({ certificateState: ['expired', 'revoked', 'none'], today: TODAY });
    assert.deepEqual(several.names, ['Chưa công nhận', 'Hết hạn', 'Thu hồi']);
    // the page and its total agree
    assert.equal(several.total, 3);
  });

  it('counts states on the day it is given, and filters stars by the current certificate whatever its state', async () => {
    // 151 days later the window of "Cửa sổ mở" has closed and its certificate has ended; the 2023
    // recognition known only by its year has ended whatever its day
    const later = await listed({ certificateState: ['expired'], today: addDays(TODAY, 151) });
    assert.deepEqual(later.names, ['Cửa sổ mở', 'Cửa sổ đóng', 'Hết hạn', 'Không rõ ngày']);
    const fourStars = await listed({ stars: 4 });
    assert.deepEqual(fourStars.names, ['Cửa sổ mở', 'Hết hạn']);
    const inForce = await listed({ stars: 4, certificateState: ['renewalWindowOpen'], today: TODAY });
    assert.deepEqual(inForce.names, ['Cửa sổ mở']);
  });

  it('pages alike whether the matches are read through their own index (counted) or along the sort (beyond the count)', async () => {
    const states: CertificateStateFilter[] = [
      'valid',
      'renewalWindowOpen',
      'renewalWindowClosed',
      'expired',
      'none',
    ];
    const pages = async (exactUpTo: number) => {
      const out: string[][] = [];
      for (const sort of ['name', '-name', '-updatedAt', 'stars']) {
        const names: string[] = [];
        for (let page = 1; page <= 3; page++) {
          const r = await listProducts(
            deps.database.db,
            province,
            { producer, certificateState: states, today: TODAY },
            sort,
            page,
            2,
            { exactUpTo, estimates: null },
          );
          names.push(...r.items.map((p) => p.name));
          if (exactUpTo < 5) assert.equal(r.totalExact, false);
        }
        out.push(names);
      }
      return out;
    };
    const throughFilter = await pages(5_000);
    assert.equal(throughFilter[0].length, 5);
    assert.deepEqual(await pages(2), throughFilter);
  });

  it('refuses a state filter without its day rather than guess one', async () => {
    await assert.rejects(listed({ certificateState: ['expired'] }), /needs the day/);
  });
});
