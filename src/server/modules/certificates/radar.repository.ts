// SQL of the expiry radar and the lifecycle indicators. The radar reads each product's
// current certificate from its copy on the products row (kept by the certificates'
// triggers) within the range of last valid days its groups can hold, so a province's
// radar is one range of the index on (scope, status, valid_until, …) and the nation's
// one range of products_certificate_until (status, valid_until).
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client.ts';
import type { RADAR_GROUPS } from '../../../shared/enums.ts';

export type RadarGroup = (typeof RADAR_GROUPS)[number];

export interface RadarScope {
  provinceId: string | null;
  communeId: string | null;
}

export interface RadarWindow {
  today: string;
  monthStart: string;
  /** the window: from `opens` to `closes` days before the last valid day */
  opens: number;
  closes: number;
  /** the range of last valid days any group holds */
  lo: string;
  hi: string;
  grace: number;
}

function scoped(s: RadarScope): SQL {
  return sql`${s.provinceId ? sql`AND p.scope_province_id = ${s.provinceId}` : sql``}
             ${s.communeId ? sql`AND p.scope_commune_id = ${s.communeId}` : sql``}`;
}

/**
 * Each current certificate within the window with its radar group (null: in none), as
 * a materialised relation g: the rules of certificateTimeState written as ranges of
 * days left (d = last valid day − today) so that the group is worked out once per row
 * (test/db/lifecycle.db.test.ts holds it to the domain on a grid of days). A
 * certificate known only by its decision year is on no radar: no month holds its end.
 */
function grouped(s: RadarScope, w: RadarWindow): SQL {
  const d = sql`(p.certificate_valid_until - ${w.today}::date)`;
  const filed = sql`(p.certificate_renewal_filed_on IS NOT NULL AND p.certificate_renewal_filed_on <= ${w.today}::date)`;
  return sql`SELECT p.id, p.scope_commune_id AS commune, p.certificate_stars AS stars, p.certificate_id,
                 p.certificate_valid_until AS vu, p.certificate_renewal_filed_on AS filed,
                 EXISTS (SELECT 1 FROM producers pr WHERE pr.id = p.producer_id
                          AND (nullif(trim(pr.phone), '') IS NOT NULL OR nullif(trim(pr.email), '') IS NOT NULL)) AS reachable,
                 CASE
                   WHEN p.certificate_status = 'lapsed' THEN
                     CASE WHEN coalesce(
                            (SELECT e.on_day FROM certificate_events e
                              WHERE e.certificate_id = p.certificate_id AND e.kind = 'lapsed'),
                            p.certificate_valid_until + 1 + ${w.grace}::int) >= ${w.monthStart}::date
                          THEN 'lapsedThisMonth' END
                   WHEN ${filed} THEN
                     CASE WHEN ${d} >= 0 THEN 'renewalFiled'
                          WHEN ${d} >= -${w.grace}::int THEN 'grace'
                          WHEN p.certificate_valid_until + 1 + ${w.grace}::int >= ${w.monthStart}::date THEN 'lapsedThisMonth' END
                   WHEN ${d} BETWEEN ${w.closes}::int AND ${w.opens}::int THEN 'windowOpen'
                   WHEN ${d} BETWEEN 0 AND ${w.closes}::int - 1 THEN 'windowPassedUnfiled'
                   WHEN ${d} < 0 AND p.certificate_valid_until >= ${w.monthStart}::date - 1 THEN 'expiredThisMonth'
                 END AS grp
            FROM products p
           WHERE p.certificate_status IN ('valid', 'lapsed')
             AND p.certificate_valid_until BETWEEN ${w.lo}::date AND ${w.hi}::date
             AND (p.certificate_valid_until_latest IS NULL OR p.certificate_valid_until_latest = p.certificate_valid_until)
             ${scoped(s)}`;
}

/** the state each group's certificates are in (certificateTimeState) */
export const GROUP_STATE = {
  windowOpen: 'renewalWindowOpen',
  windowPassedUnfiled: 'renewalWindowClosed',
  renewalFiled: 'renewalFiled',
  grace: 'graceAfterExpiry',
  expiredThisMonth: 'expired',
  lapsedThisMonth: 'lapsed',
} as const satisfies Record<RadarGroup, string>;

