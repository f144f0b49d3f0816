// The certificate time state (src/domain/certificates/certificate-state.ts) as SQL
// conditions, so that a list can be filtered by the state its rows' certificates are
// in today without reading every row: each state is a range of (legal status, last
// valid day) plus a condition on the renewal filing, which an index on
// (scope, status, valid_until, renewal_filed_on) answers alone. The domain function
// stays the definition; test/db/certificate-state-sql.db.test.ts checks these
// conditions against it on a grid of days around every boundary, on both engines.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import {
  RENEWAL_RULES_26_2026,
  type CertificateTimeState,
  type RenewalRules,
} from '../../domain/certificates/certificate-state.ts';
import type { NO_CERTIFICATE } from '../../shared/enums.ts';

/** The columns (or expressions) holding a certificate's legal status, last valid day and renewal filing; status null: no certificate. */
export interface CertificateColumns {
  status: SQLWrapper;
  validUntil: SQLWrapper;
  renewalFiledOn: SQLWrapper;
}

export type CertificateStateFilter = CertificateTimeState | typeof NO_CERTIFICATE;

/**
 * The condition "the certificate is in `state` on `today`" (`none`: there is no
 * certificate). `today` is a date expression: a bound parameter in lists, a column
 * in the test grid. The day arithmetic mirrors certificateTimeState: days left =
 * valid_until − today; the window is open from `windowOpensDaysBefore` to
 * `windowClosesDaysBefore` days left (both included); a filing counts from its day;
 * grace lasts `graceDaysAfterExpiry` days after the last valid day.
 */
export function certificateStateIs(
  c: CertificateColumns,
  state: CertificateStateFilter,
  today: SQL,
  rules: RenewalRules = RENEWAL_RULES_26_2026,
): SQL {
  const day = (offset: number) => sql`(${today} + ${sql.raw(String(Math.trunc(offset)))})`;
  const filed = sql`(${c.renewalFiledOn} IS NOT NULL AND ${c.renewalFiledOn} <= ${today})`;
  const notFiled = sql`(${c.renewalFiledOn} IS NULL OR ${c.renewalFiledOn} > ${today})`;
  const inForce = (range: SQL) => sql`(${c.status} = 'valid' AND ${range})`;
  switch (state) {
    case 'none':
      return sql`(${c.status} IS NULL)`;
    case 'revoked':
    case 'superseded':
    case 'lapsed':
      return sql`(${c.status} = ${sql.raw(`'${state}'`)})`;
    case 'valid':
      return inForce(sql`${c.validUntil} > ${day(rules.windowOpensDaysBefore)} AND ${notFiled}`);
    case 'renewalWindowOpen':
      return inForce(
        sql`${c.validUntil} >= ${day(rules.windowClosesDaysBefore)} AND ${c.validUntil} <= ${day(rules.windowOpensDaysBefore)} AND ${notFiled}`,
      );
    case 'renewalWindowClosed':
      return inForce(
        sql`${c.validUntil} >= ${today} AND ${c.validUntil} < ${day(rules.windowClosesDaysBefore)} AND ${notFiled}`,
      );
    case 'renewalFiled':
      return inForce(sql`${c.validUntil} >= ${today} AND ${filed}`);
    case 'graceAfterExpiry':
      return inForce(
        sql`${c.validUntil} < ${today} AND ${c.validUntil} >= ${day(-rules.graceDaysAfterExpiry)} AND ${filed}`,
      );
    case 'expired':
      return inForce(
        sql`${c.validUntil} < ${today} AND (${notFiled} OR ${c.validUntil} < ${day(-rules.graceDaysAfterExpiry)})`,
      );
  }
}

/** Any of `states` (an empty list matches nothing). */
export function certificateStateIn(
  c: CertificateColumns,
  states: readonly CertificateStateFilter[],
  today: SQL,
  rules: RenewalRules = RENEWAL_RULES_26_2026,
): SQL {
  if (!states.length) return sql`false`;
  const unique = [...new Set(states)];
  return sql`(${sql.join(
    unique.map((s) => certificateStateIs(c, s, today, rules)),
    sql` OR `,
  )})`;
}
