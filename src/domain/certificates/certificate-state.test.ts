import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { certificateTimeState, daysToExpiry, mayCarryMark, validUntilBounds } from './certificate-state.ts';

const cert = (
  validUntil: string,
  extra: { status?: 'valid' | 'revoked' | 'superseded' | 'lapsed'; renewalFiledOn?: string } = {},
) => ({ status: extra.status ?? 'valid', validUntil, renewalFiledOn: extra.renewalFiledOn });

describe('certificateTimeState', () => {
  const cases: [string, ReturnType<typeof cert>, string, string][] = [
    ['well before the window', cert('2027-12-31'), '2026-11-22', 'valid'],
    ['181 days before expiry', cert('2027-05-22'), '2026-11-22', 'valid'],
    ['180 days before: window opens', cert('2027-05-21'), '2026-11-22', 'renewalWindowOpen'],
    ['120 days before: last day of the window', cert('2027-03-22'), '2026-11-22', 'renewalWindowOpen'],
    ['119 days before: window closed', cert('2027-03-21'), '2026-11-22', 'renewalWindowClosed'],
    ['last valid day', cert('2026-11-22'), '2026-11-22', 'renewalWindowClosed'],
    ['the day after', cert('2026-11-21'), '2026-11-22', 'expired'],
    [
      'renewal filed in the window',
      cert('2027-04-01', { renewalFiledOn: '2026-11-01' }),
      '2026-11-22',
      'renewalFiled',
    ],
    [
      'expired with renewal pending: grace',
      cert('2026-06-01', { renewalFiledOn: '2026-01-10' }),
      '2026-11-22',
      'graceAfterExpiry',
    ],
    [
      'grace ends after 180 days without a decision: lapsed',
      cert('2026-05-25', { renewalFiledOn: '2026-01-10' }),
      '2026-11-22',
      'lapsed',
    ],
    [
      'the 180th day of grace is still grace',
      cert('2026-05-26', { renewalFiledOn: '2026-01-10' }),
      '2026-11-22',
      'graceAfterExpiry',
    ],
    [
      'a renewal filed in the future does not count',
      cert('2026-11-21', { renewalFiledOn: '2026-12-01' }),
      '2026-11-22',
      'expired',
    ],
    ['revoked stays revoked', cert('2028-01-01', { status: 'revoked' }), '2026-11-22', 'revoked'],
    ['superseded stays superseded', cert('2028-01-01', { status: 'superseded' }), '2026-11-22', 'superseded'],
  ];
  for (const [name, c, today, want] of cases)
    it(name, () => assert.equal(certificateTimeState(c, today), want));
  it('a certificate with no date and no year has an unknown validity', () =>
    assert.equal(
      certificateTimeState({ status: 'valid', validUntil: null }, '2026-11-22'),
      'unknownValidity',
    ));
  it('a 2020 recognition has expired by now whatever its day', () =>
    assert.equal(
      certificateTimeState({ status: 'valid', validUntil: null, decisionYear: 2020 }, '2026-11-22'),
      'expired',
    ));
  it('a recognition of last year is in force whatever its day', () => {
    const state = certificateTimeState(
      { status: 'valid', validUntil: null, decisionYear: 2025 },
      '2026-11-22',
    );
    assert.equal(state, 'valid');
    assert.equal(mayCarryMark(state), true);
  });
  it('a 2023 recognition may have expired or not on 2026-06-01: unknown', () =>
    assert.equal(
      certificateTimeState({ status: 'valid', validUntil: null, decisionYear: 2023 }, '2026-06-01'),
      'unknownValidity',
    ));
  it('a range carried as two days decides as the year would', () => {
    const bounds = validUntilBounds({ validUntil: null, decisionYear: 2023 })!;
    assert.deepEqual(bounds, { earliest: '2025-12-31', latest: '2026-12-30' });
    assert.equal(
      certificateTimeState(
        { status: 'valid', validUntil: bounds.earliest, validUntilLatest: bounds.latest },
        '2027-01-01',
      ),
      'expired',
    );
  });
  it('a revoked certificate stays revoked whatever its dates', () =>
    assert.equal(certificateTimeState({ status: 'revoked', validUntil: null }, '2026-11-22'), 'revoked'));
  it('unknown validity does not carry the mark', () => assert.equal(mayCarryMark('unknownValidity'), false));
  it('counts days across a leap year', () => assert.equal(daysToExpiry('2028-03-01', '2028-02-28'), 2));
  it('only live recognitions carry the mark', () => {
    assert.equal(mayCarryMark('expired'), false);
    assert.equal(mayCarryMark('revoked'), false);
    assert.equal(mayCarryMark('graceAfterExpiry'), true);
  });
});
