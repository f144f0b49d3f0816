import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RubricCriterion, RubricSet } from '../rubric/pack.ts';
import { rulesForSet, type SetRules } from '../rubric/rules.ts';
import { bestAnswers, lowestAnswers, overlayOf, packOf, PACK_IDS } from '../../../test/support/rubrics.ts';
import { readAnswers } from './answers.ts';
import { optionRank, scorableCriteria, scoreSheet, ScoringError, type Answers, type Facts } from './score.ts';

type PackId = (typeof PACK_IDS)[number];

// Each pack is read once: compiled sets are cached per set object.
const loaded = new Map<PackId, { set: RubricSet; rules: SetRules }[]>();
function setsOf(id: PackId) {
  if (!loaded.has(id)) {
    const overlay = overlayOf(id);
    loaded.set(
      id,
      packOf(id).sets.map((set) => ({ set, rules: rulesForSet(overlay, set.no) })),
    );
  }
  return loaded.get(id)!;
}
const setOf = (id: PackId, no: number) => setsOf(id).find((x) => x.set.no === no)!;

/** Best totals below 100: rows missing from the QĐ 148 transcription (shared/ocop README, 148 items 2 and 4). */
const BEST: Record<PackId, Record<number, number>> = {
  'qd26-2026': {},
  'qd148-2023': { 7: 99, 11: 97, 12: 97, 13: 98 },
};

// The lowest printed option of every criterion, capped per criterion, section and part.
// Computed from the JSON by a throwaway script that reads only the pack files; checked by hand:
//   qd26-2026 set 19: A 3+1+4, B 1+0, C 0+0+0+0+0+0+1+1+1 = 12 (criterion 6 also fires 'product-declaration')
//   qd26-2026 set 26: A 4+3+4, B 5+3, C twelve 1-point sections = 31
//   qd148-2023 set 18: A 3+1+4 (the blank 1.b cell counts 0), B 1+0, C 1+2+0+0+1+0+0+1+1 = 15
const LOWEST: Record<PackId, Record<number, number>> = {
  'qd26-2026': {
    1: 15,
    2: 16,
    3: 16,
    4: 15,
    5: 15,
    6: 15,
    7: 16,
    8: 16,
    9: 15,
    10: 15,
    11: 14,
    12: 14,
    13: 14,
    14: 14,
    15: 14,
    16: 14,
    17: 14,
    18: 15,
    19: 12,
    20: 13,
    21: 14,
    22: 14,
    23: 17,
    24: 17,
    25: 15,
    26: 31,
  },
  'qd148-2023': {
    1: 12,
    2: 13,
    3: 13,
    4: 12,
    5: 12,
    6: 12,
    7: 13,
    8: 12,
    9: 12,
    10: 12,
    11: 11,
    12: 11,
    13: 11,
    14: 11,
    15: 11,
    16: 13,
    17: 11,
    18: 15,
    19: 11,
    20: 12,
    21: 11,
    22: 12,
    23: 15,
    24: 16,
    25: 14,
    26: 32,
  },
};

/** Positions of a criterion's options, worst to best. */
const ranked = (c: RubricCriterion) =>
  [...c.options].sort((a, b) => optionRank(c, a.position) - optionRank(c, b.position)).map((o) => o.position);
const criterionOf = (set: RubricSet, code: string) =>
  scorableCriteria(set)
    .map((x) => x.criterion)
    .find((c) => c.code === code)!;
const fails = (code: string, criterion: string) => (e: unknown) =>
  e instanceof ScoringError && e.code === code && e.criterion === criterion;
const score = (id: PackId, no: number, answers: Answers, facts: Facts = {}) => {
  const { set, rules } = setOf(id, no);
  return scoreSheet(set, answers, facts, rules);
};

