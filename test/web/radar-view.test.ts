// What the expiry radar's screens work out from the API's answers: the spreadsheet's
// address, the communes before "see all", the day a row speaks of, a group's card,
// and the indicator rows the charts and tables draw.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LifecycleIndicators, Radar } from '../../src/web/features/lifecycle/api.ts';
import {
  communesShown,
  defaultGroup,
  groupSummary,
  radarDayOf,
  radarExportUrl,
  renewalBars,
  survivalBars,
  unrenewedTable,
} from '../../src/web/features/lifecycle/radar-view.ts';

const radar = (over: Partial<Radar> = {}): Radar => ({
  today: '2027-01-10',
  monthStart: '2027-01-01',
  scope: { provinceId: null, communeId: null },
  groups: [
    { group: 'windowOpen', total: 7, byStars: { '3': 4, '4': 2, '5': 0, unknown: 1 }, unreachable: 2 },
  ],
  byCommune: [],
  ...over,
});

describe('the radar’s spreadsheet address', () => {
  it('names the group and the scope chosen, and nothing left empty', () => {
    assert.equal(radarExportUrl({}), '/api/lifecycle/radar/export');
    assert.equal(radarExportUrl({ group: 'grace' }), '/api/lifecycle/radar/export?group=grace');
    assert.equal(
      radarExportUrl({ group: 'windowOpen', provinceId: '38', communeId: '' }),
      '/api/lifecycle/radar/export?group=windowOpen&provinceId=38',
    );
  });
});

describe('the group shown before one is chosen', () => {
  it('is the first with certificates in it, or the window when all are empty or not yet counted', () => {
    const empty = { total: 0, byStars: { '3': 0, '4': 0, '5': 0, unknown: 0 }, unreachable: 0 };
    assert.equal(
      defaultGroup(
        radar({
          groups: [
            { group: 'windowOpen', ...empty },
            { group: 'renewalFiled', ...empty, total: 1 },
            { group: 'grace', ...empty, total: 3 },
          ],
        }),
      ),
      'renewalFiled',
    );
    assert.equal(defaultGroup(radar({ groups: [{ group: 'grace', ...empty }] })), 'windowOpen');
    assert.equal(defaultGroup(undefined), 'windowOpen');
  });
});

describe('the radar by commune', () => {
  const rows = Array.from({ length: 23 }, (_, i) => ({
    communeId: `c${i}`,
    communeName: `Xã ${i}`,
    counts: { windowOpen: 23 - i },
    total: 23 - i,
  }));
  it('shows the first twenty and says how many more there are, or all', () => {
    const top = communesShown(rows, false);
    assert.equal(top.rows.length, 20);
    assert.equal(top.rows[0].communeId, 'c0');
    assert.equal(top.hidden, 3);
    assert.deepEqual(communesShown(rows, true), { rows, hidden: 0 });
    assert.deepEqual(communesShown(rows.slice(0, 5), false).hidden, 0);
  });
});

describe('a radar row’s day', () => {
  it('is the days left, the days past expiry in grace, or the day it ended', () => {
    assert.deepEqual(radarDayOf({ daysLeft: 150, endedOn: null }), { kind: 'left', days: 150 });
    assert.deepEqual(radarDayOf({ daysLeft: 0, endedOn: null }), { kind: 'left', days: 0 });
    assert.deepEqual(radarDayOf({ daysLeft: -12, endedOn: null }), { kind: 'past', days: 12 });
    assert.deepEqual(radarDayOf({ daysLeft: -3, endedOn: '2027-01-07' }), {
      kind: 'ended',
      on: '2027-01-07',
    });
  });
});

describe('a group’s card', () => {
  it('carries the total, the split by stars and the unreachable holders; a group not sent counts nothing', () => {
    assert.deepEqual(groupSummary(radar(), 'windowOpen'), {
      total: 7,
      s3: 4,
      s4: 2,
      s5: 0,
      unknown: 1,
      unreachable: 2,
    });
    assert.deepEqual(groupSummary(undefined, 'grace'), {
      total: 0,
      s3: 0,
      s4: 0,
      s5: 0,
      unknown: 0,
      unreachable: 0,
    });
  });
});

describe('the indicators as drawn', () => {
  it('renewal bars: years with certificates that reached their end, oldest first', () => {
    const rows: LifecycleIndicators['renewals'] = [
      { year: 2026, reachedEnd: 4, renewed: 3, lapsed: 1, unrenewed: 0, rate: 75 },
      { year: 2024, reachedEnd: 0, renewed: 0, lapsed: 0, unrenewed: 0, rate: null },
      { year: 2025, reachedEnd: 2, renewed: 0, lapsed: 0, unrenewed: 2, rate: 0 },
    ];
    assert.deepEqual(
      renewalBars(rows).map((r) => [r.year, r.rate]),
      [
        ['2025', 0],
        ['2026', 75],
      ],
    );
  });

  it('survival bars: cohorts with recognitions, oldest first', () => {
    const rows: LifecycleIndicators['cohorts'] = [
      { year: 2023, recognised: 10, inForce: 6, renewed: 2, ended: 3, revoked: 1, survival: 60 },
      { year: 2022, recognised: 0, inForce: 0, renewed: 0, ended: 0, revoked: 0, survival: null },
      { year: 2021, recognised: 5, inForce: 1, renewed: 1, ended: 4, revoked: 0, survival: 20 },
    ];
    assert.deepEqual(
      survivalBars(rows).map((r) => [r.year, r.survival, r.inForce]),
      [
        ['2021', 20, 1],
        ['2023', 60, 6],
      ],
    );
  });

  it('expired-unrenewed: a row per stars (unknown last), a column per state, totals', () => {
    const t = unrenewedTable([
      { stars: 4, state: 'lapsed', n: 1 },
      { stars: null, state: 'expired', n: 2 },
      { stars: 3, state: 'expired', n: 5 },
      { stars: 4, state: 'expired', n: 2 },
    ]);
    assert.deepEqual(t.states, ['expired', 'lapsed']);
    assert.deepEqual(
      t.rows.map((r) => [r.stars, r.counts.expired ?? 0, r.counts.lapsed ?? 0, r.total]),
      [
        [3, 5, 0, 5],
        [4, 2, 1, 3],
        [null, 2, 0, 2],
      ],
    );
    assert.deepEqual(unrenewedTable([]), { states: [], rows: [] });
  });
});
