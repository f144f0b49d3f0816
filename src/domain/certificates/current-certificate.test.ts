import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CertificateLegalStatus } from './certificate-state.ts';
import { currentCertificateOn, starsInForce, type CopiedCertificate } from './current-certificate.ts';

const copy = (
  status: CertificateLegalStatus,
  validUntil: string,
  renewalFiledOn: string | null = null,
): CopiedCertificate => ({ id: 'c1', stars: 4, status, validUntil, renewalFiledOn });

describe('currentCertificateOn', () => {
  it('is null for a product that holds no certificate', () => {
    const none = { id: null, stars: null, status: null, validUntil: null, renewalFiledOn: null };
    assert.equal(currentCertificateOn(none, '2026-12-02'), null);
  });

  it('gives the state today and whether the stars may still be carried', () => {
    const cases: [CopiedCertificate, string, string, boolean][] = [
      [copy('valid', '2027-06-19'), '2026-12-02', 'valid', true],
      [copy('valid', '2027-04-01'), '2026-12-02', 'renewalWindowOpen', true],
      [copy('valid', '2026-12-15'), '2026-12-02', 'renewalWindowClosed', true],
      [copy('valid', '2026-11-20', '2026-06-01'), '2026-12-02', 'graceAfterExpiry', true],
      [copy('valid', '2025-06-27'), '2026-12-02', 'expired', false],
      [copy('revoked', '2028-01-01'), '2026-12-02', 'revoked', false],
      [copy('lapsed', '2026-01-01'), '2026-12-02', 'lapsed', false],
      [copy('valid', '2026-05-01', '2026-01-10'), '2026-12-02', 'lapsed', false],
      [copy('superseded', '2027-01-01'), '2026-12-02', 'superseded', false],
    ];
    for (const [c, today, state, carries] of cases) {
      const current = currentCertificateOn(c, today);
      assert.deepEqual(
        current && [current.state, current.mayCarryMark, current.stars, current.validUntil],
        [state, carries, 4, c.validUntil],
        `${c.status} until ${c.validUntil}`,
      );
    }
  });

  it('a copy known only by its year’s range: the state both ends give, no exact last day, stars in force only then', () => {
    const ranged = (validUntil: string, validUntilLatest: string): CopiedCertificate => ({
      id: 'c2',
      stars: 3,
      status: 'valid',
      validUntil,
      validUntilLatest,
      renewalFiledOn: null,
    });
    const lastYear = currentCertificateOn(ranged('2027-12-31', '2028-12-30'), '2026-12-02');
    assert.deepEqual(lastYear && [lastYear.state, lastYear.validUntil, starsInForce(lastYear)], [
      'valid',
      null,
      3,
    ]);
    const unsure = currentCertificateOn(ranged('2025-12-31', '2026-12-30'), '2026-06-01');
    assert.deepEqual(unsure && [unsure.state, starsInForce(unsure)], ['unknownValidity', null]);
    const undated = currentCertificateOn(
      { id: 'c3', stars: null, status: 'valid', validUntil: null, renewalFiledOn: null },
      '2026-06-01',
    );
    assert.equal(undated?.state, 'unknownValidity');
  });
});
