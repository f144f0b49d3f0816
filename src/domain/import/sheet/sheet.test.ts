import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createGrid, type Cell, type MergeRange } from './grid.ts';
import { detectHeader } from './header-detect.ts';
import {
  applyMapping,
  DEFAULT_PRODUCER_FIELDS,
  DEFAULT_PRODUCT_FIELDS,
  guessMapping,
  sampleDataRows,
} from './column-mapping.ts';

const _ = null;
const makeMerge = (top: number, left: number, bottom: number, right: number): MergeRange => ({
  top,
  left,
  bottom,
  right,
});

function mapGrid(
  rows: Cell[][],
  merges: MergeRange[] = [],
  fields = DEFAULT_PRODUCT_FIELDS,
  formulas: string[] = [],
) {
  const grid = createGrid(rows, merges, formulas);
  const header = detectHeader(grid, fields);
  const guess = guessMapping(header.columns, sampleDataRows(grid, header), fields);
  return { grid, header, guess, records: applyMapping(grid, header, guess.mapping) };
}

function keepMapped(mapping: Record<string, number | null>): Record<string, number> {
  return Object.fromEntries(Object.entries(mapping).filter((e): e is [string, number] => e[1] !== null));
}

function listReasons(header: ReturnType<typeof detectHeader>): string {
  return header.skippedRows.map((s) => `${s.row}:${s.reason}`).join(' ');
}

