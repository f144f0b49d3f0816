import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { RubricPack, RubricSet } from '../rubric/pack.ts';
import { rulesForSet } from '../rubric/rules.ts';
import { overlayOf } from '../../../test/support/rubrics.ts';
import { adviseNextStar } from './advice.ts';
import { optionRank, scorableCriteria, scoreSheet, type Answers } from './score.ts';

const pack = JSON.parse(
  readFileSync(new URL('../../../resources/rubrics/qd26-2026.json', import.meta.url), 'utf8'),
) as RubricPack;
const set7 = pack.sets[6];
const byRank = (set: RubricSet, pick: (ranked: number[]) => number): Answers =>
  Object.fromEntries(
    scorableCriteria(set).map(({ criterion: c }) => {
      const ranked = [...c.options]
        .sort((a, b) => optionRank(c, a.position) - optionRank(c, b.position))
        .map((o) => o.position);
      return [c.code, ranked.length ? pick(ranked) : 0];
    }),
  );
const rules = rulesForSet(overlayOf('qd26-2026'), 7);
const nonActionable = [...rules.categorical];

describe('advice towards the next star', () => {
  it('a 3★ sheet is told which markers block 4★ and how many points are missing; following the steps reaches 4★', () => {
    const answers = byRank(set7, (r) => r[Math.min(r.length - 1, 1)]);
    const advice = adviseNextStar(set7, answers, {}, rules);
    assert.equal(advice.targetStars, Math.max(advice.current.stars + 1, 3));
    const applied = { ...answers, ...Object.fromEntries(advice.steps.map((s) => [s.criterion, s.to])) };
    assert.equal(advice.reachable, true);
    assert.ok(scoreSheet(set7, applied).stars >= advice.targetStars!);
    assert.ok(
      advice.steps.every((s) => !nonActionable.includes(s.criterion)),
      'never advises the legal type or representative',
    );
  });
  it('markers come first, then the fewest criteria for the points', () => {
    const answers = byRank(set7, (r) => r.at(-1)!);
    const c = scorableCriteria(set7)
      .map((x) => x.criterion)
      .find((x) => x.options.some((o) => o.minStar === 5))!;
    answers[c.code] = 0;
    const advice = adviseNextStar(set7, answers, {}, rules);
    assert.equal(advice.steps[0].reason, 'marker');
    assert.equal(advice.steps[0].criterion, c.code);
  });
  it('a 5★ sheet needs no advice; a disqualified one gets none', () => {
    const top = byRank(set7, (r) => r.at(-1)!);
    assert.deepEqual(adviseNextStar(set7, top).steps, []);
    assert.equal(adviseNextStar(set7, top, { knockOuts: ['1.1'] }).targetStars, null);
  });
  it('following the advice always reaches the target when it says reachable (every set, random sheets)', () => {
    const arb = fc
      .integer({ min: 0, max: 25 })
      .chain((i) =>
        fc.tuple(
          fc.constant(pack.sets[i]),
          fc.record(
            Object.fromEntries(
              scorableCriteria(pack.sets[i]).map(({ criterion: c }) => [
                c.code,
                fc.integer({ min: 0, max: c.options.length }),
              ]),
            ),
          ),
        ),
      );
    fc.assert(
      fc.property(arb, ([set, answers]) => {
        const advice = adviseNextStar(set, answers, {}, rules);
        if (!advice.targetStars || !advice.reachable) return true;
        const applied = { ...answers, ...Object.fromEntries(advice.steps.map((s) => [s.criterion, s.to])) };
        return scoreSheet(set, applied).stars >= advice.targetStars;
      }),
      { numRuns: 200 },
    );
  });
});

describe('advice steps', () => {
  it('name each criterion once, also when a marker raise and the point deficit meet on it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 25 }), fc.nat(), (i, seed) => {
        const set = pack.sets[i];
        const answers = byRank(set, (r) => r[(seed + r.length) % r.length]);
        const steps = adviseNextStar(set, answers, {}, rulesForSet(overlayOf('qd26-2026'), set.no)).steps.map(
          (s) => s.criterion,
        );
        return new Set(steps).size === steps.length;
      }),
      { numRuns: 300 },
    );
  });
});