for (const id of PACK_IDS) {
  describe(`${id}: every set with its rules`, () => {
    for (const { set, rules } of setsOf(id)) {
      const expected = BEST[id][set.no] ?? 100;
      it(`set ${set.no}: best answers give ${expected} and 5★; lowest printed answers give ${LOWEST[id][set.no]}`, () => {
        const best = scoreSheet(set, bestAnswers(set), {}, rules);
        assert.equal(best.total, expected, JSON.stringify(best.parts));
        assert.equal(best.stars, 5);
        assert.equal(best.certifiable, true);
        assert.equal(scoreSheet(set, lowestAnswers(set), {}, rules).total, LOWEST[id][set.no]);
      });

      it(`set ${set.no}: one rank below a marker blocks at its level; the marked option does not`, () => {
        const best = bestAnswers(set);
        for (const { criterion: c } of scorableCriteria(set)) {
          const order = ranked(c);
          const marks = c.options
            .filter((o) => o.minStar)
            .map((o) => ({
              level: o.minStar!,
              at: o.position,
              below: order[order.indexOf(o.position) - 1] ?? 0,
            }));
          // QĐ 148's criterion-level marker: any printed option meets it, none does not
          if (c.minStar) marks.push({ level: c.minStar, at: order[0], below: 0 });
          for (const m of marks) {
            const where = `${c.code} ★${m.level} at option ${m.at}`;
            const below = scoreSheet(set, { ...best, [c.code]: m.below }, {}, rules);
            assert.equal(below.markerStars, m.level - 1, where);
            assert.ok(below.stars <= m.level - 1, where);
            assert.ok(
              below.blockingMarkers.some((b) => b.criterion === c.code && b.level === m.level),
              where,
            );
            const at = scoreSheet(set, { ...best, [c.code]: m.at }, {}, rules);
            assert.ok(!at.blockingMarkers.some((b) => b.criterion === c.code && b.level === m.level), where);
          }
        }
      });

      it(`set ${set.no}: knock-outs on criteria and overlay rules disqualify; unknown codes are refused`, () => {
        const best = bestAnswers(set);
        for (const { criterion: c } of scorableCriteria(set)) {
          const r = scoreSheet(set, best, { knockOuts: [c.code] }, rules);
          assert.equal(r.disqualified, true, c.code);
          assert.equal(r.certifiable, false, c.code);
          const named = rules.rules
            .filter((x) => x.kind !== 'appliesIf' && x.criterion === c.code)
            .map((x) => x.id);
          assert.deepEqual(
            r.disqualifications.map((d) => d.rule ?? `finding ${d.criterion}`),
            named.length ? named : [`finding ${c.code}`],
          );
        }
        for (const rule of rules.rules.filter((x) => x.kind !== 'appliesIf')) {
          const r = scoreSheet(set, best, { knockOuts: [rule.id] }, rules);
          assert.deepEqual(r.disqualifications, [
            {
              kind: rule.kind,
              effect: rule.effect,
              rule: rule.id,
              criterion: rule.criterion ?? null,
              cite: rule.cite.text,
            },
          ]);
          assert.equal(r.certifiable, false);
        }
        assert.throws(
          () => scoreSheet(set, best, { knockOuts: ['no-such-rule'] }, rules),
          fails('UNKNOWN_KNOCKOUT', 'no-such-rule'),
        );
      });
    }
  });
}

describe('knock-outs read from the QĐ 26/2026 overlay', () => {
  const cite = (id: string) => overlayOf('qd26-2026').rules.find((r) => r.id === id)!.cite.text;
  it("criterion 1.1 in set 7 is the 'imported-materials' knock-out", () => {
    const r = score('qd26-2026', 7, bestAnswers(setOf('qd26-2026', 7).set), { knockOuts: ['1.1'] });
    assert.deepEqual(r.disqualifications, [
      {
        kind: 'knockOut',
        effect: 'productExcluded',
        rule: 'imported-materials',
        criterion: '1.1',
        cite: cite('imported-materials'),
      },
    ]);
  });
  it("'dossier' rejects the dossier in sets that print it, and is unknown in sets 19 and 26 which print none", () => {
    const r = score('qd26-2026', 7, {}, { knockOuts: ['dossier'] });
    assert.deepEqual(r.disqualifications, [
      {
        kind: 'eligibility',
        effect: 'dossierRejected',
        rule: 'dossier',
        criterion: null,
        cite: 'Giả mạo hồ sơ',
      },
    ]);
    for (const no of [19, 26])
      assert.throws(
        () => score('qd26-2026', no, {}, { knockOuts: ['dossier'] }),
        fails('UNKNOWN_KNOCKOUT', 'dossier'),
      );
  });
});

describe('automatic stop rules (QĐ 26/2026)', () => {
  it('set 16: 0 points on 6.2 stops the evaluation even with best answers elsewhere', () => {
    const { set } = setOf('qd26-2026', 16);
    const zero = criterionOf(set, '6.2').options.find((o) => o.points === 0)!.position;
    for (const position of [zero, 0]) {
      const r = score('qd26-2026', 16, { ...bestAnswers(set), '6.2': position });
      assert.equal(r.disqualified, true);
      assert.deepEqual(
        r.disqualifications.map((d) => [d.rule, d.effect, d.criterion]),
        [['zero-sensory', 'evaluationStopped', '6.2']],
      );
    }
  });
  it('set 16: 6.2 left unanswered does not fire the stop rule', () => {
    const answers = bestAnswers(setOf('qd26-2026', 16).set);
    delete answers['6.2'];
    const r = score('qd26-2026', 16, answers);
    assert.equal(r.criteria['6.2'], 0);
    assert.deepEqual(r.disqualifications, []);
  });
  it("set 19: criterion 6 option 1 (no declaration file) fires 'product-declaration'", () => {
    const r = score('qd26-2026', 19, { ...bestAnswers(setOf('qd26-2026', 19).set), '6': 1 });
    assert.deepEqual(
      r.disqualifications.map((d) => [d.rule, d.effect, d.criterion]),
      [['product-declaration', 'evaluationStopped', '6']],
    );
    assert.equal(r.certifiable, false);
  });
});

