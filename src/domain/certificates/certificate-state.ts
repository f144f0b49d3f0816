// What a certificate means today. The legal status (valid / revoked / superseded /
// lapsed) is stored; everything driven by time is derived here, so lists, the
// public page and the expiry jobs agree. QĐ 26/2026 Art. 12: valid 36 months;
// renewal filed 180–120 days before expiry; a holder whose renewal is pending keeps
// a valid certificate until the decision, at most 180 days after expiry.
import type { CERTIFICATE_RECORD_STATUSES, CERTIFICATE_STATES } from '../../shared/enums.ts';

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
  validUntil: string;
  /** date a renewal dossier was filed, if any */
  renewalFiledOn?: string | null;
}

const DAY = 86_400_000;
const toDay = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);

/** Days from `today` to the last valid day (0 on that day, negative after it). */
export function daysToExpiry(validUntil: string, today: string): number {
  return toDay(validUntil) - toDay(today);
}

export function certificateTimeState(
  cert: CertificateDates,
  today: string,
  rules: RenewalRules = RENEWAL_RULES_26_2026,
): CertificateTimeState {
  if (cert.status !== 'valid') return cert.status;
  const left = daysToExpiry(cert.validUntil, today);
  const filed = !!cert.renewalFiledOn && cert.renewalFiledOn <= today;
  if (left < 0) return filed && -left <= rules.graceDaysAfterExpiry ? 'graceAfterExpiry' : 'expired';
  if (filed) return 'renewalFiled';
  if (left <= rules.windowOpensDaysBefore && left >= rules.windowClosesDaysBefore) return 'renewalWindowOpen';
  if (left < rules.windowClosesDaysBefore) return 'renewalWindowClosed';
  return 'valid';
}

/** May the product show the OCOP mark and its stars today? (QĐ 1162 Art. 5: only a valid recognition.) */
export function mayCarryMark(state: CertificateTimeState): boolean {
  return (
    state === 'valid' ||
    state === 'renewalWindowOpen' ||
    state === 'renewalWindowClosed' ||
    state === 'renewalFiled' ||
    state === 'graceAfterExpiry'
  );
}
