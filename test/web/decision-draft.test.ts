// What the decision screens work out before asking the server: the draft's default
// title and signer, which dossiers a draft of each level offers by their stars, the
// round a draft is named after, when the page keeps asking for certificates, and a
// mean written with two decimals in either language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  awaitingCertificates,
  defaultDecisionTitle,
  defaultSignerTitle,
  draftRoundOf,
  offerOf,
  twoDecimals,
} from '../../src/web/features/decisions/decision-draft.ts';

describe('a decision draft', () => {
  it('is titled after its year and round, signed by the chair or the minister', () => {
    assert.equal(
      defaultDecisionTitle(2026, 2),
      'Về việc công nhận sản phẩm đạt tiêu chuẩn OCOP năm 2026 (đợt 2)',
    );
    assert.equal(defaultSignerTitle('province'), 'CHỦ TỊCH');
    assert.equal(defaultSignerTitle('central'), 'BỘ TRƯỞNG');
  });

  it('offers a province 3★ and 4★, sends 5★ to the centre; the centre takes 5★ only', () => {
    for (const [level, stars, offer] of [
      ['province', 3, 'offer'],
      ['province', 4, 'offer'],
      ['province', 5, 'toCentre'],
      ['province', 2, 'below'],
      ['province', 0, 'below'],
      ['province', null, 'offer'],
      ['central', 5, 'offer'],
      ['central', 4, 'notFive'],
      ['central', null, 'offer'],
    ] as const)
      assert.equal(offerOf(level, stars), offer, `${level} ${stars}`);
  });

  it('is named after the round most of its dossiers were evaluated in, else this year’s next draft', () => {
    const fallback = { year: 2026, no: 3 };
    assert.deepEqual(draftRoundOf([], fallback), fallback);
    assert.deepEqual(draftRoundOf([{ round: null }], fallback), fallback);
    assert.deepEqual(
      draftRoundOf(
        [
          { round: { year: 2026, no: 1 } },
          { round: { year: 2026, no: 2 } },
          { round: { year: 2026, no: 2 } },
        ],
        fallback,
      ),
      { year: 2026, no: 2 },
    );
  });
});

describe('a signed decision', () => {
  const item = (number: string | null) => ({ certificate: number === null ? null : { number } });
  it('waits for its certificates until every product has one with a number; a draft waits for none', () => {
    assert.equal(awaitingCertificates({ status: 'draft', items: [item(null)] }), false);
    assert.equal(awaitingCertificates({ status: 'signed', items: [item('01/2026'), item(null)] }), true);
    assert.equal(
      awaitingCertificates({ status: 'signed', items: [{ certificate: { number: null } }] }),
      true,
    );
    assert.equal(
      awaitingCertificates({ status: 'published', items: [item('01/2026'), item('02/2026')] }),
      false,
    );
  });
});

describe('a council mean', () => {
  it('is written with two decimals, a comma in Vietnamese and a point in English', () => {
    assert.equal(twoDecimals('85.5', 'vi'), '85,50');
    assert.equal(twoDecimals(85.333, 'en'), '85.33');
    assert.equal(twoDecimals('', 'vi'), '—');
    assert.equal(twoDecimals('x', 'en'), '—');
  });
});
