import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestAnswers, lowestAnswers, setOf } from '../../../test/support/rubrics.ts';
import { compileSet } from '../scoring/compile.ts';
import { consensusAnswers, councilFeedback } from './feedback.ts';

const { set, rules } = setOf('qd26-2026', 7);
const BEST = bestAnswers(set);
const LOW = lowestAnswers(set);

describe('a producer’s feedback after the decision', () => {
  it('sets each criterion at the median level the members chose', () => {
    const sheets = [
      { memberId: 'a', answers: BEST },
      { memberId: 'b', answers: LOW },
      { memberId: 'c', answers: LOW },
    ];
    assert.deepEqual(
      consensusAnswers(set, sheets),
      Object.fromEntries(compileSet(set).criteria.map((x) => [x.code, LOW[x.code] ?? 0])),
    );
  });
  it('puts the producer’s own points beside the council’s mean, and advises from the council’s reading', () => {
    const sheets = [
      { memberId: 'a', answers: BEST },
      { memberId: 'b', answers: LOW },
    ];
    const f = councilFeedback(set, sheets, BEST, {}, rules);
    const first = compileSet(set).criteria[0];
    const row = f.criteria.find((c) => c.criterion === first.code)!;
    assert.equal(row.own, first.points[BEST[first.code]]);
    assert.equal(row.council, (first.points[BEST[first.code]] + first.points[LOW[first.code]]) / 2);
    assert.equal(row.lowest, first.points[LOW[first.code]]);
    // the lower middle of two is the low sheet: the advice starts from it and names steps up
    assert.equal(
      f.advice.current.total,
      councilFeedback(set, [{ memberId: 'b', answers: LOW }], null, {}, rules).advice.current.total,
    );
    assert.ok(f.advice.steps.length > 0);
    assert.equal(
      f.criteria.every((c) => c.own !== null),
      true,
    );
    assert.equal(councilFeedback(set, sheets, null, {}, rules).criteria[0].own, null);
  });
});
