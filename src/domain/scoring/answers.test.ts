import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { packOf } from '../../../test/support/rubrics.ts';
import { duplicateJsonKeys, readAnswers, readFacts } from './answers.ts';
import { scoreSheet, ScoringError } from './score.ts';

const qd26 = packOf('qd26-2026');
const set7 = qd26.sets[6];
const set11 = qd26.sets[10];
const set26 = qd26.sets[25];

const fails = (code: string, criterion: string) => (e: unknown) =>
  e instanceof ScoringError && e.code === code && e.criterion === criterion;

describe('readAnswers', () => {
  it('takes one position per criterion, a one-element list, or 0 for "none"', () => {
    assert.deepEqual(readAnswers(set7, { '1.1': 2, '1.2': [1], '2.1': 0, '2.2': [] }), {
      '1.1': 2,
      '1.2': 1,
      '2.1': 0,
      '2.2': 0,
    });
    assert.deepEqual(readAnswers(set7, {}), {});
  });
  it('a repeated position, or 0 beside an option, is still one option', () => {
    assert.deepEqual(readAnswers(set7, { '1.1': [2, 2], '1.2': [0, 1] }), { '1.1': 2, '1.2': 1 });
  });
  it('refuses anything but an object', () => {
    for (const raw of [null, undefined, 3, 'x', true, [], [{ '1.1': 2 }]]) {
      assert.throws(() => readAnswers(set7, raw), fails('NOT_AN_OBJECT', ''), JSON.stringify(raw));
    }
  });
  it('refuses string, fractional, boolean and null positions, naming the criterion', () => {
    for (const value of ['2', 1.5, true, null, { position: 2 }, [1, '2'], [0.5], Infinity, Number.NaN]) {
      assert.throws(() => readAnswers(set7, { '1.3': value }), fails('NOT_A_POSITION', '1.3'), String(value));
    }
  });
  it('refuses two options of one criterion', () => {
    assert.throws(() => readAnswers(set7, { '1.1': 2, '1.3': [1, 2] }), fails('TWO_OPTIONS', '1.3'));
    assert.throws(
      () => readAnswers(set7, { '1.3': [1, 2, 3] }),
      (e: unknown) => e instanceof ScoringError && /3 options chosen/.test(e.message),
    );
  });
  it('refuses options from both alternative cases, and two options of one case', () => {
    // set 26 criterion 8: positions 1–2 are case 1, 3–4 case 2
    assert.throws(() => readAnswers(set26, { '8': [2, 4] }), fails('BOTH_CASES', '8'));
    assert.throws(() => readAnswers(set26, { '8': [1, 2] }), fails('TWO_OPTIONS', '8'));
    assert.throws(() => readAnswers(set26, { '8': [3, 4] }), fails('TWO_OPTIONS', '8'));
  });
  it('passes unknown codes and out-of-range positions on to scoring, which refuses them', () => {
    const answers = readAnswers(set7, { '99.9': 1, '1.1': 42 });
    assert.deepEqual(answers, { '99.9': 1, '1.1': 42 });
    assert.throws(() => scoreSheet(set7, answers), fails('UNKNOWN_CRITERION', '99.9'));
  });
  // `out["__proto__"] = 3` sets the prototype (ignored for a number) instead of a key:
  // readAnswers returns {} and the sheet scores as if the line were not there.
  it('an answer keyed "__proto__" is refused, not dropped', () => {
    const answers = readAnswers(set7, JSON.parse('{"__proto__": 3}'));
    assert.throws(() => scoreSheet(set7, answers), fails('UNKNOWN_CRITERION', '__proto__'));
  });
});

describe('readFacts', () => {
  it('reads nothing as no facts', () => {
    assert.deepEqual(readFacts(undefined), {});
    assert.deepEqual(readFacts(null), {});
    assert.deepEqual(readFacts({}), {});
  });
  it('keeps knock-outs and the story fact, and nothing else', () => {
    assert.deepEqual(readFacts({ knockOuts: ['dossier', '1.1'], hasStory: false, extra: 1 }), {
      knockOuts: ['dossier', '1.1'],
      hasStory: false,
    });
    assert.deepEqual(readFacts({ hasStory: true }), { hasStory: true });
  });
  it('refuses facts that are not an object, knock-outs that are not strings, a story that is not a boolean', () => {
    for (const raw of [
      3,
      'dossier',
      [],
      [{ hasStory: true }],
      { knockOuts: 'dossier' },
      { knockOuts: [1] },
      { knockOuts: { 0: 'x' } },
      { hasStory: 'yes' },
      { hasStory: null },
    ]) {
      assert.throws(() => readFacts(raw), fails('NOT_AN_OBJECT', ''), JSON.stringify(raw));
    }
  });
});

