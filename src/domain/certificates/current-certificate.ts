// A product's current certificate as lists show it. The current certificate is the
// latest of the product's certificates by valid_from, then decision date (whatever
// its legal status): an upgrade supersedes the certificate before it, a revocation
// or a lapse leaves the last one current in that state. Lists read a copy of it kept
// on the product row; its state today and whether the product may still carry its
// stars are decided here, from that copy.
import {
  certificateTimeState,
  mayCarryMark,
  RENEWAL_RULES_26_2026,
  type CertificateLegalStatus,
  type CertificateTimeState,
  type RenewalRules,
} from './certificate-state.ts';

/** The copy on the product row: all null when the product holds no certificate. */
export interface CopiedCertificate {
  id: string | null;
  stars: number | null;
  status: CertificateLegalStatus | null;
  validUntil: string | null;
  renewalFiledOn: string | null;
}

export interface CurrentCertificate {
  id: string;
  stars: number;
  state: CertificateTimeState;
  validUntil: string;
  /** false: its stars are former ones, shown as such and never as the product's */
  mayCarryMark: boolean;
}

/** The current certificate on `today`, or null when there is none. */
export function currentCertificateOn(
  copy: CopiedCertificate,
  today: string,
  rules: RenewalRules = RENEWAL_RULES_26_2026,
): CurrentCertificate | null {
  if (!copy.id || !copy.status || !copy.validUntil || !copy.stars) return null;
  const state = certificateTimeState(
    { status: copy.status, validUntil: copy.validUntil, renewalFiledOn: copy.renewalFiledOn },
    today,
    rules,
  );
  return {
    id: copy.id,
    stars: copy.stars,
    state,
    validUntil: copy.validUntil,
    mayCarryMark: mayCarryMark(state),
  };
}