export interface RadarCount {
  grp: RadarGroup;
  /** what the row counts by */
  by: 'stars' | 'commune' | 'reach';
  stars: number | null;
  commune: string | null;
  reachable: boolean | null;
  n: number;
}

/** Counts per group: by stars, by commune, and by whether the holder can be told outside the platform. */
export function radarCounts(db: Executor, s: RadarScope, w: RadarWindow) {
  return queryRows<RadarCount>(
    db,
    sql`WITH g AS MATERIALIZED (${grouped(s, w)})
        SELECT g.grp, g.stars, g.commune, g.reachable, count(*)::int AS n,
               CASE WHEN GROUPING(g.stars) = 0 THEN 'stars' WHEN GROUPING(g.commune) = 0 THEN 'commune' ELSE 'reach' END AS by
          FROM g
         WHERE g.grp IS NOT NULL
         GROUP BY GROUPING SETS ((g.grp, g.stars), (g.grp, g.commune), (g.grp, g.reachable))`,
  );
}

export interface RadarItem {
  productId: string;
  productName: string;
  publicId: string;
  producerId: string;
  producerName: string;
  producerPhone: string | null;
  producerEmail: string | null;
  communeId: string | null;
  communeName: string | null;
  certificateId: string;
  certificateNo: string | null;
  stars: number | null;
  validUntil: string;
  renewalFiledOn: string | null;
  grp: RadarGroup;
  lapsedOn: string | null;
}

/** The certificates of one group (or all), soonest last day first, after a cursor. */
export function radarItems(
  db: Executor,
  s: RadarScope,
  w: RadarWindow,
  group: RadarGroup | null,
  after: { vu: string; id: string } | null,
  limit: number,
) {
  return queryRows<RadarItem>(
    db,
    sql`WITH g AS MATERIALIZED (${grouped(s, w)})
        SELECT g.id AS "productId", p.name AS "productName", p.public_id AS "publicId", p.producer_id AS "producerId",
               pr.name AS "producerName", pr.phone AS "producerPhone", pr.email AS "producerEmail",
               g.commune AS "communeId", u.name AS "communeName", g.certificate_id AS "certificateId",
               x.certificate_no AS "certificateNo", g.stars, g.vu::text AS "validUntil",
               g.filed::text AS "renewalFiledOn", g.grp,
               (SELECT e.on_day::text FROM certificate_events e
                 WHERE e.certificate_id = g.certificate_id AND e.kind = 'lapsed') AS "lapsedOn"
          FROM g
          JOIN products p ON p.id = g.id
          JOIN producers pr ON pr.id = p.producer_id
          JOIN certificates x ON x.id = g.certificate_id
          LEFT JOIN admin_units u ON u.id = g.commune
         WHERE ${group ? sql`g.grp = ${group}` : sql`g.grp IS NOT NULL`}
           ${after ? sql`AND (g.vu, g.id) > (${after.vu}::date, ${after.id}::uuid)` : sql``}
         ORDER BY g.vu, g.id
         LIMIT ${limit}`,
  );
}

