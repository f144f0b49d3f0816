// What a producer is told of renewing a certificate: the last day to file while the
// window is open (120 days before expiry), the window passed, or a filing awaiting
// its decision (to the end of the 180-day grace once expired); nothing otherwise.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renewalNoteOf } from '../../src/web/features/lifecycle/renewal-note.ts';

describe('a producer’s renewal note', () => {
  const validUntil = '2027-06-30';
  it('names the window’s last day while it is open, and after it has passed', () => {
    assert.deepEqual(renewalNoteOf({ state: 'renewalWindowOpen', validUntil }), {
      kind: 'open',
      closes: '2027-03-02',
    });
    assert.deepEqual(renewalNoteOf({ state: 'renewalWindowClosed', validUntil }), {
      kind: 'closed',
      closes: '2027-03-02',
      until: validUntil,
    });
  });

  it('says a filed renewal awaits its decision, in grace until the grace’s last day', () => {
    assert.deepEqual(renewalNoteOf({ state: 'renewalFiled', validUntil }), { kind: 'filed' });
    assert.deepEqual(renewalNoteOf({ state: 'graceAfterExpiry', validUntil: '2026-12-31' }), {
      kind: 'grace',
      lastDay: '2027-06-29',
    });
  });

  it('says nothing of a certificate with no renewal to speak of', () => {
    for (const state of ['valid', 'expired', 'lapsed', 'revoked', 'superseded', 'unknownValidity'] as const)
      assert.equal(renewalNoteOf({ state, validUntil }), null, state);
    assert.equal(renewalNoteOf({ state: 'renewalWindowOpen', validUntil: null }), null);
  });
});
