import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { detectHeader } from '../../../../domain/import/sheet/header-detect.ts';
import {
  applyMapping,
  DEFAULT_PRODUCER_FIELDS,
  DEFAULT_PRODUCT_FIELDS,
  guessMapping,
  sampleDataRows,
  type FieldDef,
} from '../../../../domain/import/sheet/column-mapping.ts';
import type { Grid } from '../../../../domain/import/sheet/grid.ts';
import { readSheet, SheetReadError, type ReadSheetOptions, type SheetReadErrorCode } from './read-sheet.ts';
import { readZipDirectory } from './zip-directory.ts';

const locateFixture = (name: string): string =>
  fileURLToPath(new URL(`../../../../../test/fixtures/imports/${name}`, import.meta.url));

function mapGrid(grid: Grid, fields: readonly FieldDef[]) {
  const header = detectHeader(grid, fields);
  const guess = guessMapping(header.columns, sampleDataRows(grid, header), fields);
  const mapping = Object.fromEntries(Object.entries(guess.mapping).filter((e) => e[1] !== null));
  return { header, mapping, records: applyMapping(grid, header, guess.mapping) };
}

async function assertRefused(
  input: Uint8Array | string,
  code: SheetReadErrorCode,
  options: ReadSheetOptions = {},
): Promise<SheetReadError> {
  let caught: unknown;
  try {
    await readSheet(input, options);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof SheetReadError, `expected SheetReadError ${code}, got ${String(caught)}`);
  assert.equal(caught.code, code);
  assert.ok(caught.vi.length > 0 && caught.en.length > 0);
  return caught;
}

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('thanh-hoa-2023.xlsx (merged two-row header, sections, footer)', async () => {
  const result = await readSheet(locateFixture('thanh-hoa-2023.xlsx'));
  const { header, mapping, records } = mapGrid(result.grid, DEFAULT_PRODUCT_FIELDS);

  it('reads the first worksheet with its merges', () => {
    assert.equal(result.format, 'xlsx');
    assert.deepEqual(result.sheetNames, ['DS OCOP 2023', 'Tổng hợp']);
    assert.equal(result.grid.sheetName, 'DS OCOP 2023');
    assert.ok(
      result.grid.merges.some((m) => m.top === 3 && m.left === 3 && m.bottom === 3 && m.right === 5),
      'Chủ thể over D4:F4',
    );
    assert.ok(
      result.grid.merges.some((m) => m.top === 7 && m.left === 3 && m.bottom === 9 && m.right === 3),
      'producer merged down',
    );
  });

  it('detects the header band, numbering row and data block', () => {
    assert.deepEqual(
      [header.headerTop, header.headerBottom, header.numberingRow, header.dataStart],
      [3, 4, 5, 7],
    );
    assert.deepEqual(
      header.columns.slice(3, 6).map((c) => c.label),
      ['Chủ thể › Tên', 'Chủ thể › Địa chỉ', 'Chủ thể › Mã số thuế'],
    );
    const reasons = new Map(header.skippedRows.map((s) => [s.row + 1, s.reason]));
    assert.equal(reasons.get(1), 'title');
    assert.equal(reasons.get(7), 'group');
    assert.equal([...reasons.values()].filter((r) => r === 'group').length, 4);
    assert.equal([...reasons.values()].filter((r) => r === 'subtotal').length, 1);
    assert.ok([...reasons.values()].filter((r) => r === 'footer').length >= 4);
  });

  it('maps every column to the right field', () => {
    assert.deepEqual(mapping, {
      rowNo: 0,
      productName: 1,
      productSet: 2,
      producerName: 3,
      address: 4,
      taxCode: 5,
      stars: 6,
      decision: 7,
      decisionDate: 8,
      note: 9,
    });
  });

  it('yields the 40 products with their sections, faults intact for validation to report', () => {
    assert.equal(records.length, 40);
    assert.deepEqual(
      records.map((r) => r.values.rowNo),
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    const byNo = (n: number) => records.find((r) => r.values.rowNo === n)!;
    assert.equal(
      byNo(3).values.producerName,
      'HTX Bánh gai Tứ Trụ',
      'merged producer cell reaches the third product',
    );
    assert.equal(byNo(10).values.productName, null);
    assert.equal(byNo(8).values.stars, '3-4');
    assert.match(String(byNo(17).values.address), /Thanh Sơn Tây/);
    assert.deepEqual({ ...byNo(20).values, rowNo: 12 }, byNo(12).values, 'row 20 duplicates row 12');
    assert.equal(byNo(1).context, 'HUYỆN THỌ XUÂN');
    assert.equal(byNo(40).context, 'Huyện Hoằng Hóa');
  });

  it('keeps the written forms of stars, decisions and dates', () => {
    const values = (field: string) => records.map((r) => r.values[field]);
    assert.ok(
      values('stars').includes(4) &&
        values('stars').includes('★★★★') &&
        values('stars').includes('4*') &&
        values('stars').includes('3 sao'),
    );
    assert.ok(values('decision').some((d) => /^Quyết định số \d+\/QĐ-UBND ngày/.test(String(d))));
    assert.ok(values('decision').some((d) => /^\d+\/QĐ-UBND$/.test(String(d))));
    const dates = values('decisionDate');
    assert.ok(dates.some((d) => d instanceof Date));
    assert.ok(dates.some((d) => typeof d === 'string' && /^\d{2}\/\d{2}\/\d{4}$/.test(d)));
    assert.ok(dates.some((d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)));
  });

  it('finds the formula cell and keeps its cached result as a date', () => {
    assert.deepEqual([...result.grid.formulaCells], ['13:8']);
    const row = records.find((r) => r.row === 14)!;
    assert.deepEqual(row.formulaFields, ['decisionDate']);
    assert.equal((row.values.decisionDate as Date).toISOString(), '2023-06-05T00:00:00.000Z');
  });

  it('reads another worksheet by name or by tab number, and names the sheets when one is missing', async () => {
    const byName = await readSheet(locateFixture('thanh-hoa-2023.xlsx'), { sheet: 'tổng hợp' });
    const byNumber = await readSheet(locateFixture('thanh-hoa-2023.xlsx'), { sheet: 2 });
    assert.deepEqual(byName.grid.rows[1], ['Huyện Thọ Xuân', 10]);
    assert.deepEqual(byNumber.grid.rows, byName.grid.rows);
    const error = await assertRefused(locateFixture('thanh-hoa-2023.xlsx'), 'SHEET_NOT_FOUND', {
      sheet: 'Sheet9',
    });
    assert.match(error.vi, /DS OCOP 2023, Tổng hợp/);
  });
});

describe('quang-nam-legacy.xlsx (other wording, legacy fonts)', async () => {
  const { grid } = await readSheet(locateFixture('quang-nam-legacy.xlsx'));
  const { header, mapping, records } = mapGrid(grid, DEFAULT_PRODUCT_FIELDS);

  it('detects the one-row header under the title and maps its wording', () => {
    assert.deepEqual([header.headerTop, header.headerBottom, header.dataStart], [2, 2, 4]);
    assert.deepEqual(mapping, {
      rowNo: 0,
      producerName: 1,
      productName: 2,
      address: 3,
      stars: 4,
      decision: 5,
      year: 6,
    });
  });

  it('hands over TCVN3 and VNI text untouched, for the legacy-font repair', () => {
    assert.equal(records.length, 12);
    assert.equal(records[1].values.producerName, 'Hîp t¸c x· N«ng nghiÖp Duy Phó');
    assert.equal(records[6].values.productName, 'Vaûi thieàu Tieân Phöôùc');
    assert.equal(records[6].context, 'Huyện Tiên Phước');
  });
});

describe('producers.csv (; delimiter, BOM, quoted line breaks)', async () => {
  const result = await readSheet(locateFixture('producers.csv'));
  const { header, mapping, records } = mapGrid(result.grid, DEFAULT_PRODUCER_FIELDS);

  it('sniffs the delimiter and the encoding', () => {
    assert.equal(result.format, 'csv');
    assert.equal(result.encoding, 'utf-8-bom');
    assert.equal(result.delimiter, ';');
    assert.equal(result.grid.rows[2][1], 'Tên chủ thể', 'no BOM left in the text');
  });

  it('maps the producer fields and keeps quoted cells whole', () => {
    assert.equal(header.headerTop, 2);
    assert.deepEqual(mapping, {
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
    assert.equal(records.length, 8);
    assert.equal(records[1].values.address, 'Thôn 5; xã Xuân Lai\r\n(cạnh chợ Xuân Lai)');
    assert.equal(records[6].values.address, 'Thôn 2, xã Thọ Xương, huyện "Thọ Xuân"');
  });
});

describe('refusals', () => {
  it('refuses random bytes', async () => {
    await assertRefused(locateFixture('not-a-sheet.xlsx'), 'NOT_A_SPREADSHEET');
  });

  it('refuses the bomb from its declared sizes, before inflating anything', async () => {
    const error = await assertRefused(locateFixture('bomb.xlsx'), 'FILE_TOO_LARGE_UNCOMPRESSED', {
      maxUncompressedBytes: 2_000_000,
    });
    assert.match(error.en, /2000000 bytes/);
  });

  it('refuses the bomb when its zip directory lies about the sizes', async () => {
    const bytes = Buffer.from(readFileSync(locateFixture('bomb.xlsx')));
    const { offset } = readZipDirectory(bytes, 100);
    // Rewrite every declared uncompressed size to 1 KB, in the directory and the local headers.
    for (
      let at = offset;
      bytes.readUInt32LE(at) === 0x02014b50;
      at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32)
    ) {
      bytes.writeUInt32LE(1024, at + 24);
      bytes.writeUInt32LE(1024, bytes.readUInt32LE(at + 42) + 22);
    }
    assert.ok(readZipDirectory(bytes, 100).entries.every((e) => e.uncompressedSize === 1024));
    await assertRefused(bytes, 'FILE_TOO_LARGE_UNCOMPRESSED', { maxUncompressedBytes: 2_000_000 });
  });

  it('refuses an old .xls (OLE2) asking to save as .xlsx', async () => {
    const xls = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
    const error = await assertRefused(xls, 'XLS_NOT_SUPPORTED');
    assert.match(error.vi, /\.xlsx/);
    assert.match(error.en, /Save As/);
  });

  it('refuses an HTML table saved with an .xls name', async () => {
    await assertRefused(
      Buffer.from('<html><body><table><tr><td>STT</td></tr></table></body></html>'),
      'XLS_NOT_SUPPORTED',
    );
  });

  it('refuses an oversize file before reading it', async () => {
    const error = await assertRefused(locateFixture('thanh-hoa-2023.xlsx'), 'FILE_TOO_LARGE', {
      maxFileBytes: 1000,
    });
    assert.equal(error.params.limit, 1000);
    await assertRefused(new Uint8Array(2000), 'FILE_TOO_LARGE', { maxFileBytes: 1000 });
  });

  it('refuses an empty file and a zip that is not a workbook', async () => {
    await assertRefused(new Uint8Array(0), 'EMPTY_FILE');
    // An empty zip: just the end-of-directory record.
    await assertRefused(
      Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
      'NOT_A_SPREADSHEET',
    );
  });

  it('enforces the row and column caps', async () => {
    await assertRefused(locateFixture('bomb.xlsx'), 'TOO_MANY_ROWS', { maxRows: 1000 });
    const wide = await workbookBytes((wb) => {
      wb.addWorksheet('S').getCell('L1').value = 'x';
    });
    await assertRefused(wide, 'TOO_MANY_COLUMNS', { maxColumns: 10 });
  });
});

describe('xlsx cell values', () => {
  it('keeps Vietnamese letters whole across stream chunk edges (exceljs #2063)', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('DS');
      for (let i = 1; i <= 6000; i++) {
        ws.getCell(`A${i}`).value = `Hợp tác xã Nông nghiệp Thọ Xuân số ${i} ồ ẫ ỹ`;
        ws.getCell(`B${i}`).value = { formula: `A${i}`, result: `Sản phẩm đặc sản ${i} ưỡ` };
      }
    });
    const { grid } = await readSheet(bytes);
    const broken = grid.rows.flat().filter((c) => typeof c === 'string' && c.includes('\uFFFD'));
    assert.deepEqual(broken, []);
    assert.equal(grid.rows[4320][1], 'Sản phẩm đặc sản 4321 ưỡ');
    assert.equal(grid.formulaCells.size, 6000);
  });

  it('flattens rich text and hyperlinks, and reads the first visible tab by default', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('Danh mục', { state: 'hidden' }).getCell('A1').value = 'hidden list';
      const ws = wb.addWorksheet('DS');
      ws.getCell('A1').value = { richText: [{ text: 'Hợp tác ' }, { text: 'xã', font: { bold: true } }] };
      ws.getCell('B1').value = { text: 'ocop.gov.vn', hyperlink: 'https://ocop.gov.vn' };
      ws.getCell('C1').value = { formula: 'B1', result: 'ocop.gov.vn' };
      ws.getCell('D1').value = 2801007919;
    });
    const { grid } = await readSheet(bytes);
    assert.equal(grid.sheetName, 'DS');
    assert.deepEqual(grid.rows[0], ['Hợp tác xã', 'ocop.gov.vn', 'ocop.gov.vn', 2801007919]);
    assert.deepEqual([...grid.formulaCells], ['0:2']);
  });
});