/** A provincial list: titles, merged two-row header, numbering, sections, subtotal, footer. */
const PROVINCIAL: Cell[][] = [
  ['UBND TỈNH THANH HÓA', _, _, _, _, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', _, _, _],
  ['DANH SÁCH SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2023', _, _, _, _, _, _, _, _],
  [],
  ['STT', 'Tên sản phẩm', 'Chủ thể', _, _, 'Hạng sao', 'Quyết định công nhận', _, 'Ghi chú'],
  [_, _, 'Tên', 'Địa chỉ', 'Mã số thuế', _, 'Số', 'Ngày', _],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
  ['I. HUYỆN THỌ XUÂN', _, _, _, _, _, _, _, _],
  [
    1,
    'Bánh gai Tứ Trụ',
    'HTX Bánh gai Tứ Trụ',
    'Thôn Tứ Trụ, xã Thọ Diên',
    '2801007919',
    3,
    '1520/QĐ-UBND',
    '05/06/2023',
    _,
  ],
  [2, 'Bánh gai chay', _, _, _, '3 sao', '1520/QĐ-UBND', new Date(Date.UTC(2023, 5, 5)), 'mới'],
  ['Xã Xuân Lai', _, _, _, _, _, _, _, _],
  [
    3,
    'Rượu nếp Xuân Lai',
    'HTX Rượu Xuân Lai',
    'Thôn 5',
    2801031676,
    '★★★★',
    '1520/QĐ-UBND',
    '2023-06-05',
    _,
  ],
  ['II', 'HUYỆN NHƯ THANH', _, _, _, _, _, _, _],
  [
    4,
    'Mật ong rừng Bến En',
    'Công ty TNHH Bến En',
    'Thôn Đồng Mười, xã Hải Long',
    '2801047514',
    '4*',
    '2235/QĐ-UBND',
    '17/08/2023',
    _,
  ],
  ['Cộng huyện Như Thanh', _, _, _, _, '1 sản phẩm', _, _, _],
  ['Tổng cộng', _, _, _, _, '4 sản phẩm', _, _, _],
  [],
  [_, _, _, _, _, _, 'Thanh Hóa, ngày 20 tháng 12 năm 2023', _, _],
  ['NGƯỜI LẬP BIỂU', _, _, _, _, _, 'KT. GIÁM ĐỐC', _, _],
  ['Lê Văn Bình', _, _, _, _, _, 'Nguyễn Thị Hoa', _, _],
];
const PROVINCIAL_MERGES = [
  makeMerge(0, 0, 0, 3),
  makeMerge(0, 5, 0, 8),
  makeMerge(1, 0, 1, 8),
  makeMerge(3, 0, 4, 0),
  makeMerge(3, 1, 4, 1),
  makeMerge(3, 2, 3, 4),
  makeMerge(3, 5, 4, 5),
  makeMerge(3, 6, 3, 7),
  makeMerge(3, 8, 4, 8),
  makeMerge(6, 0, 6, 8),
  makeMerge(7, 2, 8, 2),
  makeMerge(7, 3, 8, 3),
  makeMerge(7, 4, 8, 4),
];

describe('detectHeader on a provincial list', () => {
  const { header, guess, records } = mapGrid(PROVINCIAL, PROVINCIAL_MERGES);

  it('finds the merged two-row header below the titles and the numbering row under it', () => {
    assert.equal(header.headerTop, 3);
    assert.equal(header.headerBottom, 4);
    assert.equal(header.numberingRow, 5);
    assert.equal(header.dataStart, 7);
    assert.equal(header.dataEnd, 12);
  });

  it('joins merged header rows into paths', () => {
    assert.deepEqual(
      header.columns.map((c) => c.label),
      [
        'STT',
        'Tên sản phẩm',
        'Chủ thể › Tên',
        'Chủ thể › Địa chỉ',
        'Chủ thể › Mã số thuế',
        'Hạng sao',
        'Quyết định công nhận › Số',
        'Quyết định công nhận › Ngày',
        'Ghi chú',
      ],
    );
  });

  it('classifies titles, numbering, sections, subtotals and the signature footer', () => {
    assert.equal(
      listReasons(header),
      '0:title 1:title 2:blank 5:numbering 6:group 9:group 11:group 13:subtotal 14:subtotal 15:blank 16:footer 17:footer 18:footer',
    );
  });

  it('gives rows the sections they sit in, innermost first', () => {
    assert.equal(header.rowContext.get(7), 'HUYỆN THỌ XUÂN');
    assert.equal(header.rowContext.get(10), 'Xã Xuân Lai, HUYỆN THỌ XUÂN');
    assert.equal(header.rowContext.get(12), 'HUYỆN NHƯ THANH');
  });

  it('maps the path labels and splits "Số" from "Ngày" under one decision header', () => {
    assert.deepEqual(keepMapped(guess.mapping), {
      rowNo: 0,
      productName: 1,
      producerName: 2,
      address: 3,
      taxCode: 4,
      stars: 5,
      decision: 6,
      decisionDate: 7,
      note: 8,
    });
    assert.deepEqual(guess.unmappedColumns, []);
  });

  it('turns data rows into records with sheet row numbers, merged cells filled down', () => {
    assert.deepEqual(
      records.map((r) => r.row),
      [8, 9, 11, 13],
    );
    assert.equal(records[1].values.producerName, 'HTX Bánh gai Tứ Trụ');
    assert.equal(records[1].values.taxCode, '2801007919');
    assert.equal(records[1].context, 'HUYỆN THỌ XUÂN');
    assert.ok(records[1].values.decisionDate instanceof Date);
  });
});

describe('detectHeader without merges', () => {
  it('carries a group label over its sub-labels when the file lost its merges (CSV)', () => {
    const { header, guess } = mapGrid([
      ['DANH SÁCH CHỦ THỂ', _, _, _, _, _],
      ['STT', 'Tên sản phẩm', 'Chủ thể', _, _, 'Xếp hạng'],
      [_, _, 'Tên', 'Địa chỉ', 'Mã số thuế', _],
      ['1', 'Chè xanh', 'HTX Chè Xuân Du', 'Xã Xuân Du', '2801063352', '3 sao'],
      ['2', 'Miến dong', 'HTX Miến Phượng Nghi', 'Xã Phượng Nghi', '2801047514', '4 sao'],
    ]);
    assert.deepEqual([header.headerTop, header.headerBottom, header.dataStart], [1, 2, 3]);
    assert.deepEqual(header.columns.map((c) => c.label).slice(2, 5), [
      'Chủ thể › Tên',
      'Chủ thể › Địa chỉ',
      'Chủ thể › Mã số thuế',
    ]);
    assert.deepEqual(keepMapped(guess.mapping), {
      rowNo: 0,
      productName: 1,
      producerName: 2,
      address: 3,
      taxCode: 4,
      stars: 5,
    });
  });

  it('does not take an all-text first data row for a second header row', () => {
    const { header } = mapGrid([
      ['Tên sản phẩm', 'Tên chủ thể', 'Địa chỉ', 'Hạng sao'],
      ['Mật ong', 'HTX Bến En', 'Xã Hải Long', 'Bốn sao'],
      ['Chè xanh', 'HTX Xuân Du', 'Xã Xuân Du', 'Ba sao'],
    ]);
    assert.deepEqual([header.headerTop, header.headerBottom, header.dataStart, header.dataEnd], [0, 0, 1, 2]);
  });

  it('skips a header repeated at a page break and a "1 2 3" numbering row', () => {
    const { header } = mapGrid([
      ['STT', 'Tên sản phẩm', 'Tên chủ thể', 'Hạng sao'],
      [1, 2, 3, 4],
      [1, 'Mật ong', 'HTX Bến En', 4],
      ['STT', 'Tên sản phẩm', 'Tên chủ thể', 'Hạng sao'],
      [2, 'Chè xanh', 'HTX Xuân Du', 3],
    ]);
    assert.equal(header.numberingRow, 1);
    assert.equal(listReasons(header), '1:numbering 3:title');
    assert.equal(header.dataEnd, 4);
  });

  it('reads "Công ty…" as data, not as a "Cộng" subtotal', () => {
    const { header } = mapGrid([
      ['Tên chủ thể', 'Tên sản phẩm', 'Hạng sao'],
      ['Công ty TNHH Bến En', 'Mật ong', 4],
      ['Cộng', _, 1],
    ]);
    assert.equal(listReasons(header), '2:subtotal');
    assert.equal(header.dataEnd, 1);
  });

  it('finds sections in a table that starts in column C', () => {
    const { header, records } = mapGrid([
      [_, _, 'STT', 'Tên sản phẩm', 'Tên chủ thể', 'Hạng sao'],
      [_, _, 'Huyện Như Thanh', _, _, _],
      [_, _, 1, 'Mật ong', 'HTX Bến En', 4],
    ]);
    assert.equal(listReasons(header), '1:group');
    assert.equal(records[0].context, 'Huyện Như Thanh');
    assert.equal(records[0].values.productName, 'Mật ong');
  });

  it('keeps a section row out of the header and nests districts under lettered sections', () => {
    const { header, records } = mapGrid([
      ['STT', 'Tên sản phẩm', 'Chủ thể', 'Hạng sao'],
      ['A', 'SẢN PHẨM 4 SAO', _, _],
      ['I', 'Huyện Thọ Xuân', _, _],
      [1, 'Mật ong', 'HTX A', 4],
      ['B', 'SẢN PHẨM 3 SAO', _, _],
      [2, 'Chè', 'HTX B', 3],
    ]);
    assert.equal(header.headerBottom, 0);
    assert.deepEqual(
      records.map((r) => r.context),
      ['Huyện Thọ Xuân, SẢN PHẨM 4 SAO', 'SẢN PHẨM 3 SAO'],
    );
  });

  it('treats a sheet without a header row as all data', () => {
    const { header, guess } = mapGrid([
      [1, 'Mật ong rừng', 'HTX Bến En', 'Thôn 1, xã Hải Long', '3 sao'],
      [2, 'Chè xanh', 'HTX Chè Xuân Du', 'Thôn 2, xã Xuân Du', '4 sao'],
      [3, 'Rượu men lá', 'HTX Cán Khê', 'Xã Cán Khê', '3 sao'],
    ]);
    assert.deepEqual([header.headerTop, header.dataStart, header.dataEnd], [-1, 0, 2]);
    assert.equal(guess.mapping.stars, 4);
  });

  it('survives an empty grid', () => {
    const header = detectHeader(createGrid([]), DEFAULT_PRODUCT_FIELDS);
    assert.equal(header.headerTop, -1);
    assert.ok(header.dataEnd < header.dataStart);
  });
});

describe('guessMapping', () => {
  it('maps headers in another order and wording, typed without accents or abbreviated', () => {
    const { guess } = mapGrid([
      ['TT', 'Don vi san xuat', 'Tên SP', 'Dia chi', 'Xếp hạng', 'Số, ngày QĐ', 'Năm', 'Ghi chú'],
      [
        1,
        'HTX Duy Hải',
        'Nước mắm Duy Hải',
        'Xã Duy Hải, huyện Duy Xuyên',
        '3 sao',
        '2345/QĐ-UBND ngày 12/8/2022',
        2022,
        _,
      ],
      [
        2,
        'HTX Duy Phú',
        'Gạo Duy Phú',
        'Xã Duy Phú, huyện Duy Xuyên',
        '4 sao',
        '2345/QĐ-UBND ngày 12/8/2022',
        2022,
        'đạt',
      ],
    ]);
    assert.deepEqual(keepMapped(guess.mapping), {
      rowNo: 0,
      producerName: 1,
      productName: 2,
      address: 3,
      stars: 4,
      decision: 5,
      year: 6,
      note: 7,
    });
    assert.equal(guess.mapping.description, null, "'Ghi chú' is a note, never a description");
  });

  it('maps useless headers ("Cột 1", "Cột 2"…) from the values alone', () => {
    const rows: Cell[][] = [['Cột 1', 'Cột 2', 'Cột 3', 'Cột 4', 'Cột 5', 'Cột 6', 'Cột 7', 'Cột 8']];
    const products = ['Bánh gai', 'Rượu nếp', 'Mật ong', 'Gạo nếp', 'Chè lam', 'Nem chua'];
    products.forEach((name, i) =>
      rows.push([
        i + 1,
        name,
        `HTX Nông nghiệp số ${i + 1}`,
        ['Xã Thọ Diên', 'Xã Xuân Lai', 'Thị trấn Lam Sơn'][i % 3],
        String(2801000000 + i * 7919),
        ['3 sao', '★★★★', 4, '3*', '4 sao', 3][i],
        `${1520 + i}/QĐ-UBND`,
        `0${i + 1}/06/2023`,
      ]),
    );
    const { header, guess } = mapGrid(rows);
    assert.equal(header.headerTop, 0);
    assert.deepEqual(keepMapped(guess.mapping), {
      rowNo: 0,
      productName: 1,
      producerName: 2,
      commune: 3,
      taxCode: 4,
      stars: 5,
      decision: 6,
      decisionDate: 7,
    });
    const productName = guess.scores.find((s) => s.field === 'productName' && s.column === 1);
    assert.match(productName?.reasons.join() ?? '', /only free-text column/);
  });

  it('explains each proposal', () => {
    const { guess } = mapGrid(PROVINCIAL, PROVINCIAL_MERGES);
    const stars = guess.scores.find((s) => s.field === 'stars' && s.column === 5);
    assert.ok(
      stars?.reasons.some((r) => r.includes('Hạng sao')) &&
        stars.reasons.some((r) => r.includes('look like stars')),
    );
    const scores = guess.scores.map((s) => s.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
      'best first',
    );
  });

  it('maps a producer list with the producer fields', () => {
    const { guess } = mapGrid(
      [
        [
          'STT',
          'Tên chủ thể',
          'Loại hình',
          'MST',
          'Trụ sở',
          'Người đại diện theo pháp luật',
          'Giới tính',
          'Dân tộc',
          'SĐT',
          'E-mail',
          'Số lao động',
          'Ngày đăng ký',
        ],
        [
          '1',
          'HTX Bánh gai Tứ Trụ',
          'Hợp tác xã',
          '2801007919',
          'Xã Thọ Diên',
          'Lê Văn Tuấn',
          'Nam',
          'Kinh',
          '0912 345 678',
          'a@b.vn',
          '25',
          '15/03/2012',
        ],
      ],
      [],
      DEFAULT_PRODUCER_FIELDS,
    );
    assert.deepEqual(keepMapped(guess.mapping), {
      rowNo: 0,
      producerName: 1,
      legalType: 2,
      taxCode: 3,
      address: 4,
      representativeName: 5,
      representativeSex: 6,
      representativeEthnicity: 7,
      phone: 8,
      email: 9,
      workforce: 10,
      registrationDate: 11,
    });
  });
});

describe('applyMapping', () => {
  it('flags fields whose cell held a formula', () => {
    const { records } = mapGrid(
      [
        ['STT', 'Tên sản phẩm', 'Hạng sao', 'Ngày công nhận'],
        [1, 'Mật ong', 4, new Date(Date.UTC(2023, 5, 5))],
        [2, 'Chè xanh', 3, '05/06/2023'],
      ],
      [],
      DEFAULT_PRODUCT_FIELDS,
      ['1:3'],
    );
    assert.deepEqual(records[0].formulaFields, ['decisionDate']);
    assert.equal(records[1].formulaFields, undefined);
  });
});
