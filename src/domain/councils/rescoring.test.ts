import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileSet } from '../scoring/compile.ts';
import { aggregateCouncil } from '../scoring/council.ts';
import { bestAnswers, lowestAnswers, setOf } from '../../../test/support/rubrics.ts';
import { changedOutside, needsRescoring, rescoringPlan } from './rescoring.ts';

const { set, rules } = setOf('qd26-2026', 7);
const BEST = bestAnswers(set);
const LOW = lowestAnswers(set);

describe('a re-scoring plan', () => {
  it('asks the divergent member, on the criteria where it leaves the median', () => {
    const sheets = [
      { memberId: 'a', answers: BEST },
      { memberId: 'b', answers: BEST },
      { memberId: 'c', answers: LOW },
    ];
    const result = aggregateCouncil(set, sheets, {}, undefined, rules);
    assert.equal(needsRescoring(result), true);
    const plan = rescoringPlan(set, sheets, result);
    assert.deepEqual(Object.keys(plan.members), ['c']);
    const differing = Object.keys(BEST).filter((k) => BEST[k] !== LOW[k]);
    assert.deepEqual([...plan.members.c].sort(), differing.sort());
  });
  it('asks nobody when the council agrees', () => {
    const sheets = ['a', 'b', 'c'].map((memberId) => ({ memberId, answers: BEST }));
    const result = aggregateCouncil(set, sheets, {}, undefined, rules);
    assert.equal(needsRescoring(result), false);
    assert.deepEqual(rescoringPlan(set, sheets, result).members, {});
  });
  it('asks the farthest members on a criterion two levels apart, even when totals agree', () => {
    const code = compileSet(set).criteria.find(
      (x) => x.c.kind === 'options' && x.rank[BEST[x.code]] - x.rank[LOW[x.code]] >= 2,
    )?.code;
    assert.ok(code, 'set 7 has a criterion of three levels or more');
    const sheets = [
      { memberId: 'a', answers: BEST },
      { memberId: 'b', answers: BEST },
      { memberId: 'c', answers: { ...BEST, [code]: LOW[code] } },
    ];
    const result = aggregateCouncil(set, sheets, {}, undefined, rules);
    assert.deepEqual(result.divergentMembers, []);
    assert.ok(result.disagreements.some((d) => d.criterion === code));
    const plan = rescoringPlan(set, sheets, result);
    assert.ok(plan.members.c.includes(code));
    assert.equal(plan.members.a, undefined);
  });
  it('tells the criteria a re-scoring changed outside those in question', () => {
    assert.deepEqual(changedOutside({ '1.1': 1, '1.2': 2 }, { '1.1': 3, '1.2': 1, '2.1': 1 }, ['1.1']), [
      '1.2',
      '2.1',
    ]);
  });
});
