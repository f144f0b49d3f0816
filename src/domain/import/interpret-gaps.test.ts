// A province's published lists are incomplete: what a row lacks is recorded as a
// gap, never invented; what OCOP cannot hold is refused by name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { interpretRow, placeholderProducerName } from './interpret-row.ts';
import type { ImportRecord } from './sheet/column-mapping.ts';

const TODAY = '2026-12-02';
const row = (values: Record<string, string | number | null>, context?: string): ImportRecord => ({
  row: 7,
  values: {
    productName: 'Bánh gai Tứ Trụ',
    producerName: 'HTX Bánh gai Tứ Trụ',
    productSet: 6,
    stars: '3 sao',
    ...values,
  } as ImportRecord['values'],
  ...(context ? { context } : {}),
});
const read = (r: ImportRecord) => interpretRow(r, { kind: 'products', today: TODAY });

describe('a row that lacks facts', () => {
  it('without a decision: a certificate with its year from a "Năm" column, number and date null, the gaps named', () => {
    const r = read(row({ year: 2021 }));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(
      [
        r.certificate?.stars,
        r.certificate?.decisionNo,
        r.certificate?.decisionDate,
        r.certificate?.decisionYear,
      ],
      [3, null, null, 2021],
    );
    assert.equal(r.certificate?.validUntil, null);
    assert.equal(r.certificate?.procedureVersionId, null);
    assert.deepEqual(r.certificate?.incompleteFacts, ['decisionNumber', 'decisionDate']);
    assert.deepEqual(r.gaps, ['decisionNumber', 'decisionDate']);
  });

  it('takes the year from a round label in the note or a section row', () => {
    assert.equal(read(row({ note: 'Đợt 2 năm 2020' })).certificate?.decisionYear, 2020);
    assert.equal(read(row({}, 'Sản phẩm công nhận năm 2022')).certificate?.decisionYear, 2022);
    assert.equal(read(row({})).certificate?.decisionYear, null, 'nothing says the year');
  });

  it('without a producer: a stand-in of its own, named after the product, the gap recorded', () => {
    const r = read(row({ producerName: null }));
    assert.equal(r.producer.name, placeholderProducerName('Bánh gai Tứ Trụ'));
    assert.equal(r.producer.placeholder, true);
    assert.ok(r.gaps.includes('producer'));
    assert.deepEqual(r.errors, []);
  });

  it('without a product set: kept, the gap recorded', () => {
    const r = read(row({ productSet: null, decision: '1520/QĐ-UBND ngày 05/6/2023' }));
    assert.deepEqual(r.gaps, ['productSet']);
    assert.equal(r.certificate?.decisionYear, 2023);
    assert.equal(r.certificate?.validUntil, '2026-06-04');
  });
});

describe('a row OCOP cannot hold is refused by name', () => {
  it('1 or 2 stars: OCOP recognises 3 stars and up', () => {
    const r = read(row({ stars: '2 sao' }));
    assert.equal(r.errors[0]?.code, 'NOT_CERTIFIABLE');
    assert.match(r.errors[0].message.vi, /từ 3 sao/);
  });

  it('6 stars, a date that does not exist, a decision in the future', () => {
    assert.ok(read(row({ stars: '6 sao' })).errors.some((e) => e.field === 'stars'));
    assert.ok(
      read(row({ decision: '12/QĐ-UBND', decisionDate: '31/02/2021' })).errors.some(
        (e) => e.field === 'decisionDate',
      ),
    );
    const future = read(row({ year: 2031 }));
    assert.equal(future.errors[0]?.code, 'YEAR_IN_FUTURE');
    const later = read(row({ decision: '5/QĐ-UBND ngày 05/01/2027' }));
    assert.equal(later.errors[0]?.code, 'DATE_IN_FUTURE');
  });
});