describe('duplicateJsonKeys', () => {
  it('finds a key written twice in one object', () => {
    assert.deepEqual(duplicateJsonKeys('{"1.1": 2, "1.1": 3}'), ['1.1']);
    assert.deepEqual(duplicateJsonKeys('{ "1.1" : 2 ,\n "1.2": 1,\n "1.1" : 3 }'), ['1.1']);
    assert.deepEqual(duplicateJsonKeys('{"1.1": 1, "1.1": 2, "1.1": 3, "2.1": 1, "2.1": 1}'), ['1.1', '2.1']);
  });
  it('finds nothing in distinct keys', () => {
    assert.deepEqual(duplicateJsonKeys('{"1.1": 2, "1.2": 3}'), []);
    assert.deepEqual(duplicateJsonKeys('{}'), []);
    assert.deepEqual(duplicateJsonKeys('[]'), []);
  });
  it('keeps nested objects apart from their parent and from each other', () => {
    assert.deepEqual(duplicateJsonKeys('{"answers": {"1.1": 2}, "1.1": 3}'), []);
    assert.deepEqual(duplicateJsonKeys('[{"1.1": 2}, {"1.1": 3}]'), []);
    assert.deepEqual(duplicateJsonKeys('{"a": {"x": 1, "x": 2}, "b": {"x": 3}}'), ['x']);
    // after a nested object closes, the parent's next key is still a key
    assert.deepEqual(duplicateJsonKeys('{"a": {"x": 1}, "a": 2}'), ['a']);
    assert.deepEqual(duplicateJsonKeys('{"a": [{"x": 1}], "a": 2}'), ['a']);
  });
  it('does not read string values or array items as keys', () => {
    assert.deepEqual(duplicateJsonKeys('{"a": "b", "b": 1}'), []);
    assert.deepEqual(duplicateJsonKeys('{"a": ["x", "x"], "x": 1}'), []);
    assert.deepEqual(duplicateJsonKeys('{"a": "{\\"a\\": 1}", "b": ",\\"a\\":"}'), []);
  });
  it('is not confused by escaped quotes and backslashes', () => {
    assert.deepEqual(duplicateJsonKeys('{"k": "va\\"l\\"", "x": "\\"x\\"", "x": 1}'), ['x']);
    assert.deepEqual(duplicateJsonKeys('{"a\\"b": 1, "a\\"b": 2}'), ['a"b']);
    assert.deepEqual(duplicateJsonKeys('{"a\\\\": 1, "a\\\\": 2}'), ['a\\']);
    assert.deepEqual(duplicateJsonKeys('{"a\\\\": 1, "a": 2}'), []);
  });
  // The scanner keeps the letter after a backslash, so \u0031 reads as "u0031" and \n as "n".
  it('sees a key spelled with a \\u escape as the same key', () => {
    const text = '{"1.1": 2, "\\u0031.1": 3}';
    assert.deepEqual(Object.keys(JSON.parse(text)), ['1.1']);
    assert.deepEqual(duplicateJsonKeys(text), ['1.1']);
  });
  it('does not confuse an escaped newline with the letter n', () => {
    assert.deepEqual(duplicateJsonKeys('{"a\\nb": 1, "anb": 2}'), []);
  });

  // JSON values with printable keys: JSON.stringify never repeats a key, and a key repeated by hand is found
  const { value, object } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.string(), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
  }));
  it('finds nothing in any JSON.stringify output (property)', () => {
    fc.assert(
      fc.property(value, (v) => duplicateJsonKeys(JSON.stringify(v)).length === 0),
      { numRuns: 300 },
    );
  });
  it('finds a key appended again to any object (property)', () => {
    const withKey = (object as fc.Arbitrary<Record<string, unknown>>).filter(
      (o) => Object.keys(o).length > 0,
    );
    fc.assert(
      fc.property(withKey, fc.nat(), (o, pick) => {
        const keys = Object.keys(o);
        const key = keys[pick % keys.length];
        const text = `${JSON.stringify(o).slice(0, -1)},${JSON.stringify(key)}:0}`;
        return JSON.stringify(duplicateJsonKeys(text)) === JSON.stringify([key]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('scoreSheet refuses bad answers, naming the criterion', () => {
  it('an unknown criterion', () => {
    assert.throws(() => scoreSheet(set7, { '99.9': 1 }), fails('UNKNOWN_CRITERION', '99.9'));
    assert.throws(
      () => scoreSheet(set7, { '1.a': 1 }),
      fails('UNKNOWN_CRITERION', '1.a'),
      'a QĐ 148 code in a QĐ 26 sheet',
    );
  });
  it('a position out of range, negative or fractional', () => {
    const options = set7.parts[0].sections[0].criteria[0].options.length;
    for (const position of [options + 1, 9, -1, 1.5]) {
      assert.throws(
        () => scoreSheet(set7, { '1.1': position }),
        fails('POSITION_OUT_OF_RANGE', '1.1'),
        String(position),
      );
    }
    assert.equal(scoreSheet(set7, { '1.1': options }).criteria['1.1'], 3);
  });
  it('a group heading (QĐ 26 set 11 "6.1", QĐ 148 set 11 "6.a")', () => {
    assert.throws(() => scoreSheet(set11, { '6.1': 1 }), fails('NOT_SCORABLE', '6.1'));
    assert.throws(() => scoreSheet(set11, { '6.1': 0 }), fails('NOT_SCORABLE', '6.1'));
    assert.throws(
      () => scoreSheet(packOf('qd148-2023').sets[10], { '6.a': 1 }),
      fails('NOT_SCORABLE', '6.a'),
    );
  });
});
