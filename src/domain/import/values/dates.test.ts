import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { excelSerialToIso, findDateInText, parseDate } from './dates.ts';
import { expectError, expectValue, addNfdTwins } from './test-support.ts';

describe('parseDate reads day-first dates in every separator', () => {
  const cases: [unknown, string | null][] = [
    ['05/06/2025', '2025-06-05'],
    ['5/6/2025', '2025-06-05'],
    ['05/6/2025', '2025-06-05'],
    ['5-6-2025', '2025-06-05'],
    ['05.06.2025', '2025-06-05'],
    ['2025-06-05', '2025-06-05'],
    ['2025/06/05', '2025-06-05'],
    ['ngày 5 tháng 6 năm 2025', '2025-06-05'],
    ['Ngày 05 tháng 06 năm 2025', '2025-06-05'],
    ['5 tháng 6, năm 2025', '2025-06-05'],
    ['ngày 05/06/2025', '2025-06-05'],
    ['05 / 06 / 2025', '2025-06-05'],
    ['05/06/2025 00:00:00', '2025-06-05'],
    ['2025-06-05T00:00:00.000Z', '2025-06-05'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/2099', '2099-12-31'],
    ['12/10/2023', '2023-10-12'],
    ['', null],
    [null, null],
    ['—', null],
  ];
  for (const [label, input, expected] of addNfdTwins(cases))
    it(label, () => expectValue(parseDate(input), expected, label));
});

describe('parseDate never reads month-first', () => {
  it('5/6/2025 is 5 June, not 6 May', () => expectValue(parseDate('5/6/2025'), '2025-06-05', '5/6/2025'));
  it('12/01/2024 is 12 January', () => expectValue(parseDate('12/01/2024'), '2024-01-12', '12/01/2024'));
  it('06/13/2025 is an error (no month 13), with a hint about the US order', () => {
    const result = parseDate('06/13/2025');
    expectError(result, 'INVALID_DATE', '06/13/2025', '“06/13/2025”');
    assert.ok(!result.ok && result.message.vi.includes('tháng/ngày/năm'));
  });
  it('12/25/2024 is an error', () => expectError(parseDate('12/25/2024'), 'INVALID_DATE', '12/25/2024'));
});

describe('parseDate handles two-digit years with a note (00–69 → 2000s)', () => {
  const cases: [string, string][] = [
    ['05/06/25', '2025-06-05'],
    ['1/1/69', '2069-01-01'],
    ['1/1/70', '1970-01-01'],
    ['31/12/99', '1999-12-31'],
  ];
  for (const [input, expected] of cases) {
    it(input, () => {
      const result = parseDate(input);
      expectValue(result, expected, input);
      assert.ok(result.ok && result.note?.vi.includes('hai chữ số'));
    });
  }
});

describe('parseDate reads Excel values', () => {
  it('Date objects from exceljs by their UTC date parts', () => {
    expectValue(parseDate(new Date(Date.UTC(2025, 5, 5))), '2025-06-05', 'Date');
  });
  it('a Date at 23:30 UTC keeps its UTC calendar day', () => {
    expectValue(parseDate(new Date(Date.UTC(2024, 11, 31, 23, 30))), '2024-12-31', 'late Date');
  });
  it('serial 45813 is 2025-06-05', () => expectValue(parseDate(45813), '2025-06-05', '45813'));
  it('serial as text "45813" is read too', () => expectValue(parseDate('45813'), '2025-06-05', '"45813"'));
  it('a fractional serial drops its time with a note', () => {
    const result = parseDate(45813.75);
    expectValue(result, '2025-06-05', '45813.75');
    assert.ok(result.ok && result.note);
  });
  it('serials outside 20000–80000 are not dates', () => {
    for (const n of [2025, 19999, 80001, 1]) expectError(parseDate(n), 'OUT_OF_RANGE', String(n), `“${n}”`);
  });
  it('numbers are refused when excelSerial is off', () => {
    expectError(parseDate(45813, { excelSerial: false }), 'INVALID_TYPE', 'serial off');
    expectError(parseDate('45813', { excelSerial: false }), 'UNRECOGNISED', 'serial text off');
  });
  it('an invalid Date object is an error', () =>
    expectError(parseDate(new Date(Number.NaN)), 'INVALID_DATE', 'NaN date'));
});

describe('excelSerialToIso handles the 1900 leap-year bug', () => {
  const cases: [number, string | null][] = [
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, null],
    [61, '1900-03-01'],
    [36526, '2000-01-01'],
    [45813, '2025-06-05'],
    [0, null],
  ];
  for (const [serial, iso] of cases)
    it(`${serial} → ${iso}`, () => assert.equal(excelSerialToIso(serial), iso));
});

describe('parseDate refuses impossible or incomplete dates, naming the text', () => {
  const cases: [unknown, string][] = [
    ['31/02/2024', 'INVALID_DATE'],
    ['29/02/2023', 'INVALID_DATE'],
    ['31/04/2025', 'INVALID_DATE'],
    ['00/05/2025', 'INVALID_DATE'],
    ['05/00/2025', 'INVALID_DATE'],
    ['5/6/1899', 'OUT_OF_RANGE'],
    ['5/6/2101', 'OUT_OF_RANGE'],
    ['6/2025', 'INCOMPLETE'],
    ['tháng 6 năm 2025', 'INCOMPLETE'],
    ['2025', 'INCOMPLETE'],
    ['05/06-2025', 'UNRECOGNISED'],
    ['hôm qua', 'UNRECOGNISED'],
    ['2025-06-04T17:00:00.000Z', 'AMBIGUOUS'],
    ['=TODAY()', 'FORMULA'],
    [true, 'INVALID_TYPE'],
    [Number.NaN, 'INVALID_TYPE'],
  ];
  for (const [label, input, code] of addNfdTwins(cases))
    it(label, () => expectError(parseDate(input), code, label));
  it('31/02/2024 is named in the message', () =>
    expectError(parseDate('31/02/2024'), 'INVALID_DATE', 'x', '“31/02/2024”'));
});

describe('findDateInText finds the first date inside longer text', () => {
  it('numeric', () => {
    const found = findDateInText('ký ngày 05/6/2025 tại UBND');
    assert.ok(found?.result.ok && found.result.value === '2025-06-05');
  });
  it('in words, NFD', () => {
    const found = findDateInText('ngày 12 tháng 10 năm 2023'.normalize('NFD'));
    assert.ok(found?.result.ok && found.result.value === '2023-10-12');
  });
  it('none', () => assert.equal(findDateInText('không có ngày'), null));
});
