// A mapped row → producer, product and past recognition, with only true warnings:
// a decision number whose date sits in its own mapped column has a date.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interpretRow } from './interpret-row.ts';
import { createGrid, type Cell } from './sheet/grid.ts';
import { detectHeader } from './sheet/header-detect.ts';
import {
  applyMapping,
  DEFAULT_PRODUCT_FIELDS,
  guessMapping,
  sampleDataRows,
} from './sheet/column-mapping.ts';

/** The records of a sheet as the import reads them: header found, columns guessed, mapping applied. */
function readRows(rows: Cell[][]) {
  const grid = createGrid(rows, [], []);
  const header = detectHeader(grid, DEFAULT_PRODUCT_FIELDS);
  const guess = guessMapping(header.columns, sampleDataRows(grid, header), DEFAULT_PRODUCT_FIELDS);
  return { mapping: guess.mapping, records: applyMapping(grid, header, guess.mapping) };
}

const HEADER = ['STT', 'Tên sản phẩm', 'Chủ thể', 'Địa chỉ', 'Hạng sao', 'Số quyết định', 'Ngày quyết định'];
const row = (n: number, decision: Cell, date: Cell): Cell[] => [
  n,
  `Mật ong rừng ${n}`,
  `HTX Mật ong ${n}`,
  'Xã Hải Long, Tỉnh Thanh Hóa',
  '4 sao',
  decision,
  date,
];
const decisionIssues = (r: ReturnType<typeof interpretRow>) =>
  r.warnings.filter((w) => w.field === 'decision' || w.field === 'decisionDate');

describe('interpretRow: the decision date', () => {
  const { mapping, records } = readRows([
    HEADER,
    row(1, '1520/QĐ-UBND', '05/06/2023'),
    row(2, '2235/QĐ-UBND', new Date(Date.UTC(2023, 7, 17))),
    row(3, '3012/QĐ-UBND', null),
    row(4, '4100/QĐ-UBND ngày 05/06/2023', '06/06/2023'),
    row(5, '4200/QĐ-UBND ngày 09/09/2023', '09/09/2023'),
  ]);
  const [fromText, fromDate, withoutDate, conflicting, agreeing] = records.map((r) =>
    interpretRow(r, { kind: 'products' }),
  );

  it('the file maps the number and the date to their own columns', () => {
    assert.equal(mapping.decision, 5);
    assert.equal(mapping.decisionDate, 6);
  });

  it('takes the date from the mapped date column and does not warn that it is missing', () => {
    assert.equal(fromText.certificate?.decisionDate, '2023-06-05');
    assert.deepEqual(decisionIssues(fromText), []);
    assert.equal(fromDate.certificate?.decisionDate, '2023-08-17');
    assert.deepEqual(decisionIssues(fromDate), []);
  });

  it('still says so when neither the number cell nor the date column gives a date, and records the gap', () => {
    assert.equal(withoutDate.certificate?.decisionNo, '3012/QĐ-UBND');
    assert.equal(withoutDate.certificate?.decisionDate, null);
    assert.equal(withoutDate.certificate?.validUntil, null, 'no date: its validity is unknown, not invented');
    assert.deepEqual(withoutDate.certificate?.incompleteFacts, ['decisionDate']);
    assert.ok(withoutDate.gaps.includes('decisionDate'));
    assert.match(decisionIssues(withoutDate)[0]?.message.en ?? '', /gives no signature date/);
  });

  it('names two different dates for one decision, and keeps the date column', () => {
    assert.equal(conflicting.certificate?.decisionDate, '2023-06-06');
    const issues = decisionIssues(conflicting);
    assert.deepEqual(
      issues.map((w) => w.code),
      ['DATE_CONFLICT'],
    );
    assert.match(issues[0].message.vi, /05\/06\/2023.*06\/06\/2023/);
    assert.deepEqual(decisionIssues(agreeing), []);
  });
});
