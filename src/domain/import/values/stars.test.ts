import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseStars } from './stars.ts';
import { expectError, expectValue, addNfdTwins } from './test-support.ts';

const three = { stars: 3, certifiable: true };
const four = { stars: 4, certifiable: true };
const five = { stars: 5, certifiable: true };

describe('parseStars accepts what officials type', () => {
  const cases: [unknown, object | null][] = [
    [3, three],
    ['3', three],
    ['3 sao', three],
    ['3sao', three],
    ['★★★', three],
    ['***', three],
    ['3*', three],
    ['3★', three],
    ['3 ★', three],
    ['Ba sao', three],
    ['ba sao', three],
    ['BA SAO', three],
    ['4 Sao', four],
    ['4 sao (nâng hạng)', four],
    ['OCOP 3 sao', three],
    ['ocop 4 sao', four],
    [3.0, three],
    ['3.0', three],
    ['3,0', three],
    ['Hạng 4 sao', four],
    ['Đạt 5 sao', five],
    ['3 sao OCOP', three],
    ['Năm sao', five],
    ['bốn sao', four],
    ['⭐⭐⭐⭐', four],
    ['⭐️⭐️⭐️', three],
    ['＊＊＊＊＊', five],
    ['★★★☆☆', three],
    ['  5 sao  ', five],
    ['5\u00a0sao', five],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
    ['-', null],
  ];
  for (const [label, input, expected] of addNfdTwins(cases)) {
    it(label, () => expectValue(parseStars(input), expected, label));
  }
});

describe('parseStars certifiable flag: only 3–5 stars lead to recognition', () => {
  for (const n of [1, 2]) {
    it(`${n} star(s) parse but are not certifiable, with a note`, () => {
      const result = parseStars(`${n} sao`);
      expectValue(result, { stars: n, certifiable: false }, String(n));
      assert.ok(result.ok && result.note?.vi.includes('3 sao'));
    });
  }
  for (const n of [3, 4, 5])
    it(`${n} stars are certifiable`, () =>
      expectValue(parseStars(n), { stars: n, certifiable: true }, String(n)));
});

describe('parseStars keeps the bracketed remark as a note', () => {
  it('4 sao (nâng hạng)', () => {
    const result = parseStars('4 sao (nâng hạng)'.normalize('NFD'));
    assert.ok(result.ok && result.note?.vi.includes('nâng hạng'));
  });
});

describe('parseStars refuses ambiguous or impossible ratings', () => {
  const cases: [unknown, string][] = [
    ['5 sao*', 'AMBIGUOUS'],
    ['3-4', 'AMBIGUOUS'],
    ['3 - 4 sao', 'AMBIGUOUS'],
    ['3,5', 'AMBIGUOUS'],
    ['3.5', 'AMBIGUOUS'],
    ['3/4', 'AMBIGUOUS'],
    ['3 hoặc 4', 'AMBIGUOUS'],
    [3.5, 'AMBIGUOUS'],
    ['☆☆☆', 'UNRECOGNISED'],
    ['☆', 'UNRECOGNISED'],
    [0, 'OUT_OF_RANGE'],
    [6, 'OUT_OF_RANGE'],
    ['6 sao', 'OUT_OF_RANGE'],
    ['★★★★★★', 'OUT_OF_RANGE'],
    [-3, 'OUT_OF_RANGE'],
    ['sao', 'UNRECOGNISED'],
    ['ba', 'UNRECOGNISED'],
    ['tốt', 'UNRECOGNISED'],
    ['Chưa xếp hạng', 'UNRECOGNISED'],
  ];
  for (const [label, input, code] of addNfdTwins(cases)) {
    it(label, () => expectError(parseStars(input), code, label));
  }
  it('names the bad text in both languages', () =>
    expectError(parseStars('5 sao*'), 'AMBIGUOUS', '5 sao*', '“5 sao*”'));
});
