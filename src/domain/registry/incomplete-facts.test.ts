// The facts a record lacks, in one order: a stand-in producer, a place above a
// commune, no product set, and the missing facts of its current certificate.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gapsOfRecord, inFactOrder } from './incomplete-facts.ts';

describe('the gaps of a record', () => {
  const complete = {
    producerPlaceholder: false,
    unitLevel: 'commune' as const,
    productSet: 1,
    certificate: { stars: 4, decisionNumber: '12/QĐ-UBND', decisionDate: '2024-05-02' },
  };

  it('a complete record lacks nothing; one without a certificate lacks no decision', () => {
    assert.deepEqual(gapsOfRecord(complete), []);
    assert.deepEqual(gapsOfRecord({ ...complete, certificate: null }), []);
  });

  it('names each missing fact once, in the order of INCOMPLETE_FACTS', () => {
    assert.deepEqual(
      gapsOfRecord({
        producerPlaceholder: true,
        unitLevel: 'district',
        productSet: null,
        certificate: { stars: null, decisionNumber: null, decisionDate: null },
        recordedGaps: ['decisionDate', 'productSet'],
      }),
      ['producer', 'commune', 'productSet', 'stars', 'decisionNumber', 'decisionDate'],
    );
    assert.deepEqual(gapsOfRecord({ ...complete, unitLevel: null }), ['commune']);
  });

  it('orders given facts and leaves out unknown ids', () => {
    assert.deepEqual(inFactOrder(['decisionDate', 'colour', 'producer']), ['producer', 'decisionDate']);
  });
});
