// A worksheet takes its tab's name and state from workbook.xml read beforehand, not
// from what exceljs had parsed when the sheet arrived: exceljs writes workbook.xml
// last, and under load its reader emitted the sheet before parsing that part, named
// it "Sheet1" and knew no tabs, which refused a good file as SHEET_NOT_FOUND.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { readSheet } from './read-sheet.ts';
import { readWorkbookTabs } from './workbook-tabs.ts';
import { readZipDirectory } from './zip-directory.ts';
import { streamWorksheets } from './xlsx-stream.ts';

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const lookup = wb.addWorksheet('Danh mục', { state: 'hidden' });
  lookup.addRow(['Mã', 'Tên']);
  const list = wb.addWorksheet('DS & ghi chú');
  list.addRow(['STT', 'Tên sản phẩm', 'Hạng sao']);
  list.addRow([1, 'Chè lam Phủ Quảng', 3]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the workbook’s tabs, read before the worksheets stream', () => {
  it('gives each tab its name (entities decoded), state and worksheet part', async () => {
    const bytes = await workbook();
    assert.deepEqual(readWorkbookTabs(bytes, readZipDirectory(bytes, 1000).entries), [
      { name: 'Danh mục', state: 'hidden', sheetNo: '1' },
      { name: 'DS & ghi chú', state: 'visible', sheetNo: '2' },
    ]);
  });

  it('names each streamed sheet from them, not from what exceljs had parsed when it arrived', async () => {
    const bytes = await workbook();
    // tabs that differ from the file's own prove where the names come from
    const tabs = [
      { name: 'Tra cứu', state: 'hidden', sheetNo: '1' },
      { name: 'Danh sách', state: 'visible', sheetNo: '2' },
    ];
    const seen: { name: string; state: string | undefined; tabs: unknown }[] = [];
    for await (const sheet of streamWorksheets(bytes, tabs)) {
      seen.push({ name: sheet.name, state: sheet.state, tabs: sheet.tabs });
      sheet.discard();
    }
    assert.deepEqual(seen, [
      { name: 'Tra cứu', state: 'hidden', tabs: tabs.map(({ name, state }) => ({ name, state })) },
      { name: 'Danh sách', state: 'visible', tabs: tabs.map(({ name, state }) => ({ name, state })) },
    ]);
  });

  it('finds the list by default, by its name and by its position (exceljs writes workbook.xml last)', async () => {
    const bytes = await workbook();
    const names = readZipDirectory(bytes, 1000).entries.map((e) => e.name);
    assert.ok(names.indexOf('xl/worksheets/sheet2.xml') < names.indexOf('xl/workbook.xml'));
    for (const sheet of [undefined, 'DS & ghi chú', 2]) {
      const read = await readSheet(new Uint8Array(bytes), { sheet });
      assert.equal(read.grid.rows[1]?.[1], 'Chè lam Phủ Quảng', String(sheet));
      assert.deepEqual(read.sheetNames, ['Danh mục', 'DS & ghi chú']);
    }
  });
});
