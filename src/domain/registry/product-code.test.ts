import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  formatProductCode,
  parseProductCode,
  ruleInForce,
  sequenceScopeKey,
  type ProductCodeRule,
} from './product-code.ts';

const { rules } = JSON.parse(
  readFileSync(new URL('../../../resources/rules/product-code-rules.json', import.meta.url), 'utf8'),
) as { rules: ProductCodeRule[] };

describe('product codes', () => {
  it('the shipped rule applies from QĐ 26/2026 and is marked unverified', () => {
    assert.equal(ruleInForce(rules, '2026-05-21'), null);
    const rule = ruleInForce(rules, '2026-11-22')!;
    assert.equal(rule.id, 'qd26-2026');
    assert.equal(rule.verified, false);
  });
  it('formats T-X-STT-year and draws numbers per commune', () => {
    const rule = ruleInForce(rules, '2026-11-22')!;
    assert.equal(
      formatProductCode(rule, { province: '38', commune: '14758', seq: 12, year: 2026 }),
      '38-14758-12-2026',
    );
    assert.equal(sequenceScopeKey(rule, { province: '38', commune: '14758', year: 2026 }), '38-14758');
    assert.equal(
      sequenceScopeKey(
        { ...rule, sequenceScope: 'commune-year' },
        { province: '38', commune: '14758', year: 2026 },
      ),
      '38-14758-2026',
    );
    assert.equal(
      formatProductCode({ ...rule, seqPad: 3 }, { province: '38', commune: '14758', seq: 7, year: 2026 }),
      '38-14758-007-2026',
    );
  });
  it('reads current and district-era codes, keeps the rest as given', () => {
    assert.deepEqual(parseProductCode('38-14758-12-2026'), {
      format: 'province-commune-seq-year',
      province: '38',
      commune: '14758',
      seq: 12,
      year: 2026,
    });
    assert.deepEqual(parseProductCode('83-832-28882-2-2022'), {
      format: 'province-district-commune-seq-year',
      province: '83',
      district: '832',
      commune: '28882',
      seq: 2,
      year: 2022,
    });
    assert.deepEqual(parseProductCode(' 38 - 14758 - 3 - 2026 ').format, 'province-commune-seq-year');
    assert.deepEqual(parseProductCode('OCOP-TH-2021-015'), {
      format: 'unrecognised',
      raw: 'OCOP-TH-2021-015',
    });
  });
});