describe('alternative cases (set 26, criteria 8, 9 and 15)', () => {
  for (const id of PACK_IDS) {
    const { set } = setOf(id, 26);
    for (const code of ['8', '9', '15']) {
      const c = criterionOf(set, code);
      const ofCase = (n: 1 | 2) => ranked(c).filter((p) => c.options[p - 1].alternativeCase === n);
      it(`${id} ${code}: the best option of either case reaches full points; mixing is refused`, () => {
        const one = ofCase(1);
        const two = ofCase(2);
        assert.ok(one.length >= 2 && two.length >= 2);
        for (const top of [one.at(-1)!, two.at(-1)!])
          assert.equal(score(id, 26, { [code]: top }).criteria[code], c.maxPoints);
        assert.throws(
          () => readAnswers(set, { [code]: [one.at(-1), two.at(-1)] }),
          fails('BOTH_CASES', code),
        );
        assert.throws(() => readAnswers(set, { [code]: [one[0], one[1]] }), fails('TWO_OPTIONS', code));
        assert.deepEqual(readAnswers(set, { [code]: [two[0]] }), { [code]: two[0] });
      });
    }
  }
});

describe('"applies only if there is a story"', () => {
  for (const [id, code] of [
    ['qd26-2026', '5.2'],
    ['qd148-2023', '5.b'],
  ] as const) {
    const rule = overlayOf(id).rules.find((r) => r.kind === 'appliesIf' && r.fact === 'hasStory')!;
    const listed = rule.sets === 'all' ? setsOf(id).map((x) => x.set.no) : rule.sets;
    it(`${id}: without a story ${code} scores 0, is not applicable and refuses an answer (sets ${listed.join(',')})`, () => {
      assert.equal(rule.criterion, code);
      for (const no of listed) {
        const { set } = setOf(id, no);
        const best = bestAnswers(set);
        const r = score(id, no, { ...best, [code]: 0 }, { hasStory: false });
        assert.equal(r.criteria[code], 0, `set ${no}`);
        assert.deepEqual(r.notApplicable, [code], `set ${no}`);
        for (const o of criterionOf(set, code).options) {
          assert.throws(
            () => score(id, no, { ...best, [code]: o.position }, { hasStory: false }),
            fails('NOT_APPLICABLE', code),
            `set ${no}`,
          );
        }
        for (const facts of [{ hasStory: true }, {}]) {
          const normal = score(id, no, best, facts);
          assert.equal(normal.criteria[code], criterionOf(set, code).maxPoints, `set ${no}`);
          assert.deepEqual(normal.notApplicable, []);
        }
      }
    });
    it(`${id}: sets the rule does not list score ${code} normally without a story`, () => {
      for (const { set } of setsOf(id).filter((x) => !listed.includes(x.set.no))) {
        const r = score(id, set.no, bestAnswers(set), { hasStory: false });
        assert.deepEqual(r.notApplicable, [], `set ${set.no}`);
      }
    });
  }
});

describe('criterion codes are unique within a set (one answer per criterion)', () => {
  const repeated = (set: RubricSet) =>
    scorableCriteria(set)
      .map((x) => x.criterion.code)
      .filter((code, i, all) => all.indexOf(code) !== i);
  it('qd26-2026', () => {
    for (const { set } of setsOf('qd26-2026')) assert.deepEqual(repeated(set), [], `set ${set.no}`);
  });
  // Derived codes collide in the QĐ 148 pack: set 13 prints 6.a ×5 and 6.b ×2 (the "- …" sensory
  // rows under a missing group header), sets 18 and 19 print 3.c twice (labour, then intellectual
  // property). One answer {"3.c": 2} then sets both criteria and they cannot be scored apart.
  it('qd148-2023', () => {
    for (const { set } of setsOf('qd148-2023')) assert.deepEqual(repeated(set), [], `set ${set.no}`);
  });
});
