import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  detectUnitTier,
  looksLikeDecision,
  looksLikeStars,
  looksLikeTaxCode,
  profileColumn,
} from './content-signals.ts';
import { DEFAULT_PRODUCT_FIELDS } from './field-defs.ts';
import { isGenericLabel, matchFieldHeader } from './label-match.ts';
import { detectGroupRow, isNumberingRow, isSubtotalRow, readRowCells } from './row-classify.ts';
import type { Cell } from './grid.ts';

const findField = (key: string) => DEFAULT_PRODUCT_FIELDS.find((f) => f.key === key)!;
const makeCells = (...values: Cell[]) => readRowCells(values, values.length);

describe('header label matching', () => {
  it('ignores accents, case and word order', () => {
    assert.equal(matchFieldHeader('TEN SAN PHAM', findField('productName')).score, 1);
    assert.equal(matchFieldHeader('Chủ thể › Tên', findField('producerName')).score, 1);
  });

  it('expands abbreviations', () => {
    assert.equal(matchFieldHeader('Số, ngày QĐ', findField('decision')).synonym, 'Số, ngày quyết định');
    assert.equal(matchFieldHeader('Số TT', findField('rowNo')).score, 1);
    assert.ok(matchFieldHeader('MST', findField('taxCode')).score >= 0.95);
  });

  it('tells words apart that differ only in accents ("Ghi chú" is not "Chủ thể")', () => {
    assert.ok(matchFieldHeader('Ghi chú', findField('producerName')).score < 0.3);
    assert.ok(matchFieldHeader('Ghi chú', findField('description')).score < 0.3);
  });

  it('reads a path by its last segment', () => {
    const day = 'Quyết định công nhận › Ngày';
    assert.ok(
      matchFieldHeader(day, findField('decisionDate')).score >
        matchFieldHeader(day, findField('decision')).score,
    );
  });

  it('recognises generic labels', () => {
    assert.ok(isGenericLabel('Cột 12'));
    assert.ok(isGenericLabel('Column 3'));
    assert.ok(!isGenericLabel('Cột mốc'));
  });
});

describe('content signals', () => {
  it('reads stars in every way they are written', () => {
    for (const v of [3, '3 sao', '★★★★', '4*', '5 SAO', 'Hạng 3 sao', '3 sao (68 điểm)'])
      assert.ok(looksLikeStars(v), String(v));
    for (const v of ['3-4', 6, 'Ba sao', '', null]) assert.ok(!looksLikeStars(v), String(v));
  });

  it('tells row numbers from stars and from consecutive tax codes', () => {
    assert.ok(profileColumn([1, 2, 3, 4, 5]).rowNo > 0.9);
    assert.ok(profileColumn([1, 2, 3, 4, 5]).stars < 0.3);
    assert.ok(profileColumn([3, 4, 3, 5, 4]).stars > 0.9);
    const taxCodes = ['2801000001', '2801000002', '2801000003'];
    assert.equal(profileColumn(taxCodes).rowNo, 0);
    assert.equal(profileColumn(taxCodes).taxCode, 1);
  });

  it('recognises decisions and tax codes', () => {
    assert.ok(looksLikeDecision('Quyết định số 123/QĐ-UBND ngày 05/6/2023'));
    assert.ok(looksLikeDecision('456/QĐ-UBND'));
    assert.ok(!looksLikeDecision('Quê Đông'));
    assert.ok(looksLikeTaxCode('0101234567-001'));
    assert.ok(looksLikeTaxCode(101234567), 'a number cell that lost its leading zero');
    assert.ok(!looksLikeTaxCode('12345'));
  });

  it('reads the unit tier from the prefix, accented input needing the accented prefix', () => {
    assert.equal(detectUnitTier('Xã Xuân Lai'), 'commune');
    assert.equal(detectUnitTier('Thị trấn Lam Sơn'), 'commune');
    assert.equal(detectUnitTier('Thị xã Nghi Sơn'), 'district');
    assert.equal(detectUnitTier('xa xuan lai'), 'commune');
    assert.equal(detectUnitTier('Xa Mát'), null, 'a place named "Xa …", not a commune type');
  });
});

describe('row classification', () => {
  it('recognises numbering rows', () => {
    assert.ok(isNumberingRow(makeCells('(1)', '(2)', '(3)', '(4)=(2)x(3)')));
    assert.ok(isNumberingRow(makeCells(1, 2, 3, 4, 5)));
    assert.ok(isNumberingRow(makeCells('(A)', '(B)', '(C)')));
    assert.ok(!isNumberingRow(makeCells(1, 'Mật ong', 3)));
    assert.ok(!isNumberingRow(makeCells(3, 2, 1)));
  });

  it('recognises subtotals in accented and plain text', () => {
    assert.ok(isSubtotalRow(makeCells('Tổng cộng', null, 40)));
    assert.ok(isSubtotalRow(makeCells(null, 'Tong so: 40')));
    assert.ok(!isSubtotalRow(makeCells(1, 'Công ty TNHH Bến En')));
    assert.ok(isSubtotalRow(makeCells('Tổng: 40 sản phẩm')));
    assert.ok(isSubtotalRow(makeCells('TỔNG CỘNG')));
    assert.ok(isSubtotalRow(makeCells('Tổng cộng'.normalize('NFD'))), 'decomposed text, as macOS writes it');
    assert.ok(!isSubtotalRow(makeCells('Tổng công ty Lương thực miền Bắc')), 'a corporation, not a total');
  });

  it('recognises section rows and strips their numbering', () => {
    assert.deepEqual(detectGroupRow(makeCells('I. HUYỆN THỌ XUÂN', null, null, null, null), 5, 5), {
      text: 'HUYỆN THỌ XUÂN',
      level: 2,
    });
    assert.deepEqual(detectGroupRow(makeCells('IV', 'Thị xã Nghi Sơn', null, null, null), 5, 1), {
      text: 'Thị xã Nghi Sơn',
      level: 2,
    });
    assert.deepEqual(detectGroupRow(makeCells('Xã Tam Xuân I', null, null, null, null), 5, 1), {
      text: 'Xã Tam Xuân I',
      level: 3,
    });
    assert.deepEqual(detectGroupRow(makeCells('A. SẢN PHẨM ĐẠT 4 SAO', null, null, null, null), 5, 1), {
      text: 'SẢN PHẨM ĐẠT 4 SAO',
      level: 0,
    });
    assert.equal(detectGroupRow(makeCells(5, 'Xôi gấc', null, null, null), 5, 1), null);
    assert.equal(detectGroupRow(makeCells(1, 'Mật ong', 'HTX Bến En', 4, '2801'), 5, 1), null);
  });
});
