import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeFileName } from './file-name.ts';

describe('safeFileName', () => {
  it('keeps an ordinary Vietnamese name, as NFC', () => {
    assert.equal(safeFileName('Danh sách OCOP 2025.xlsx'.normalize('NFD'), 'x'), 'Danh sách OCOP 2025.xlsx');
  });
  it('replaces NUL, control characters, separators, quotes and broken surrogates', () => {
    assert.equal(safeFileName('a\u0000b/c\\d"e\u001b.csv', 'x'), 'a_b_c_d_e_.csv');
    assert.equal(safeFileName('x\uD800y.pdf', 'x'), 'x_y.pdf');
  });
  it('keeps the end of a long name, and falls back when nothing usable is left', () => {
    assert.equal(safeFileName(`${'a'.repeat(300)}.pdf`, 'x').length, 120);
    assert.ok(safeFileName(`${'a'.repeat(300)}.pdf`, 'x').endsWith('.pdf'));
    assert.equal(safeFileName('', 'tep-nhap'), 'tep-nhap');
    assert.equal(safeFileName('\u0000\u0000', 'tep-nhap'), 'tep-nhap');
  });
});
