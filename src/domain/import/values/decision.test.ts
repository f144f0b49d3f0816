import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDecision, type Decision } from './decision.ts';
import { expectError, expectValue, addNfdTwins } from './test-support.ts';

function decision(
  number: string,
  serial: number,
  issuerCode: string,
  date: string | null,
  year: number | null = null,
): Decision {
  return { number, serial, year, kind: 'QĐ', issuerCode, date };
}

describe('parseDecision extracts number, issuer and date', () => {
  const cases: [unknown, Decision | null][] = [
    ['Quyết định số 123/QĐ-UBND ngày 05/6/2025', decision('123/QĐ-UBND', 123, 'UBND', '2025-06-05')],
    ['QĐ 123/QĐ-UBND, 05/06/2025', decision('123/QĐ-UBND', 123, 'UBND', '2025-06-05')],
    ['Số 4567/QĐ-UBND ngày 12 tháng 10 năm 2023', decision('4567/QĐ-UBND', 4567, 'UBND', '2023-10-12')],
    ['2361/QĐ-BNNMT ngày 26/6/2025', decision('2361/QĐ-BNNMT', 2361, 'BNNMT', '2025-06-26')],
    [
      'Quyết định 1234/QĐ-UBND ngày 30-12-2022 của UBND tỉnh',
      decision('1234/QĐ-UBND', 1234, 'UBND', '2022-12-30'),
    ],
    ['123/QD-UBND ngày 5/6/2025', decision('123/QĐ-UBND', 123, 'UBND', '2025-06-05')],
    ['123 / QĐ - UBND ngay 05/06/2025', decision('123/QĐ-UBND', 123, 'UBND', '2025-06-05')],
    ['123/qđ-ubnd ngày 05.06.2025', decision('123/QĐ-UBND', 123, 'UBND', '2025-06-05')],
    ['123/QÐ-UBND ngày 05/06/2025', decision('123/QĐ-UBND', 123, 'UBND', '2025-06-05')],
    ['123/QĐ–UBND ngày 05/06/2025', decision('123/QĐ-UBND', 123, 'UBND', '2025-06-05')],
    ['123/QĐ-UBND - ngày 05/06/2025', decision('123/QĐ-UBND', 123, 'UBND', '2025-06-05')],
    ['Ngày 05/6/2025, QĐ số 123/QĐ-UBND', decision('123/QĐ-UBND', 123, 'UBND', '2025-06-05')],
    ['26/2026/QĐ-TTg ngày 22/5/2026', decision('26/2026/QĐ-TTg', 26, 'TTg', '2026-05-22', 2026)],
    ['148/QĐ-TTG ngày 24/02/2023', decision('148/QĐ-TTg', 148, 'TTg', '2023-02-24')],
    ['45/QĐ-SNN&PTNT ngày 1/2/2020', decision('45/QĐ-SNN&PTNT', 45, 'SNN&PTNT', '2020-02-01')],
    ['1162/QĐ-VPĐP-OCOP ngày 01/10/2021', decision('1162/QĐ-VPĐP-OCOP', 1162, 'VPĐP-OCOP', '2021-10-01')],
    ['', null],
    [null, null],
  ];
  for (const [label, input, expected] of addNfdTwins(cases))
    it(label, () => expectValue(parseDecision(input), expected, label));
});

describe('parseDecision without a date', () => {
  it('123/QĐ-UBND gives date null with a note', () => {
    const result = parseDecision('123/QĐ-UBND');
    expectValue(result, decision('123/QĐ-UBND', 123, 'UBND', null), '123/QĐ-UBND');
    assert.ok(result.ok && result.note?.vi.includes('không ghi ngày'));
  });
});

describe('parseDecision notes a two-digit year and a year mismatch', () => {
  it('two-digit year', () => {
    const result = parseDecision('123/QĐ-UBND ngày 05/06/25');
    expectValue(result, decision('123/QĐ-UBND', 123, 'UBND', '2025-06-05'), 'yy');
    assert.ok(result.ok && result.note?.vi.includes('2025'));
  });
  it('year in the number differs from the signature year', () => {
    const result = parseDecision('26/2026/QĐ-TTg ngày 22/5/2025');
    assert.ok(result.ok && result.note?.en.includes('differs'));
  });
});

describe('parseDecision refuses what is not one decision number', () => {
  const cases: [unknown, string][] = [
    ['QĐ 123', 'UNRECOGNISED'],
    ['Quyết định công nhận', 'UNRECOGNISED'],
    ['12/TB-UBND', 'INVALID_FORMAT'],
    ['15/KH-UBND ngày 1/2/2024', 'INVALID_FORMAT'],
    ['123/QĐ-UBND và 124/QĐ-UBND', 'AMBIGUOUS'],
    ['0/QĐ-UBND', 'INVALID_FORMAT'],
    ['123/QĐ-ngày 05/06/2025', 'INVALID_FORMAT'],
    ['123/QĐ-UBND ngày 31/02/2025', 'INVALID_DATE'],
    ['123/QĐ-UBND ngày 06/13/2025', 'INVALID_DATE'],
    ['=A1&"/QĐ-UBND"', 'FORMULA'],
    [45813, 'UNRECOGNISED'],
    [{ foo: 1 }, 'INVALID_TYPE'],
  ];
  for (const [label, input, code] of addNfdTwins(cases))
    it(label, () => expectError(parseDecision(input), code, label));
  it('the same number twice is not ambiguous', () => {
    expectValue(
      parseDecision('123/QĐ-UBND (123/QĐ-UBND)'),
      decision('123/QĐ-UBND', 123, 'UBND', null),
      'twice',
    );
  });
  it('names the text', () => expectError(parseDecision('QĐ 123'), 'UNRECOGNISED', 'QĐ 123', '“QĐ 123”'));
});

describe('a decision named by its running number alone', () => {
  it('"Quyết định số 1482" is kept as written, its issuer unknown, and said so', () => {
    const r = parseDecision('Quyết định số 1482');
    assert.ok(r.ok);
    assert.deepEqual(r.ok && [r.value?.number, r.value?.issuerCode, r.value?.date], ['1482', '', null]);
    assert.match((r.ok && r.note?.vi) || '', /chỉ ghi số thứ tự/);
    const dated = parseDecision('QĐ số 58 ngày 12/3/2021');
    assert.deepEqual(dated.ok && [dated.value?.number, dated.value?.date], ['58', '2021-03-12']);
  });
});
