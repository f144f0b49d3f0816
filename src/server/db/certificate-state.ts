// The certificate lifecycle (src/domain/certificates/certificate-state.ts) as SQL
// conditions, so that a list can be filtered by the state its rows' certificates are
// in today without reading every row. A certificate in force (legal status `valid`)
// is in a state by the days left to its last valid day and whether a renewal was
// filed; revoked, superseded and lapsed ones by their status (and a renewal whose
// grace ended, lapsed); `none` is no certificate. A certificate recorded without its
// decision date carries a range of possible last days (earliest, latest): it is in a
// state when both ends are, and of unknown validity when they are not (or when
// nothing dates it). The states asked for are gathered into one range of days per
// filing condition and then into one range over both, so that the index on (scope,
// status, valid_until, renewal_filed_on, valid_until_latest, …) answers a group of
// neighbouring states with a single scan of its entries. The domain function stays
// the definition; test/db/certificate-state-sql.db.test.ts checks these conditions
// against it on a grid of days around every boundary, alone and in groups, on both
// engines. Where a query needs the state as a value (counts by state), the SQL
// function certificate_state(…) of migration 0016 mirrors the domain function.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import {
  RENEWAL_RULES_26_2026,
  type CertificateTimeState,
  type RenewalRules,
} from '../../domain/certificates/certificate-state.ts';
import type { NO_CERTIFICATE } from '../../shared/enums.ts';
import { products } from './schema/index.ts';

/**
 * The columns (or expressions) holding a certificate's legal status, the range of its
 * last valid day and its renewal filing; status null: no certificate.
 */
export interface CertificateColumns {
  status: SQLWrapper;
  /** the last valid day, or the earliest it can be */
  validUntil: SQLWrapper;
  /** the latest it can be (the same day when known) */
  validUntilLatest: SQLWrapper;
  renewalFiledOn: SQLWrapper;
}

export type CertificateStateFilter = CertificateTimeState | typeof NO_CERTIFICATE;

/** Days left to the last valid day, from `lo` to `hi` (both included; null: no bound), filed or not. */
interface Piece {
  lo: number | null;
  hi: number | null;
  filed: boolean;
}

type ByDays = Exclude<CertificateTimeState, 'revoked' | 'superseded' | 'unknownValidity'>;

/** certificateTimeState for a dated certificate in force, as pieces of days left (0 on the last valid day). */
const PIECES: Record<ByDays, (r: RenewalRules) => Piece[]> = {
  valid: (r) => [{ lo: r.windowOpensDaysBefore + 1, hi: null, filed: false }],
  renewalWindowOpen: (r) => [{ lo: r.windowClosesDaysBefore, hi: r.windowOpensDaysBefore, filed: false }],
  renewalWindowClosed: (r) => [{ lo: 0, hi: r.windowClosesDaysBefore - 1, filed: false }],
  // a filing counts from its day; the holder keeps a valid certificate until the decision
  renewalFiled: () => [{ lo: 0, hi: null, filed: true }],
  graceAfterExpiry: (r) => [{ lo: -r.graceDaysAfterExpiry, hi: -1, filed: true }],
  expired: () => [{ lo: null, hi: -1, filed: false }],
  // the grace ended without a decision (besides the legal status lapsed)
  lapsed: (r) => [{ lo: null, hi: -r.graceDaysAfterExpiry - 1, filed: true }],
};

/** Where the state changes along the days left (at b: b-1 and b differ), by filing. */
const BOUNDARIES = (r: RenewalRules) => ({
  open: [0, r.windowClosesDaysBefore, r.windowOpensDaysBefore + 1],
  filed: [-r.graceDaysAfterExpiry, 0],
});

const LEGAL_ONLY = ['revoked', 'superseded', 'lapsed'] as const;

/** Ranges of days joined where they touch or overlap. */
function merge(pieces: { lo: number | null; hi: number | null }[]) {
  const sorted = [...pieces].sort((a, b) => (a.lo ?? -Infinity) - (b.lo ?? -Infinity));
  const out: { lo: number | null; hi: number | null }[] = [];
  for (const p of sorted) {
    const last = out.at(-1);
    if (last && (last.hi === null || (p.lo ?? -Infinity) <= last.hi + 1)) {
      last.hi = last.hi === null || p.hi === null ? null : Math.max(last.hi, p.hi);
    } else out.push({ ...p });
  }
  return out;
}

const same = (a: { lo: number | null; hi: number | null }[], b: typeof a) =>
  a.length === b.length && a.every((x, i) => x.lo === b[i].lo && x.hi === b[i].hi);

/**
 * The condition "the certificate is in any of `states` on `today`" (`none`: there is
 * no certificate; an empty list matches nothing). `today` is a date expression: a
 * bound parameter in lists, a column in the test grid.
 */