/** Names of units, by id (the radar's communes). */
export async function unitNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await queryRows<{ id: string; name: string }>(
    db,
    sql`SELECT id, name FROM admin_units WHERE id IN (${sql.join(
      ids.map((i) => sql`${i}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

export interface CohortRow {
  year: number;
  recognised: number;
  inForce: number;
  renewed: number;
  ended: number;
  revoked: number;
}

/**
 * Survival of recognitions by the year of a product's first certificate: how many of
 * those products hold one in force today, were renewed (re-evaluated or upgraded since),
 * ended (expired, lapsed) or were revoked.
 */
export function cohorts(db: Executor, s: RadarScope, today: string) {
  return queryRows<CohortRow>(
    db,
    sql`WITH first AS (
          SELECT DISTINCT ON (c.product_id) c.product_id, c.decision_year AS year
            FROM certificates c JOIN products p ON p.id = c.product_id
           WHERE c.decision_year IS NOT NULL ${scoped(s)}
           ORDER BY c.product_id, c.decision_year, c.decision_date NULLS LAST)
        SELECT f.year::int AS year, count(*)::int AS recognised,
               count(*) FILTER (WHERE certificate_state(p.certificate_status, p.certificate_valid_until,
                     p.certificate_valid_until_latest, p.certificate_renewal_filed_on, ${today}::date)
                     IN ('valid', 'renewalWindowOpen', 'renewalWindowClosed', 'renewalFiled', 'graceAfterExpiry'))::int AS "inForce",
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM certificates r WHERE r.product_id = f.product_id
                     AND r.kind IN ('reEvaluation', 'upgrade') AND r.decision_year >= f.year))::int AS renewed,
               count(*) FILTER (WHERE certificate_state(p.certificate_status, p.certificate_valid_until,
                     p.certificate_valid_until_latest, p.certificate_renewal_filed_on, ${today}::date)
                     IN ('expired', 'lapsed'))::int AS ended,
               count(*) FILTER (WHERE p.certificate_status = 'revoked')::int AS revoked
          FROM first f JOIN products p ON p.id = f.product_id
         GROUP BY f.year ORDER BY f.year`,
  );
}

export interface RenewalRow {
  year: number;
  /** certificates whose validity reached its end that year (not superseded mid-term) */
  reachedEnd: number;
  renewed: number;
  lapsed: number;
  unrenewed: number;
}

/**
 * Renewal by the year certificates reached their end: renewed when a newer certificate
 * of the product was decided within 180 days either side of the last valid day (the
 * window before, the grace after); an upgrade well before the end is not counted.
 */
export function renewals(db: Executor, s: RadarScope, today: string) {
  return queryRows<RenewalRow>(
    db,
    sql`SELECT extract(year FROM c.valid_until)::int AS year, count(*)::int AS "reachedEnd",
               count(*) FILTER (WHERE n.decision_date IS NOT NULL)::int AS renewed,
               count(*) FILTER (WHERE n.decision_date IS NULL AND c.status = 'lapsed')::int AS lapsed,
               count(*) FILTER (WHERE n.decision_date IS NULL AND c.status <> 'lapsed')::int AS unrenewed
          FROM certificates c
          JOIN products p ON p.id = c.product_id
          LEFT JOIN LATERAL (
            SELECT r.decision_date FROM certificates r
             WHERE r.product_id = c.product_id AND r.decision_date > c.decision_date
               AND r.decision_date BETWEEN c.valid_until - 180 AND c.valid_until + 181
             ORDER BY r.decision_date LIMIT 1) n ON true
         WHERE c.valid_until < ${today}::date AND c.decision_date IS NOT NULL
           AND c.status IN ('valid', 'superseded', 'lapsed')
           AND NOT (c.status = 'superseded' AND n.decision_date IS NULL)
           ${scoped(s)}
         GROUP BY 1 ORDER BY 1`,
  );
}

/** Revoked certificates by their ground (free text from published lists kept as it came). */
export function revokedByGround(db: Executor, s: RadarScope) {
  return queryRows<{ ground: string | null; n: number }>(
    db,
    sql`SELECT c.revocation_ground AS ground, count(*)::int AS n
          FROM certificates c JOIN products p ON p.id = c.product_id
         WHERE c.status = 'revoked' ${scoped(s)}
         GROUP BY 1 ORDER BY 2 DESC`,
  );
}

/** Products whose current certificate is expired or lapsed today, by stars. */
export function endedByStars(db: Executor, s: RadarScope, today: string) {
  return queryRows<{ stars: number | null; state: 'expired' | 'lapsed'; n: number }>(
    db,
    sql`SELECT p.certificate_stars AS stars, x.state, count(*)::int AS n
          FROM products p
          CROSS JOIN LATERAL (SELECT certificate_state(p.certificate_status, p.certificate_valid_until,
                 p.certificate_valid_until_latest, p.certificate_renewal_filed_on, ${today}::date) AS state) x
         WHERE p.certificate_status IN ('valid', 'lapsed') AND p.certificate_valid_until < ${today}::date
           AND x.state IN ('expired', 'lapsed') ${scoped(s)}
         GROUP BY 1, 2`,
  );
}
