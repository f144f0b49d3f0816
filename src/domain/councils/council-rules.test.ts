import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkQuorum, DEFAULT_RULES, patchRules, rulesProblems } from './council-rules.ts';

const seats = [
  { id: 'chair', position: 'chair' as const },
  { id: 'vice', position: 'viceChair' as const },
  { id: 'a', position: 'member' as const },
  { id: 'b', position: 'member' as const },
  { id: 'c', position: 'member' as const },
  { id: 'd', position: 'member' as const },
  { id: 'e', position: 'member' as const },
  { id: 'sec', position: 'secretary' as const },
];

describe('a council quorum', () => {
  it('counts the scoring members only: three quarters of seven is six, chair included', () => {
    const province = DEFAULT_RULES.province;
    const q = checkQuorum(province, seats, new Set(['chair', 'vice', 'a', 'b', 'c', 'sec']));
    assert.deepEqual(q, { met: false, members: 7, present: 5, needed: 6, chairPresent: true });
    assert.equal(checkQuorum(province, seats, new Set(['chair', 'vice', 'a', 'b', 'c', 'd'])).met, true);
    assert.equal(checkQuorum(province, seats, new Set(['vice', 'a', 'b', 'c', 'd', 'e'])).met, false);
  });
  it('is five of seven at the centre, and the chair may be left out by the rules', () => {
    const central = DEFAULT_RULES.central;
    assert.equal(checkQuorum(central, seats, new Set(['chair', 'a', 'b', 'c', 'd'])).met, true);
    assert.equal(checkQuorum(central, seats, new Set(['chair', 'a', 'b', 'c'])).met, false);
    const noChair = patchRules(central, { quorum: { chairPresent: false } });
    assert.equal(checkQuorum(noChair, seats, new Set(['vice', 'a', 'b', 'c', 'd'])).met, true);
  });
  it('is never met by a council without scoring members', () => {
    assert.equal(checkQuorum(DEFAULT_RULES.province, [], new Set()).met, false);
  });
});

describe('council rules', () => {
  it('keep the defaults where a change does not speak', () => {
    const r = patchRules(DEFAULT_RULES.province, {
      total: 'median',
      quorum: { share: { present: 2, of: 3 } },
    });
    assert.equal(r.total, 'median');
    assert.deepEqual(r.quorum, { share: { present: 2, of: 3 }, chairPresent: true });
    assert.equal(r.divergencePoints, 10);
  });
  it('name each field that cannot be used', () => {
    const bad = patchRules(DEFAULT_RULES.province, {
      divergencePoints: 0,
      levelGap: 9,
      quorum: { share: { present: 1, of: 2 } },
    });
    assert.deepEqual(
      rulesProblems(bad).map((p) => p.field),
      ['divergencePoints', 'levelGap', 'quorum.share'],
    );
    assert.deepEqual(rulesProblems(DEFAULT_RULES.central), []);
  });
});
