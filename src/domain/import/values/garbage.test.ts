// Every parser against what a broken sheet or a careless caller can hand it:
// none may throw, each failure must carry a code and a message in both languages.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanText, readCell } from './cell-text.ts';
import { parseDate } from './dates.ts';
import { parseDecision } from './decision.ts';
import { inferLegalTypeFromName, parseLegalType } from './legal-type.ts';
import { parseProductSet } from './product-set.ts';
import type { ParseResult } from './result.ts';
import { parseEthnicity, parseSex } from './sex-ethnicity.ts';
import { parseStars } from './stars.ts';
import { parseTaxCode } from './tax-code.ts';
import { detectColumnEncoding, detectLegacyEncoding, repairVietnamese } from './legacy-encoding.ts';

const PARSERS: [string, (cell: unknown) => ParseResult<unknown>][] = [
  ['parseStars', parseStars],
  ['parseDate', (c) => parseDate(c)],
  ['parseDecision', parseDecision],
  ['parseTaxCode', parseTaxCode],
  ['parseProductSet', parseProductSet],
  ['parseLegalType', parseLegalType],
  ['inferLegalTypeFromName', inferLegalTypeFromName],
  ['parseSex', parseSex],
  ['parseEthnicity', parseEthnicity],
];

const GARBAGE: [string, unknown, string][] = [
  ['plain object', { a: 1 }, 'INVALID_TYPE'],
  ['array', [1, 2], 'INVALID_TYPE'],
  ['NaN', Number.NaN, 'INVALID_TYPE'],
  ['Infinity', Number.POSITIVE_INFINITY, 'INVALID_TYPE'],
  ['boolean', true, 'INVALID_TYPE'],
  ['symbol', Symbol('x'), 'INVALID_TYPE'],
  ['function', () => 1, 'INVALID_TYPE'],
  ['bigint', 10n, 'INVALID_TYPE'],
  ['very long string', 'Hợp tác xã '.repeat(200), 'TOO_LONG'],
  ['formula text', '=SUM(A1)', 'FORMULA'],
  ['formula text with spaces', '  =SUM(A1:A9)  ', 'FORMULA'],
  ['exceljs formula', { formula: 'SUM(A1)', result: 3 }, 'FORMULA'],
  ['exceljs shared formula', { sharedFormula: 'A2', result: 'HTX' }, 'FORMULA'],
  ['exceljs error', { error: '#N/A' }, 'CELL_ERROR'],
  ['exceljs bad rich text', { richText: [{ font: {} }] }, 'INVALID_TYPE'],
];

describe('garbage cells: every parser fails cleanly with the right code', () => {
  for (const [name, parse] of PARSERS) {
    for (const [label, cell, code] of GARBAGE) {
      it(`${name}: ${label} → ${code}`, () => {
        const result = parse(cell);
        assert.equal(result.ok, false);
        if (result.ok) return;
        assert.equal(result.code, code);
        assert.ok(result.message.vi.length > 0 && result.message.en.length > 0);
      });
    }
    it(`${name}: the formula message quotes the formula`, () => {
      const result = parse('=SUM(A1)');
      assert.ok(
        !result.ok && result.message.vi.includes('=SUM(A1)') && result.message.en.includes('=SUM(A1)'),
      );
    });
    it(`${name}: empty-looking cells are null`, () => {
      for (const cell of [null, undefined, '', '   ', '\u00a0', '\u200b', '-'])
        assert.deepEqual(parse(cell), { ok: true, value: null });
    });
  }
});

describe('parsers never throw on arbitrary input', () => {
  for (const [name, parse] of PARSERS) {
    it(name, () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.anything(), fc.string(), fc.string({ unit: 'binary' }), fc.double(), fc.date()),
          (cell) => {
            const result = parse(cell);
            if (result.ok) return true;
            return typeof result.code === 'string' && result.message.vi !== '' && result.message.en !== '';
          },
        ),
        { numRuns: 300 },
      );
    });
  }
  it('legacy encoding helpers', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.array(fc.string()), (text, column) => {
        detectLegacyEncoding(text);
        repairVietnamese(text);
        detectColumnEncoding(column);
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('readCell', () => {
  it('reads exceljs rich text and hyperlinks as their text', () => {
    assert.deepEqual(readCell({ richText: [{ text: 'Hợp tác ' }, { text: 'xã' }] }), {
      kind: 'text',
      text: 'Hợp tác xã',
    });
    assert.deepEqual(readCell({ text: 'HTX', hyperlink: 'http://x' }), { kind: 'text', text: 'HTX' });
  });
  it('cleans NFD, no-break and zero-width spaces, and the look-alike Ð', () => {
    assert.equal(cleanText(' Vải\u00a0 thiều\u200b '.normalize('NFD')), 'Vải thiều');
    assert.equal(cleanText('QÐ'), 'QĐ');
  });
  it('honours maxLength', () => {
    assert.equal((readCell('x'.repeat(20), { maxLength: 10 }) as { code: string }).code, 'TOO_LONG');
  });
});
