// What a dossier lacks before submission, item by item; the rules of a return; what
// a new dossier carries over from the product's previous one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  carriedOverContent,
  dossierGaps,
  paperStanding,
  PRODUCER_ITEMS,
  returnProblems,
  type DossierContent,
} from './dossier-content.ts';

const complete: DossierContent = {
  productSetNo: 1,
  legalType: 'cooperative',
  form01: {
    representative: 'Lò Văn Minh',
    title: 'Giám đốc',
    phone: '0912345678',
    email: null,
    commitment: true,
  },
  general: {
    foundedYear: 2015,
    members: 12,
    workers: 20,
    facilities: 'Nhà xưởng 300 m²',
    productDescription: 'Chè shan tuyết',
    rawMaterials: 'Chè tại xã',
    process: 'Hái, héo, vò, sấy',
  },
  business: [{ year: 2025, output: '3 tấn', revenue: 900, profit: 120 }],
  plan: { goals: 'Đạt 4 sao', markets: 'Hà Nội', investments: '' },
  selfAssessment: { id: 's1', status: 'final' },
  samples: { count: 5, handedOverOn: '2026-03-01', receivedBy: 'UBND xã' },
  papers: [{ kind: 'business_registration', number: '5400123', validUntil: null }],
};
const today = '2026-03-02';

describe('the completeness of a dossier', () => {
  it('finds nothing in a complete dossier', () => {
    assert.deepEqual(dossierGaps(complete, today), []);
  });
  it('names every missing form and part', () => {
    const gaps = dossierGaps(
      {
        ...complete,
        form01: null,
        general: null,
        business: [],
        plan: null,
        selfAssessment: null,
        samples: null,
      },
      today,
    );
    assert.deepEqual(
      gaps.map((g) => `${g.item}:${g.code}`),
      [
        'form01:missing',
        'form02.general:missing',
        'form02.business:missing',
        'form02.plan:missing',
        'form02.selfAssessment:missing',
        'samples:missing',
      ],
    );
  });
  it('names the blank fields, a sheet not final, the commitment not given', () => {
    const gaps = dossierGaps(
      {
        ...complete,
        form01: { ...complete.form01!, phone: '  ', commitment: false },
        selfAssessment: { id: 's1', status: 'draft' },
      },
      today,
    );
    assert.deepEqual(gaps, [
      { item: 'form01', code: 'incomplete', field: 'phone' },
      { item: 'form01', code: 'incomplete', field: 'commitment' },
      { item: 'form02.selfAssessment', code: 'notFinal' },
    ]);
  });
  it('refuses an expired paper and a registered type without a valid registration', () => {
    const gaps = dossierGaps(
      {
        ...complete,
        papers: [
          { kind: 'business_registration', number: '5400123', validUntil: '2026-03-01' },
          { kind: 'food_safety', number: 'ATTP-9', validUntil: '2026-03-02' },
        ],
      },
      today,
    );
    assert.deepEqual(gaps, [
      { item: 'papers', code: 'expired', field: 'business_registration 5400123' },
      { item: 'papers', code: 'noRegistration', field: 'business_registration' },
    ]);
    // a cooperative group holds no registration: none is asked of it
    assert.deepEqual(dossierGaps({ ...complete, legalType: 'cooperative_group', papers: [] }, today), []);
  });
  it('asks 5 samples of goods and none of community tourism', () => {
    assert.deepEqual(dossierGaps({ ...complete, samples: { ...complete.samples!, count: 4 } }, today), [
      { item: 'samples', code: 'tooFewSamples' },
    ]);
    assert.deepEqual(dossierGaps({ ...complete, productSetNo: 26, samples: null }, today), []);
    assert.deepEqual(dossierGaps({ ...complete, productSetNo: 26 }, today), [
      { item: 'samples', code: 'samplesNotForTourism' },
    ]);
  });
  it('tells a paper valid, expiring within 90 days, expired or without an end', () => {
    assert.equal(paperStanding('2026-03-01', today), 'expired');
    assert.equal(paperStanding('2026-03-02', today), 'expiringSoon');
    assert.equal(paperStanding('2026-05-31', today), 'expiringSoon');
    assert.equal(paperStanding('2026-06-01', today), 'valid');
    assert.equal(paperStanding(null, today), 'noExpiry');
  });
});

describe('a return', () => {
  it('needs a reason per item, each item once, and only items that can be returned', () => {
    assert.deepEqual(returnProblems([], PRODUCER_ITEMS), [{ code: 'noReasons' }]);
    assert.deepEqual(
      returnProblems(
        [
          { item: 'samples', reason: 'Thiếu 1 mẫu' },
          { item: 'samples', reason: 'Thiếu nhãn' },
          { item: 'form03', reason: 'Không phải của chủ thể' },
          { item: 'form01', reason: 'sai' },
        ],
        PRODUCER_ITEMS,
      ),
      [
        { code: 'itemTwice', item: 'samples' },
        { code: 'itemNotReturnable', item: 'form03' },
        { code: 'reasonTooShort', item: 'form01' },
      ],
    );
    assert.deepEqual(returnProblems([{ item: 'papers', reason: 'Giấy ATTP hết hạn' }], PRODUCER_ITEMS), []);
  });
});

describe('carrying a dossier over', () => {
  it('keeps the forms, asks the commitment again, and never carries samples or the sheet', () => {
    const next = carriedOverContent(complete);
    assert.equal(next.form01?.commitment, false);
    assert.equal(next.form01?.representative, 'Lò Văn Minh');
    assert.deepEqual(next.general, complete.general);
    assert.deepEqual(next.business, complete.business);
    assert.equal('samples' in next, false);
    assert.equal('selfAssessment' in next, false);
  });
});
