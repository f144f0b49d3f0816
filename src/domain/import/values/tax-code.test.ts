import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  computeTaxCodeCheckDigit,
  isValidTaxCodeChecksum,
  parseTaxCode,
  type ProducerIdentifier,
} from './tax-code.ts';
import { expectError, expectValue, addNfdTwins } from './test-support.ts';

const tax = (value: string): ProducerIdentifier => ({ kind: 'tax_code', value });
const branch = (value: string): ProducerIdentifier => ({ kind: 'tax_code_branch', value });
const personal = (value: string): ProducerIdentifier => ({ kind: 'personal_id', value });

describe('isValidTaxCodeChecksum: N10 = 10 − (Σ wᵢ·Nᵢ mod 11), w = 31,29,23,19,17,13,7,5,3', () => {
  // Real codes (python-stdnum test vectors) and hand-worked sums.
  const valid = [
    '0100233488',
    '0314409058',
    '0314409058-002',
    '0314409058002',
    '0312687878-001',
    '0100112437',
    '01.00.112.437',
  ];
  for (const code of valid) it(`${code} is valid`, () => assert.equal(isValidTaxCodeChecksum(code), true));
  const invalid = [
    '0100233480',
    '0100233489',
    '0314409059',
    '1234567890',
    '0100000000',
    '01002334',
    'abcdefghij',
    '',
  ];
  for (const code of invalid)
    it(`${code} is invalid`, () => assert.equal(isValidTaxCodeChecksum(code), false));

  it('worked example: 010023348 → sum 167, 167 mod 11 = 2, check 8', () =>
    assert.equal(computeTaxCodeCheckDigit('010023348'), 8));
  it('remainder 10 gives check digit 0', () => {
    const prefix = findPrefix((sum) => sum % 11 === 10);
    assert.equal(computeTaxCodeCheckDigit(prefix), 0);
    assert.equal(isValidTaxCodeChecksum(`${prefix}0`), true);
  });
  it('remainder 0 admits no check digit at all: every tenth digit fails', () => {
    const prefix = findPrefix((sum) => sum % 11 === 0);
    assert.equal(computeTaxCodeCheckDigit(prefix), null);
    for (let d = 0; d <= 9; d++) assert.equal(isValidTaxCodeChecksum(`${prefix}${d}`), false);
  });
  it('the 11 − r variant is not what real codes follow', () => {
    assert.notEqual(11 - (computeWeightedSum('010023348') % 11), 8);
  });
});

function computeWeightedSum(nine: string): number {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  return [...nine].reduce((sum, digit, i) => sum + weights[i] * Number(digit), 0);
}

function findPrefix(test: (sum: number) => boolean): string {
  for (let n = 10_000_001; ; n++) {
    const prefix = String(n).padStart(9, '0');
    if (test(computeWeightedSum(prefix))) return prefix;
  }
}

describe('parseTaxCode normalises and classifies identifiers', () => {
  const cases: [unknown, ProducerIdentifier | null][] = [
    ['0100233488', tax('0100233488')],
    [' 0100 233 488 ', tax('0100233488')],
    ['01.00.112.437', tax('0100112437')],
    ['0314409058-002', branch('0314409058-002')],
    ['0314409058 - 002', branch('0314409058-002')],
    ['0312 68 78 78 - 001', branch('0312687878-001')],
    ['0314409058002', branch('0314409058-002')],
    ['MST: 0100233488', tax('0100233488')],
    ['Mã số thuế 0100233488', tax('0100233488')],
    ['001085012345', personal('001085012345')],
    ['CCCD: 079 085 012 345', personal('079085012345')],
    ['', null],
    [null, null],
  ];
  for (const [label, input, expected] of addNfdTwins(cases))
    it(label, () => expectValue(parseTaxCode(input), expected, label));
});

describe('parseTaxCode restores leading zeros lost in number cells, with a note', () => {
  const cases: [number, ProducerIdentifier][] = [
    [100233488, tax('0100233488')],
    [314409058002, branch('0314409058-002')],
    [79085012345, personal('079085012345')],
    [1085012345, personal('001085012345')],
  ];
  for (const [input, expected] of cases) {
    it(String(input), () => {
      const result = parseTaxCode(input);
      expectValue(result, expected, String(input));
      assert.ok(result.ok && result.note?.vi.includes('số 0'));
    });
  }
  it('a 10-digit number with a valid check digit stays a tax code', () =>
    expectValue(parseTaxCode(4201234566), tax('4201234566'), 'n'));
});

describe('parseTaxCode keeps household registrations with a note', () => {
  for (const [input, value] of [
    ['27A8001234', '27A8001234'],
    ['01H8012345', '01H8012345'],
    ['27a-8001234', '27A8001234'],
    ['123456', '123456'],
  ]) {
    it(input, () => {
      const result = parseTaxCode(input);
      expectValue(result, { kind: 'household_registration', value }, input);
      assert.ok(result.ok && result.note?.en.includes('household'));
    });
  }
});

describe('parseTaxCode refuses bad identifiers, naming them', () => {
  const cases: [unknown, string][] = [
    ['0100233480', 'CHECKSUM'],
    ['0314409059-002', 'CHECKSUM'],
    ['0100000000', 'INVALID_FORMAT'],
    ['0314409058-000', 'INVALID_FORMAT'],
    ['123', 'INVALID_FORMAT'],
    ['HTX', 'INVALID_FORMAT'],
    ['ABCDEFGH', 'INVALID_FORMAT'],
    ['1234567890123456', 'INVALID_FORMAT'],
    ['123456789012', 'INVALID_FORMAT'],
    ['=B2', 'FORMULA'],
    [new Date(0), 'INVALID_TYPE'],
    [Number.POSITIVE_INFINITY, 'INVALID_TYPE'],
  ];
  for (const [label, input, code] of addNfdTwins(cases))
    it(label, () => expectError(parseTaxCode(input), code, label));
  it('the checksum message names the code and the expected digit', () => {
    const result = parseTaxCode('0100233480');
    expectError(result, 'CHECKSUM', 'x', '“0100233480”');
    assert.ok(!result.ok && result.message.vi.includes('phải là 8'));
  });
});
