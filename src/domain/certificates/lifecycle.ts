// Life after certification (QĐ 26/2026 Art. 8, 12; QĐ 148): the milestones of a
// certificate in force and what the daily job records of them. States stay derived
// on reading (certificate-state.ts); what is recorded is each change once — the
// notices of the law (the renewal window opening, 180 days before expiry; at least
// 30 days before expiry) and the changes time makes (expired at the end of validity;
// lapsed when the grace after expiry ends without a decision, or at expiry when the
// renewal was refused). A missed day is caught up: a milestone is due from its day
// on, not only on it. What is caught up too late to matter is recorded without
// being announced (a certificate imported years after it expired says nothing to
// its holder today).
import { addDaysIso } from '../calendar/dates.ts';
import type { CERTIFICATE_EVENTS } from '../../shared/enums.ts';
import {
  RENEWAL_RULES_26_2026,
  type CertificateLegalStatus,
  type RenewalRules,
} from './certificate-state.ts';

export type CertificateEvent = (typeof CERTIFICATE_EVENTS)[number];

/** the events the daily job records by itself */
export const TIMED_EVENTS = [
  'windowOpened',
  'expiryNotice',
  'expired',
  'lapsed',
] as const satisfies readonly CertificateEvent[];
export type TimedEvent = (typeof TIMED_EVENTS)[number];

export interface LifecyclePolicy {
  rules: RenewalRules;
  /** the last notice comes this many days before expiry at the latest (QĐ 148: ≥ 30) */
  expiryNoticeDays: number;
  /** a milestone caught up more than this many days after its day is recorded, not announced */
  announceWithinDays: number;
}

export const LIFECYCLE_26_2026: LifecyclePolicy = {
  rules: RENEWAL_RULES_26_2026,
  expiryNoticeDays: 30,
  announceWithinDays: 30,
};

export interface LifecycleFacts {
  status: CertificateLegalStatus;
  /** the last valid day; null when not known (nothing is recorded by time then) */
  validUntil: string | null;
  renewalFiledOn: string | null;
  /** the renewal was refused: the certificate lapses at the end of its validity */
  renewalRefused: boolean;
  /** what was recorded already */
  recorded: ReadonlySet<CertificateEvent>;
}

export interface DueEvent {
  kind: TimedEvent;
  /** the day the milestone fell on (not the day it was caught up) */
  on: string;
  announce: boolean;
}

/** The days of a certificate's milestones, from its last valid day. */
export function milestonesOf(validUntil: string, policy: LifecyclePolicy = LIFECYCLE_26_2026) {
  const { rules } = policy;
  const expiredOn = addDaysIso(validUntil, 1);
  return {
    windowOpens: addDaysIso(validUntil, -rules.windowOpensDaysBefore),
    windowCloses: addDaysIso(validUntil, -rules.windowClosesDaysBefore),
    expiryNotice: addDaysIso(validUntil, -policy.expiryNoticeDays),
    expiredOn,
    /** the first day without a decision past the grace */
    graceEndsAfter: addDaysIso(validUntil, rules.graceDaysAfterExpiry),
    lapsesOn: addDaysIso(expiredOn, rules.graceDaysAfterExpiry),
  };
}

/**
 * What the daily job records of a certificate on `today`, in order. Only a certificate
 * in force with a known last day changes by time; a filed renewal stops the notices
 * and the expiry (the holder keeps the certificate until the decision, within the
 * grace); only the latest notice due is announced.
 */
export function dueLifecycleEvents(
  facts: LifecycleFacts,
  today: string,
  policy: LifecyclePolicy = LIFECYCLE_26_2026,
): DueEvent[] {
  if (facts.status !== 'valid' || !facts.validUntil) return [];
  const m = milestonesOf(facts.validUntil, policy);
  const filed = !!facts.renewalFiledOn && facts.renewalFiledOn <= today;
  const fresh = (on: string) => addDaysIso(on, policy.announceWithinDays) >= today;
  const out: DueEvent[] = [];
  const due = (kind: TimedEvent, on: string) => {
    if (on <= today && !facts.recorded.has(kind)) out.push({ kind, on, announce: fresh(on) });
  };
  if (today < m.expiredOn) {
    if (filed) return [];
    // a certificate past its 30-day notice does not need the window's too
    if (today < m.expiryNotice) due('windowOpened', m.windowOpens);
    due('expiryNotice', m.expiryNotice);
    return out;
  }
  if (facts.recorded.has('expired') || facts.recorded.has('lapsed')) return [];
  if (facts.renewalRefused) due('lapsed', m.expiredOn);
  else if (!filed) due('expired', m.expiredOn);
  else due('lapsed', m.lapsesOn);
  return out;
}

/** The status a recorded event leaves the certificate in (lapsed is a legal status; expired stays derived). */
export function statusAfter(kind: TimedEvent): CertificateLegalStatus | null {
  return kind === 'lapsed' ? 'lapsed' : null;
}

/**
 * When a renewal may be filed: the window of 180 to 120 days before expiry. Null when it
 * may; otherwise why not, with the window's days.
 */
export function renewalFilingProblem(
  cert: { status: CertificateLegalStatus; validUntil: string | null; renewalFiledOn: string | null },
  today: string,
  rules: RenewalRules = RENEWAL_RULES_26_2026,
): {
  reason: 'notInForce' | 'unknownValidity' | 'beforeWindow' | 'afterWindow' | 'alreadyFiled';
  opens: string | null;
  closes: string | null;
} | null {
  if (cert.status !== 'valid') return { reason: 'notInForce', opens: null, closes: null };
  if (!cert.validUntil) return { reason: 'unknownValidity', opens: null, closes: null };
  const opens = addDaysIso(cert.validUntil, -rules.windowOpensDaysBefore);
  const closes = addDaysIso(cert.validUntil, -rules.windowClosesDaysBefore);
  if (cert.renewalFiledOn) return { reason: 'alreadyFiled', opens, closes };
  if (today < opens) return { reason: 'beforeWindow', opens, closes };
  if (today > closes) return { reason: 'afterWindow', opens, closes };
  return null;
}
