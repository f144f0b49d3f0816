// One certificate lifecycle: what a certificate means today. The legal status
// (valid / revoked / superseded / lapsed) is stored; everything driven by time is
// derived here, so lists, the public page, exports and the expiry jobs agree.
// QĐ 26/2026 Art. 12: valid 36 months; renewal filed 180–120 days before expiry; a
// holder whose renewal is pending keeps a valid certificate until the decision, at
// most 180 days after expiry — past that without a decision it lapses.
//
// A certificate recorded from a published list may lack its decision date: its last
// valid day is then known only within the range its decision year allows (or not at
// all). Its state is the one every possible last day gives; when they disagree it is
// `unknownValidity`. The states are ordered along the days left, so the two ends of
// the range decide it.
import type { CERTIFICATE_RECORD_STATUSES, CERTIFICATE_STATES } from '../../shared/enums.ts';
import { certificateValidUntil } from './validity.ts';

export type CertificateLegalStatus = (typeof CERTIFICATE_RECORD_STATUSES)[number];

/** the ids live in src/shared (with their words in vocabulary.ts); what they mean is decided here */
export type CertificateTimeState = (typeof CERTIFICATE_STATES)[number];

export interface RenewalRules {
  windowOpensDaysBefore: number;
  windowClosesDaysBefore: number;
  graceDaysAfterExpiry: number;
}

export const RENEWAL_RULES_26_2026: RenewalRules = {
  windowOpensDaysBefore: 180,
  windowClosesDaysBefore: 120,
  graceDaysAfterExpiry: 180,
};

export interface CertificateDates {
  status: CertificateLegalStatus;
  /** the last valid day when known; with `validUntilLatest`, the earliest it can be */
  validUntil: string | null;
  /** the latest possible last valid day, when only a range is known (copies on product rows carry the range) */
  validUntilLatest?: string | null;
  /** the decision's year, when only that is known (from a round label or a "Năm" column) */
  decisionYear?: number | null;
  /** date a renewal dossier was filed, if any */
  renewalFiledOn?: string | null;
}

/** The earliest and latest possible last valid day; null when nothing dates the certificate. */
export function validUntilBounds(
  cert: Pick<CertificateDates, 'validUntil' | 'validUntilLatest' | 'decisionYear'>,
): { earliest: string; latest: string } | null {
  if (cert.validUntil) return { earliest: cert.validUntil, latest: cert.validUntilLatest ?? cert.validUntil };
  if (!cert.decisionYear) return null;
  return {
    earliest: certificateValidUntil(`${cert.decisionYear}-01-01`),
    latest: certificateValidUntil(`${cert.decisionYear}-12-31`),
  };
}

const DAY = 86_400_000;
const toDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);

/** Days from `today` to the last valid day (0 on that day, negative after it). */
export function daysToExpiry(validUntil: string, today: string): number {
  return toDay(validUntil) - toDay(today);
}

/** The state of a certificate in force on `today` with a known last valid day. */
function stateOnDay(
  validUntil: string,
  filed: boolean,
  today: string,
  rules: RenewalRules,
): CertificateTimeState {
  const left = daysToExpiry(validUntil, today);
  if (left < 0) {
    if (!filed) return 'expired';
    return -left <= rules.graceDaysAfterExpiry ? 'graceAfterExpiry' : 'lapsed';
  }
  if (filed) return 'renewalFiled';
  if (left <= rules.windowOpensDaysBefore && left >= rules.windowClosesDaysBefore) return 'renewalWindowOpen';
  if (left < rules.windowClosesDaysBefore) return 'renewalWindowClosed';
  return 'valid';
}

export function certificateTimeState(
  cert: CertificateDates,
  today: string,
  rules: RenewalRules = RENEWAL_RULES_26_2026,
): CertificateTimeState {
  if (cert.status !== 'valid') return cert.status;
  const bounds = validUntilBounds(cert);
  if (!bounds) return 'unknownValidity';
  const filed = !!cert.renewalFiledOn && cert.renewalFiledOn <= today;
  const first = stateOnDay(bounds.earliest, filed, today, rules);
  return first === stateOnDay(bounds.latest, filed, today, rules) ? first : 'unknownValidity';
}

/** The states in which a recognition is in force. */
export const IN_FORCE_STATES = [
  'valid',
  'renewalWindowOpen',
  'renewalWindowClosed',
  'renewalFiled',
  'graceAfterExpiry',
] as const satisfies readonly CertificateTimeState[];

/** Is the recognition in force today: may the product show the OCOP mark and its stars? (QĐ 1162 Art. 5.) */
export function mayCarryMark(state: CertificateTimeState): boolean {
  return (IN_FORCE_STATES as readonly CertificateTimeState[]).includes(state);
}
