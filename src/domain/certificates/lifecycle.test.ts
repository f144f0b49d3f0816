import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDaysIso } from '../calendar/dates.ts';
import {
  dueLifecycleEvents,
  milestonesOf,
  renewalFilingProblem,
  type CertificateEvent,
  type LifecycleFacts,
} from './lifecycle.ts';

const VALID_UNTIL = '2027-06-29';
const facts = (over: Partial<LifecycleFacts> = {}): LifecycleFacts => ({
  status: 'valid',
  validUntil: VALID_UNTIL,
  renewalFiledOn: null,
  renewalRefused: false,
  recorded: new Set<CertificateEvent>(),
  ...over,
});
const kinds = (f: LifecycleFacts, today: string) => dueLifecycleEvents(f, today).map((e) => e.kind);

describe('the milestones of a certificate', () => {
  it('fall 180 and 120 days before, 30 days before, the day after, and 180 days after its last day', () => {
    assert.deepEqual(milestonesOf(VALID_UNTIL), {
      windowOpens: '2026-12-31',
      windowCloses: '2027-03-01',
      expiryNotice: '2027-05-30',
      expiredOn: '2027-06-30',
      graceEndsAfter: '2027-12-26',
      lapsesOn: '2027-12-27',
    });
  });
});

describe('what the daily job records', () => {
  it('nothing before the window opens', () => {
    assert.deepEqual(kinds(facts(), '2026-12-30'), []);
  });
  it('the window on the day it opens, announced', () => {
    const due = dueLifecycleEvents(facts(), '2026-12-31');
    assert.deepEqual(due, [{ kind: 'windowOpened', on: '2026-12-31', announce: true }]);
  });
  it('a missed day is caught up: the window, on its own day, from the next run', () => {
    assert.deepEqual(dueLifecycleEvents(facts(), '2027-01-04'), [
      { kind: 'windowOpened', on: '2026-12-31', announce: true },
    ]);
  });
  it('nothing twice: once recorded, the window is not due again', () => {
    assert.deepEqual(kinds(facts({ recorded: new Set(['windowOpened']) }), '2027-02-01'), []);
  });
  it('the 30-day notice, without the window’s when both are due', () => {
    assert.deepEqual(kinds(facts(), '2027-06-01'), ['expiryNotice']);
  });
  it('expired the day after the last valid day, not on it', () => {
    assert.deepEqual(kinds(facts({ recorded: new Set(['windowOpened', 'expiryNotice']) }), VALID_UNTIL), []);
    assert.deepEqual(
      dueLifecycleEvents(facts({ recorded: new Set(['windowOpened', 'expiryNotice']) }), '2027-06-30'),
      [{ kind: 'expired', on: '2027-06-30', announce: true }],
    );
  });
  it('a filed renewal stops the notices and the expiry; the grace ends in a lapse', () => {
    const filed = facts({ renewalFiledOn: '2027-01-15' });
    assert.deepEqual(kinds(filed, '2027-06-01'), []);
    assert.deepEqual(kinds(filed, '2027-09-01'), []);
    assert.deepEqual(kinds(filed, '2027-12-26'), []);
    assert.deepEqual(dueLifecycleEvents(filed, '2027-12-27'), [
      { kind: 'lapsed', on: '2027-12-27', announce: true },
    ]);
  });
  it('a refused renewal lapses at the end of validity instead of expiring', () => {
    assert.deepEqual(kinds(facts({ renewalRefused: true }), '2027-07-01'), ['lapsed']);
  });
  it('a certificate ended long ago is recorded, not announced', () => {
    const due = dueLifecycleEvents(facts({ validUntil: '2023-03-01' }), '2026-12-03');
    assert.deepEqual(due, [{ kind: 'expired', on: '2023-03-02', announce: false }]);
  });
  it('an announcement is fresh for 30 days after its day', () => {
    assert.equal(dueLifecycleEvents(facts(), addDaysIso('2027-06-30', 30))[0].announce, true);
    assert.equal(dueLifecycleEvents(facts(), addDaysIso('2027-06-30', 31))[0].announce, false);
  });
  it('nothing for a certificate not in force or without a last day', () => {
    for (const status of ['revoked', 'superseded', 'lapsed'] as const)
      assert.deepEqual(kinds(facts({ status }), '2027-07-01'), []);
    assert.deepEqual(kinds(facts({ validUntil: null }), '2027-07-01'), []);
  });
  it('nothing after the end once expired or lapsed is recorded', () => {
    assert.deepEqual(kinds(facts({ recorded: new Set(['expired']) }), '2028-07-01'), []);
  });
});

describe('when a renewal may be filed', () => {
  const cert = { status: 'valid' as const, validUntil: VALID_UNTIL, renewalFiledOn: null };
  it('from 180 to 120 days before expiry, both days included', () => {
    assert.equal(renewalFilingProblem(cert, '2026-12-31'), null);
    assert.equal(renewalFilingProblem(cert, '2027-03-01'), null);
  });
  it('not before, not after, with the window’s days', () => {
    assert.deepEqual(renewalFilingProblem(cert, '2026-12-30'), {
      reason: 'beforeWindow',
      opens: '2026-12-31',
      closes: '2027-03-01',
    });
    assert.equal(renewalFilingProblem(cert, '2027-03-02')?.reason, 'afterWindow');
  });
  it('not twice, not without dates, not when no longer in force', () => {
    assert.equal(
      renewalFilingProblem({ ...cert, renewalFiledOn: '2027-01-02' }, '2027-01-10')?.reason,
      'alreadyFiled',
    );
    assert.equal(
      renewalFilingProblem({ ...cert, validUntil: null }, '2027-01-10')?.reason,
      'unknownValidity',
    );
    assert.equal(renewalFilingProblem({ ...cert, status: 'revoked' }, '2027-01-10')?.reason, 'notInForce');
  });
});
