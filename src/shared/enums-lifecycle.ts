// The ids of life after certification (part of enums.ts, which re-exports them):
// certificate events, revocations, notices and their deliveries, the radar's groups.

/**
 * What happened to a certificate, recorded once each (certificate_events): the daily job
 * records the notices of the law and the changes of state that time makes; the others are
 * recorded by the action that causes them (src/domain/certificates/lifecycle.ts).
 */
export const CERTIFICATE_EVENTS = [
  'windowOpened',
  'expiryNotice',
  'expired',
  'lapsed',
  'renewalFiled',
  'renewalWithdrawn',
  'renewalRefused',
  'revoked',
] as const;
/** the six grounds of a revocation (QĐ 26/2026 Art. 8) */
export const REVOCATION_GROUNDS = [
  'falseInformation',
  'criteriaNotMet',
  'lawBreach',
  'markMisuse',
  'productionStopped',
  'authorityConclusion',
] as const;
/** a revocation case: opened from a competent conclusion, decided by the signed decision uploaded, or dropped */
export const REVOCATION_STATUSES = ['open', 'decided', 'dropped'] as const;
/** what a notice is about (src/domain/notices/notice-texts.ts words each) */
export const NOTICE_KINDS = [
  'renewalWindowOpened',
  'expiryApproaching',
  'certificateExpired',
  'certificateLapsed',
  'certificateRevoked',
  'revocationOpened',
  'renewalFiled',
  'dossierMoved',
  'recordMoved',
  'decisionMade',
] as const;
/** who a notice is for: one account, everyone who acts for a producer, or the officers of a role in a unit */
export const NOTICE_AUDIENCES = ['user', 'producer', 'unit'] as const;
/** the channels besides the inbox: e-mail over SMTP, a text message through the HTTP gateway */
export const NOTICE_CHANNELS = ['email', 'text'] as const;
export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
/** the radar's groups of certificates by where they stand in their lifecycle */
export const RADAR_GROUPS = [
  'windowOpen',
  'windowPassedUnfiled',
  'renewalFiled',
  'grace',
  'expiredThisMonth',
  'lapsedThisMonth',
] as const;
