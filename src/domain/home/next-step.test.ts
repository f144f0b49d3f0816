import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CERTIFICATE_STATES } from '../../shared/enums.ts';
import { nextStep, recordGaps, type ProductRecordFacts } from './next-step.ts';

const complete: ProductRecordFacts = {
  productSet: 1,
  description: 'Nem chua lên men tự nhiên',
  photos: 2,
  representativeName: 'Lê Thị Hoa',
  phone: '0912345678',
  email: null,
};

describe('what a product record lacks for its registration', () => {
  it('a complete record lacks nothing; a phone or an email is enough to reach the producer', () => {
    assert.deepEqual(recordGaps(complete), []);
    assert.deepEqual(recordGaps({ ...complete, phone: null, email: 'htx@example.vn' }), []);
  });
  it('names each gap, blank text counting as none', () => {
    assert.deepEqual(
      recordGaps({
        productSet: null,
        description: '  ',
        photos: 0,
        representativeName: null,
        phone: '',
        email: null,
      }),
      ['productSet', 'productDescription', 'productPhoto', 'producerRepresentative', 'producerContact'],
    );
  });
});

describe("a producer's next step for a product", () => {
  it('an incomplete record comes first, whatever the certificate', () => {
    for (const certificate of [null, ...CERTIFICATE_STATES])
      assert.equal(nextStep({ gaps: ['productPhoto'], certificate, sheet: null }), 'completeRecord');
  });
  it('without a certificate in force: begin, continue or finish this year’s sheet', () => {
    for (const certificate of [null, 'expired', 'revoked', 'superseded', 'lapsed'] as const) {
      assert.equal(nextStep({ gaps: [], certificate, sheet: null }), 'startSelfAssessment');
      assert.equal(nextStep({ gaps: [], certificate, sheet: { status: 'draft' } }), 'continueSelfAssessment');
      assert.equal(nextStep({ gaps: [], certificate, sheet: { status: 'final' } }), 'sheetFinished');
    }
  });
  it('in force: nothing to do, until the renewal window; a filed renewal or the grace after it waits for the decision', () => {
    for (const certificate of ['valid', 'renewalFiled', 'graceAfterExpiry'] as const)
      assert.equal(nextStep({ gaps: [], certificate, sheet: null }), 'upToDate');
    for (const certificate of ['renewalWindowOpen', 'renewalWindowClosed'] as const) {
      assert.equal(nextStep({ gaps: [], certificate, sheet: null }), 'prepareRenewal');
      assert.equal(nextStep({ gaps: [], certificate, sheet: { status: 'draft' } }), 'continueSelfAssessment');
    }
  });
});
