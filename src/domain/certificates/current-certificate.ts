// A product's current certificate as lists show it. The current certificate is the
// newest of the product's recognitions — by its decision year, then its decision
// date with unknown dates last (then when it was recorded) — whatever its legal
// status: an upgrade supersedes the certificate before it, a revocation or a lapse
// leaves the last one current in that state. Lists read a copy of it kept on the
// product row; its state today, and the stars the product carries today, are
// decided here from that copy: stars are never stored as the product's own.
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
  /** null also when the list it came from did not say */
  stars: number | null;
  status: CertificateLegalStatus | null;
  /** the last valid day, or the earliest it can be when only the decision year is known */
  validUntil: string | null;
  /** the latest possible last valid day (equal to validUntil when the date is known) */
  validUntilLatest?: string | null;
  renewalFiledOn: string | null;
}

export interface CurrentCertificate {
  id: string;
  /** the recognition's stars (null when unknown), whatever its state */
  stars: number | null;
  state: CertificateTimeState;
  /** the last valid day when known exactly */
  validUntil: string | null;
  /** false: its stars are former ones, shown as such and never as the product's */
  mayCarryMark: boolean;
}

/** The current certificate on `today`, or null when there is none. */
export function currentCertificateOn(
  copy: CopiedCertificate,
  today: string,
  rules: RenewalRules = RENEWAL_RULES_26_2026,
): CurrentCertificate | null {
  if (!copy.id || !copy.status) return null;
  const state = certificateTimeState(
    {
      status: copy.status,
      validUntil: copy.validUntil,
      validUntilLatest: copy.validUntilLatest,
      renewalFiledOn: copy.renewalFiledOn,
    },
    today,
    rules,
  );
  const exact = copy.validUntil && (!copy.validUntilLatest || copy.validUntilLatest === copy.validUntil);
  return {
    id: copy.id,
    stars: copy.stars,
    state,
    validUntil: exact ? copy.validUntil : null,
    mayCarryMark: mayCarryMark(state),
  };
}

/** The stars a product carries today: its current recognition's, while in force; else none. */
export function starsInForce(current: CurrentCertificate | null): number | null {
  return current?.mayCarryMark ? current.stars : null;
}
