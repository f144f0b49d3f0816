import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestAnswers, lowestAnswers, setOf } from '../../../test/support/rubrics.ts';
import { adviseNextStar } from '../scoring/advice.ts';
import { compileSet, type Answers, type Facts } from '../scoring/score.ts';
import { predictSheet } from './prediction.ts';

const { set, rules } = setOf('qd26-2026', 7);
const criteria = compileSet(set).criteria;
const predict = (answers: Answers, facts: Facts = { hasStory: true }) => {
  const advice = adviseNextStar(set, answers, facts, rules);
  return { advice, p: predictSheet(set, answers, advice) };
};
/** every criterion with markers at its highest-marked option, the others at their lowest */
const markersMet = (): Answers => {
  const lowest = lowestAnswers(set);
  return Object.fromEntries(
    criteria.map((x) => [
      x.code,
      x.markers.length
        ? x.markers.reduce((a, b) => (b.rank > a.rank ? b : a)).position
        : (lowest[x.code] ?? 0),
    ]),
  );
};

describe('the prediction of a self-assessment sheet', () => {
  it('a blank sheet predicts no star (the score alone would read 0 points as 1★)', () => {
    const { advice, p } = predict({});
    assert.equal(advice.current.stars, 1, 'the score of a blank sheet');
    assert.deepEqual(p, {
      answered: 0,
      applicable: criteria.length,
      stars: null,
      blocked: [],
      shortfall: null,
    });
  });
  it('one criterion answered, even "meets none", is enough to predict', () => {
    const { p } = predict({ '1.2': 0 });
    assert.equal(p.stars, 1);
    assert.equal(p.answered, 1);
    assert.ok(p.shortfall);
  });
  it('answers on criteria that do not apply are not counted: such a sheet is still unassessed', () => {
    const na = rules.rules.find((r) => r.kind === 'appliesIf')!.criterion!;
    const { p } = predict({ [na]: 0 }, { hasStory: false });
    assert.equal(p.stars, null);
    assert.ok(p.applicable < criteria.length);
  });
  it('blocked markers are listed once per criterion, with the position each star level needs', () => {
    const { advice, p } = predict({ '1.2': 0 });
    const codes = p.blocked.map((b) => b.criterion);
    assert.deepEqual(codes, [...new Set(advice.current.blockingMarkers.map((m) => m.criterion))]);
    assert.ok(codes.length < advice.current.blockingMarkers.length, 'fewer lines than markers');
    const c41 = p.blocked.find((b) => b.criterion === '4.1')!;
    assert.deepEqual(c41.needs, [
      { level: 3, position: 2 },
      { level: 4, position: 3 },
      { level: 5, position: 4 },
    ]);
    assert.equal(c41.chosen, null, 'not answered yet');
    assert.match(c41.title, /\S/);
  });
  it('points suffice but a marker blocks: 0 points short, and the marker named', () => {
    const { advice, p } = predict({ ...bestAnswers(set), '1.1': 0 });
    assert.ok(advice.current.bandStars >= 3);
    assert.deepEqual(p.shortfall, { target: 3, points: 0, markers: ['1.1'], reachable: true });
    assert.equal(p.blocked[0].chosen, 0, '"meets none" chosen');
  });
  it('points and markers both short: both are given, and only the markers of the target', () => {
    const { advice, p } = predict(lowestAnswers(set));
    assert.equal(p.shortfall!.target, 3);
    assert.equal(p.shortfall!.points, 50 - advice.current.total);
    assert.ok(p.shortfall!.points > 0);
    assert.ok(p.shortfall!.markers.length > 0);
    assert.ok(
      p.shortfall!.markers.every((code) =>
        advice.current.blockingMarkers.some((m) => m.criterion === code && m.level <= 3),
      ),
    );
    assert.ok(p.blocked.length > p.shortfall!.markers.length, 'markers of 4★ and 5★ do not block 3★');
  });
  it('only points short: no marker is named', () => {
    const { advice, p } = predict(markersMet());
    assert.equal(p.stars, 3);
    assert.equal(p.shortfall!.target, 4);
    assert.equal(p.shortfall!.points, 70 - advice.current.total);
    assert.deepEqual(p.shortfall!.markers, []);
  });
  it('at 5★ there is no shortfall', () => {
    assert.equal(predict(bestAnswers(set)).p.shortfall, null);
  });
});
