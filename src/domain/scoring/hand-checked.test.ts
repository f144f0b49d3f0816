// Sheets scored by hand from the printed packs (the working is in the comments),
// then by scoreSheet: the same totals, stars, markers and rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VEGETABLES, WATER } from '../../../test/fixtures/sheets.ts';
import { setOf } from '../../../test/support/rubrics.ts';
import { ScoringError, scoreSheet } from './score.ts';

describe('hand-checked sheets', () => {
  it('QĐ 26/2026 set 16: 61 points (A 24 / B 11 / C 26), 3★, certifiable, 9 points and six ★4 markers from 4★', () => {
    const { set, rules } = setOf('qd26-2026', 16);
    const r = scoreSheet(set, WATER, { hasStory: true }, rules);
    assert.deepEqual(
      [r.total, r.parts.A, r.parts.B, r.parts.C, r.bandStars, r.markerStars, r.stars, r.certifiable],
      [61, 24, 11, 26, 3, 3, 3, true],
    );
    assert.deepEqual(
      r.blockingMarkers.filter((m) => m.level === 4).map((m) => m.criterion),
      ['2.1', '2.3', '3.4', '3.5', '4.1', '5.1'],
    );
    assert.deepEqual(
      r.blockingMarkers.filter((m) => m.level === 5).map((m) => m.criterion),
      ['1.4', '4.1', '7', '9'],
    );
  });
  it('the same sheet with coloured water (6.2 at 0 points) stops the evaluation: 58 points, not certifiable', () => {
    const { set, rules } = setOf('qd26-2026', 16);
    const r = scoreSheet(set, { ...WATER, '6.2': 1 }, { hasStory: true }, rules);
    assert.equal(r.total, 58);
    assert.deepEqual(
      r.disqualifications.map((d) => [d.rule, d.criterion, d.effect]),
      [['zero-sensory', '6.2', 'evaluationStopped']],
    );
    assert.equal(r.certifiable, false);
  });
  it('QĐ 148 set 1: 70 points (A 29 / B 16 / C 25) is 4★ by points, held to 3★ by the ★4 marker of 5.b', () => {
    const { set, rules } = setOf('qd148-2023', 1);
    const r = scoreSheet(set, VEGETABLES, {}, rules);
    assert.deepEqual(
      [r.total, r.parts.A, r.parts.B, r.parts.C, r.bandStars, r.markerStars, r.stars],
      [70, 29, 16, 25, 4, 3, 3],
    );
    assert.deepEqual(
      r.blockingMarkers.filter((m) => m.level <= 4).map((m) => [m.criterion, m.level]),
      [['5.b', 4]],
    );
  });
  it('without a product story, 5.b is not assessed: the answer is refused, and unanswered it scores 0 with its ★3 unmet (67 points, 2★)', () => {
    const { set, rules } = setOf('qd148-2023', 1);
    assert.throws(
      () => scoreSheet(set, VEGETABLES, { hasStory: false }, rules),
      (e: unknown) => e instanceof ScoringError && e.code === 'NOT_APPLICABLE' && e.criterion === '5.b',
    );
    const { '5.b': _, ...rest } = VEGETABLES;
    const r = scoreSheet(set, rest, { hasStory: false }, rules);
    assert.deepEqual([r.total, r.bandStars, r.stars, r.notApplicable], [67, 3, 2, ['5.b']]);
  });
});