export function certificateStateIn(
  c: CertificateColumns,
  states: readonly CertificateStateFilter[],
  today: SQL,
  rules: RenewalRules = RENEWAL_RULES_26_2026,
): SQL {
  const wanted = new Set(states);
  const arms: SQL[] = [];
  if (wanted.has('none')) arms.push(sql`${c.status} IS NULL`);
  const legal = LEGAL_ONLY.filter((s) => wanted.has(s));
  if (legal.length) arms.push(sql`${c.status} IN (${sql.raw(legal.map((s) => `'${s}'`).join(', '))})`);
  const day = (offset: number) => sql`(${today} + ${sql.raw(String(Math.trunc(offset)))})`;
  const filed = sql`(${c.renewalFiledOn} IS NOT NULL AND ${c.renewalFiledOn} <= ${today})`;
  const notFiled = sql`(${c.renewalFiledOn} IS NULL OR ${c.renewalFiledOn} > ${today})`;

  // a range of possible last days across a change of state: the certificate's validity is unknown
  const straddles = (boundaries: number[]) =>
    sql.join(
      boundaries.map((b) => sql`(${c.validUntil} < ${day(b)} AND ${c.validUntilLatest} >= ${day(b)})`),
      sql` OR `,
    );
  const b = BOUNDARIES(rules);
  const undecided = sql`((${notFiled} AND (${straddles(b.open)})) OR (${filed} AND (${straddles(b.filed)})))`;

  const pieces = (Object.keys(PIECES) as ByDays[])
    .filter((s) => wanted.has(s))
    .flatMap((s) => PIECES[s](rules));
  if (pieces.length) {
    /** both ends of the last valid day within the range, as SQL; null when it has no bound */
    const range = (r: { lo: number | null; hi: number | null }): SQL | null => {
      const bounds: SQL[] = [];
      if (r.lo !== null) bounds.push(sql`${c.validUntil} >= ${day(r.lo)}`);
      // the earliest bound keeps the index scan short; the latest decides
      if (r.hi !== null)
        bounds.push(sql`${c.validUntil} <= ${day(r.hi)} AND ${c.validUntilLatest} <= ${day(r.hi)}`);
      return bounds.length ? sql.join(bounds, sql` AND `) : null;
    };
    // one range over everything asked for: the index reads it in one scan
    const hull = {
      lo: pieces.some((p) => p.lo === null) ? null : Math.min(...pieces.map((p) => p.lo as number)),
      hi: pieces.some((p) => p.hi === null) ? null : Math.max(...pieces.map((p) => p.hi as number)),
    };
    /** within the hull, the ranges of one side: nothing to add when they are the hull itself */
    const inside = (ranges: { lo: number | null; hi: number | null }[]) =>
      same(ranges, [hull])
        ? null
        : sql.join(
            ranges.map((r) => sql`(${range(r) ?? sql`true`})`),
            sql` OR `,
          );
    const filedRanges = merge(pieces.filter((p) => p.filed));
    const openRanges = merge(pieces.filter((p) => !p.filed));
    // a certificate that nothing dates is in none of these states
    const parts: SQL[] = [sql`${c.status} = 'valid'`, sql`${c.validUntil} IS NOT NULL`];
    const bounds = range(hull);
    if (bounds) parts.push(bounds);
    if (same(filedRanges, openRanges)) {
      // filed or not makes no difference to the states asked for
      const only = inside(openRanges);
      if (only) parts.push(sql`(${only})`);
    } else {
      const sides = [
        ...(filedRanges.length ? [{ ranges: filedRanges, when: filed }] : []),
        ...(openRanges.length ? [{ ranges: openRanges, when: notFiled }] : []),
      ].map(({ ranges, when }) => {
        const only = inside(ranges);
        return only ? sql`((${only}) AND ${when})` : when;
      });
      parts.push(sides.length === 1 ? sides[0] : sql`(${sql.join(sides, sql` OR `)})`);
    }
    // neighbouring states joined into one range must not take in a range that spans both
    parts.push(sql`(${c.validUntil} = ${c.validUntilLatest} OR NOT ${undecided})`);
    arms.push(sql.join(parts, sql` AND `));
  }
  if (wanted.has('unknownValidity'))
    // nothing dates it, or a change of state lies within its range
    arms.push(sql`${c.status} = 'valid' AND (${c.validUntil} IS NULL OR ${undecided})`);
  if (!arms.length) return sql`false`;
  return sql`(${sql.join(
    arms.map((a) => sql`(${a})`),
    sql` OR `,
  )})`;
}

/** The condition "the certificate is in `state` on `today`". */
export function certificateStateIs(
  c: CertificateColumns,
  state: CertificateStateFilter,
  today: SQL,
  rules: RenewalRules = RENEWAL_RULES_26_2026,
): SQL {
  return certificateStateIn(c, [state], today, rules);
}

/** The state as a value, by the SQL mirror of the domain function (migration 0016). */
export function certificateStateOf(
  c: CertificateColumns,
  today: SQL,
  rules: RenewalRules = RENEWAL_RULES_26_2026,
): SQL<string> {
  return sql<string>`certificate_state(${c.status}, ${c.validUntil}, ${c.validUntilLatest}, ${c.renewalFiledOn}, ${today}, ${sql.raw(String(rules.windowOpensDaysBefore))}, ${sql.raw(String(rules.windowClosesDaysBefore))}, ${sql.raw(String(rules.graceDaysAfterExpiry))})`;
}

/** The copy of a product's current certificate on its row (kept by the certificates table's triggers). */
export const productCertificate = {
  status: products.certificateStatus,
  validUntil: products.certificateValidUntil,
  validUntilLatest: products.certificateValidUntilLatest,
  renewalFiledOn: products.certificateRenewalFiledOn,
} satisfies CertificateColumns;

/** The same copy as a list selects it. */
export const productCertificateSelection = {
  id: products.certificateId,
  stars: products.certificateStars,
  ...productCertificate,
};
