import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bestAnswers, overlayOf, packOf, PACK_IDS } from '../../../test/support/rubrics.ts';
import { scoreSheet } from '../scoring/score.ts';
import type { RubricCriterion, RubricPack, RubricSet } from './pack.ts';
import { parseRubricFile } from './pack-schema.ts';
import { validatePack } from './validate-pack.ts';

const qd26 = packOf('qd26-2026');

/** The problems of a broken copy of the QĐ 26/2026 pack (or of what `change` returns instead). */
function problemsOf(change: (pack: any) => unknown): string[] {
  const copy = structuredClone(qd26);
  const result = parseRubricFile(change(copy) ?? copy);
  assert.equal(result.ok, false, 'the broken file was accepted');
  return result.ok ? [] : result.problems;
}
// broken copies are untyped on purpose: fields are deleted or set to wrong types
const firstCriterion = (pack: any) => pack.sets[0].parts[0].sections[0].criteria[0];

describe('parseRubricFile', () => {
  for (const id of PACK_IDS) {
    it(`${id}: the shipped pack parses, alone and with its overlay`, () => {
      const alone = parseRubricFile(packOf(id));
      assert.ok(alone.ok && alone.rules === null && alone.pack.sets.length === 26);
      const withRules = parseRubricFile(packOf(id), overlayOf(id));
      assert.ok(withRules.ok && withRules.rules?.id === `${id}/rules-1`);
    });
  }
  it('accepts a bundle {"pack", "rules"}, or a bundle without rules', () => {
    const bundle = parseRubricFile({ pack: qd26, rules: overlayOf('qd26-2026') });
    assert.ok(bundle.ok);
    assert.equal(bundle.pack.id, 'qd26-2026');
    assert.equal(bundle.rules?.rubricVersionId, 'qd26-2026');
    const packOnly = parseRubricFile({ pack: qd26 });
    assert.ok(packOnly.ok && packOnly.rules === null);
  });
  it('refuses a bundle whose rules are broken, naming the rules path', () => {
    const rules = structuredClone(overlayOf('qd26-2026'));
    (rules.rules[0] as any).kind = 'veto';
    (rules.rules[1].cite as any).text = 'x';
    const result = parseRubricFile({ pack: qd26, rules });
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.problems.map((p) => p.split(':')[0]), [
      'rules.rules.0.kind',
      'rules.rules.1.cite.text',
    ]);
  });
  it('refuses what is not a pack at all', () => {
    for (const raw of [null, 'text', [], 42]) {
      const result = parseRubricFile(raw);
      assert.ok(!result.ok && /expected object/.test(result.problems[0]), JSON.stringify(raw));
    }
  });
  it('names missing or empty sets', () => {
    assert.deepEqual(
      problemsOf((p) => {
        delete p.sets;
      }),
      ['pack.sets: Invalid input: expected array, received undefined'],
    );
    assert.match(
      problemsOf((p) => {
        p.sets = [];
      })[0],
      /^pack\.sets: Too small/,
    );
  });
  it("names a part code 'D' by its path", () => {
    const [problem] = problemsOf((p) => {
      p.sets[2].parts[1].code = 'D';
    });
    assert.match(problem, /^pack\.sets\.2\.parts\.1\.code: /);
  });
  it('names a non-integer or missing position by its path', () => {
    assert.match(
      problemsOf((p) => {
        firstCriterion(p).options[1].position = 1.5;
      })[0],
      /^pack\.sets\.0\.parts\.0\.sections\.0\.criteria\.0\.options\.1\.position: .*int/,
    );
    assert.match(
      problemsOf((p) => {
        delete firstCriterion(p).options[0].position;
      })[0],
      /^pack\.sets\.0\.parts\.0\.sections\.0\.criteria\.0\.options\.0\.position: /,
    );
    assert.match(
      problemsOf((p) => {
        firstCriterion(p).options[0].position = 0;
      })[0],
      /options\.0\.position: Too small/,
    );
  });
  it('refuses positions that are not 1…n in printed order, naming set and criterion', () => {
    const expected = ['pack.sets[1] 1.1: option positions must be 1…3 in printed order'];
    assert.deepEqual(
      problemsOf((p) => {
        const o = firstCriterion(p).options;
        [o[0].position, o[1].position] = [2, 1];
      }),
      expected,
    );
    assert.deepEqual(
      problemsOf((p) => {
        firstCriterion(p).options[2].position = 4;
      }),
      expected,
    );
    assert.deepEqual(
      problemsOf((p) => {
        firstCriterion(p).options[1].position = 1;
      }),
      expected,
    );
  });
  it('refuses a set number given twice', () => {
    assert.deepEqual(
      problemsOf((p) => {
        p.sets[5].no = 3;
      }),
      ['pack.sets: set 3 appears twice'],
    );
  });
  it('refuses dates not written yyyy-mm-dd', () => {
    assert.deepEqual(
      problemsOf((p) => {
        p.effectiveFrom = '22/05/2026';
      }),
      ['pack.effectiveFrom: yyyy-mm-dd'],
    );
    assert.deepEqual(
      problemsOf((p) => {
        p.effectiveTo = '2026-7-20';
      }),
      ['pack.effectiveTo: yyyy-mm-dd'],
    );
    assert.match(
      problemsOf((p) => {
        delete p.effectiveFrom;
      })[0],
      /^pack\.effectiveFrom: /,
    );
  });
  // The date check is a shape check only: month 13 and day 45 pass.
  it('refuses dates that are not on the calendar', () => {
    problemsOf((p) => {
      p.effectiveTo = '2026-13-45';
    });
  });
  // Answers are keyed by criterion code, so a repeated code cannot be answered apart
  // (the shipped qd148-2023 pack repeats 6.a/6.b in set 13 and 3.c in sets 18 and 19).
  it('refuses a set that repeats a criterion code', () => {
    problemsOf((p) => {
      p.sets[0].parts[0].sections[0].criteria[1].code = '1.1';
    });
  });
  it('reports at most 20 problems of the schema', () => {
    const problems = problemsOf((p) => {
      for (const set of p.sets) for (const part of set.parts) part.code = 'D';
    });
    assert.equal(problems.length, 20);
  });
});

