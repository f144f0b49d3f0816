import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { RubricPack, RubricSet } from '../rubric/pack.ts';
import { aggregateCouncil, DEFAULT_COUNCIL_RULES } from './council.ts';
import { optionRank, scorableCriteria, type Answers } from './score.ts';

const pack = JSON.parse(
  readFileSync(new URL('../../../resources/rubrics/qd26-2026.json', import.meta.url), 'utf8'),
) as RubricPack;
const set7 = pack.sets[6];
const ranked = (set: RubricSet, level: (n: number) => number): Answers =>
  Object.fromEntries(
    scorableCriteria(set).map(({ criterion: c }) => {
      const order = [...c.options]
        .sort((a, b) => optionRank(c, a.position) - optionRank(c, b.position))
        .map((o) => o.position);
      return [c.code, order.length ? order[Math.max(0, Math.min(order.length - 1, level(order.length)))] : 0];
    }),
  );
const best = ranked(set7, (n) => n - 1);

describe('council aggregation', () => {
  it('averages totals and parts, and bands on the exact mean', () => {
    const r = aggregateCouncil(set7, [
      { memberId: 'a', answers: best },
      { memberId: 'b', answers: best },
      { memberId: 'c', answers: best },
    ]);
    assert.deepEqual([r.total, r.totalDisplay, r.stars, r.parts.A], [100, '100.00', 5, 40]);
    assert.deepEqual(r.rules, DEFAULT_COUNCIL_RULES);
  });
  it('flags a member far from the median and criteria two levels apart', () => {
    const low = ranked(set7, () => 0);
    const r = aggregateCouncil(set7, [
      { memberId: 'a', answers: best },
      { memberId: 'b', answers: best },
      { memberId: 'c', answers: low },
    ]);
    assert.deepEqual(
      r.divergentMembers.map((m) => m.memberId),
      ['c'],
    );
    assert.ok(r.disagreements.length > 0);
    // markers judged on the majority: two of three sheets meet every marker
    assert.deepEqual(r.failedMarkers, []);
    const strict = aggregateCouncil(
      set7,
      [
        { memberId: 'a', answers: best },
        { memberId: 'b', answers: best },
        { memberId: 'c', answers: low },
      ],
      {},
      { ...DEFAULT_COUNCIL_RULES, markers: 'all' },
    );
    assert.ok(strict.failedMarkers.length > 0 && strict.stars < 3);
  });
  it('a mean of 69.67 is not 4★ (integer arithmetic on the sum), 70.00 is', () => {
    // a synthetic sheet of one-point yes/no criteria, so each member's total is exact
    const part = (code: 'A' | 'B' | 'C', cap: number) => ({
      code,
      title: code,
      maxPoints: cap,
      sections: [
        {
          code: code,
          title: code,
          maxPoints: cap,
          notes: [],
          criteria: Array.from({ length: cap }, (_, i) => ({
            code: `${code}${i}`,
            title: '',
            maxPoints: 1,
            kind: 'binary' as const,
            notes: [],
            options: [
              { position: 1, text: 'Không', points: 0, minStar: null },
              { position: 2, text: 'Có', points: 1, minStar: null },
            ],
          })),
        },
      ],
    });
    const set: RubricSet = {
      no: 99,
      name: 'synthetic',
      total: 100,
      parts: [part('A', 40), part('B', 25), part('C', 35)],
    };
    const codes = scorableCriteria(set).map((x) => x.criterion.code);
    const sheetOf = (points: number): Answers =>
      Object.fromEntries(codes.map((c, i) => [c, i < points ? 2 : 1]));
    const r = aggregateCouncil(
      set,
      [70, 70, 69].map((p, i) => ({ memberId: String(i), answers: sheetOf(p) })),
    );
    assert.deepEqual([r.totalDisplay, r.bandStars], ['69.67', 3]);
    const even = aggregateCouncil(
      set,
      [70, 71, 69].map((p, i) => ({ memberId: String(i), answers: sheetOf(p) })),
    );
    assert.deepEqual([even.totalDisplay, even.bandStars], ['70.00', 4]);
  });
  it('needs at least one sheet', () => assert.throws(() => aggregateCouncil(set7, [])));
});

describe('council aggregation on QĐ 148', () => {
  const pack148 = JSON.parse(
    readFileSync(new URL('../../../resources/rubrics/qd148-2023.json', import.meta.url), 'utf8'),
  ) as RubricPack;
  const set = pack148.sets[6];
  const top = ranked(set, (n) => n - 1);
  const ip = scorableCriteria(set)
    .map((x) => x.criterion)
    .find((c) => c.minStar === 4)!;
  it('judges the criterion-level ★4 (intellectual property) on the majority, like option markers', () => {
    const none = { ...top, [ip.code]: 0 };
    const r = aggregateCouncil(set, [
      { memberId: 'a', answers: none },
      { memberId: 'b', answers: none },
      { memberId: 'c', answers: top },
    ]);
    assert.deepEqual(r.failedMarkers, [{ criterion: ip.code, level: 4, metBy: 1 }]);
    assert.equal(r.markerStars, 3);
    assert.deepEqual(
      aggregateCouncil(set, [
        { memberId: 'a', answers: none },
        { memberId: 'b', answers: top },
        { memberId: 'c', answers: top },
      ]).failedMarkers,
      [],
    );
  });
});