/** Warnings of a one-set pack that were not there before `change`. */
function newWarnings(setNo: number, change: (pack: RubricPack, set: RubricSet) => void): string[] {
  const show = (pack: RubricPack) => validatePack(pack).map((w) => `${w.set} ${w.where} ${w.code}`);
  const before = { ...qd26, sets: [qd26.sets[setNo - 1]] };
  const after = structuredClone(before);
  change(after, after.sets[0]);
  const known = show(before);
  return show(after).filter((w) => !known.includes(w));
}
const criterion = (set: RubricSet, code: string) =>
  set.parts
    .flatMap((p) => p.sections)
    .flatMap((s) => s.criteria)
    .find((c) => c.code === code)!;
const section = (set: RubricSet, code: string) =>
  set.parts.flatMap((p) => p.sections).find((s) => s.code === code)!;
/** Moves a criterion's cap (and its section's) by n points: options clamped down, or the last (best) option raised. */
function moveCap(set: RubricSet, code: string, sectionCode: string, n: number) {
  const c: RubricCriterion = criterion(set, code);
  c.maxPoints = c.maxPoints! + n;
  if (n < 0) for (const o of c.options) o.points = Math.min(o.points ?? 0, c.maxPoints);
  else c.options.at(-1)!.points = c.maxPoints;
  section(set, sectionCode).maxPoints += n;
}

describe('validatePack on hand-broken copies (QĐ 26/2026 set 7)', () => {
  it('sections that no longer add up to their part: SECTIONS_SUM', () => {
    assert.deepEqual(
      newWarnings(7, (_, set) => moveCap(set, '8', '8', 1)),
      ['7 C SECTIONS_SUM'],
    );
    // a section cap alone also leaves its criteria short
    assert.deepEqual(
      newWarnings(7, (_, set) => {
        section(set, '2').maxPoints -= 1;
      }),
      ['7 A SECTIONS_SUM', '7 2 CRITERIA_SUM'],
    );
  });
  it('parts that no longer add up to the total: PARTS_TOTAL', () => {
    assert.deepEqual(
      newWarnings(7, (_, set) => {
        set.total = 90;
      }),
      ['7 parts PARTS_TOTAL'],
    );
  });
  it('a QĐ 1048 split declared in partCaps, parts left at 40/25/35: PART_CAP on A and C', () => {
    assert.deepEqual(
      newWarnings(7, (pack) => {
        pack.partCaps = { A: 35, B: 25, C: 40 };
      }),
      ['7 A PART_CAP', '7 C PART_CAP'],
    );
  });
  it('an option worth more than its cap: OPTION_ABOVE_CAP', () => {
    assert.deepEqual(
      newWarnings(7, (_, set) => {
        criterion(set, '1.1').options[1].points = 4;
      }),
      ['7 1.1 OPTION_ABOVE_CAP'],
    );
  });
  it('a marker with no option to meet it: MARKER_NO_OPTION', () => {
    assert.deepEqual(
      newWarnings(7, (_, set) => {
        const c = criterion(set, '1.1');
        c.minStar = 4;
        c.options = [];
        c.kind = 'binary';
      }),
      ['7 1.1 MARKER_NO_OPTION'],
    );
  });
  it('a part heading that prints another cap: PART_TITLE_CAP', () => {
    assert.deepEqual(
      newWarnings(7, (_, set) => {
        set.parts[1].title = set.parts[1].title.replace('25', '20');
      }),
      ['7 B PART_TITLE_CAP'],
    );
  });
});

describe('a consistent pack with the QĐ 1048 split (A 35 / B 25 / C 40)', () => {
  // set 7 rescaled: five 3-point criteria of section 1 lose a point each, criterion 9 gains five
  function split1048(): RubricPack {
    const pack = structuredClone({
      ...qd26,
      id: 'qd1048-test',
      partCaps: { A: 35, B: 25, C: 40 },
      sets: [qd26.sets[6]],
    });
    const set = pack.sets[0];
    for (const code of ['1.1', '1.3', '1.4', '1.5', '1.6']) moveCap(set, code, '1', -1);
    moveCap(set, '9', '9', 5);
    set.parts[0].maxPoints = 35;
    set.parts[0].title = set.parts[0].title.replace('40', '35');
    set.parts[2].maxPoints = 40;
    set.parts[2].title = set.parts[2].title.replace('35', '40');
    return pack;
  }
  it('validates with only the misprint the set already had', () => {
    assert.deepEqual(
      validatePack(split1048()).map((w) => `${w.set} ${w.where} ${w.code}`),
      ['7 1.2 OPTION_BLANK'],
    );
    assert.ok(parseRubricFile(split1048()).ok);
  });
  it('scores up to 100 with parts A 35, B 25, C 40', () => {
    const set = split1048().sets[0];
    const r = scoreSheet(set, bestAnswers(set));
    assert.equal(r.total, 100);
    assert.deepEqual(r.parts, { A: 35, B: 25, C: 40 });
    assert.equal(r.stars, 5);
  });
});
