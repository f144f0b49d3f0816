// SQL of the expiry radar and the lifecycle indicators. The radar reads each product's
// current certificate from its copy on the products row (kept by the certificates'
// triggers) within the range of last valid days its groups can hold, so a province's
// radar is one range of the index on (scope, status, valid_until, …) and the nation's
// one range of (status, valid_until); the state comes from certificate_state(…), the
// SQL mirror of the domain's lifecycle.
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
  /** the range of last valid days any group holds */
  lo: string;
  hi: string;
  grace: number;
}

function scoped(s: RadarScope): SQL {
  return sql`${s.provinceId ? sql`AND p.scope_province_id = ${s.provinceId}` : sql``}
             ${s.communeId ? sql`AND p.scope_commune_id = ${s.communeId}` : sql``}`;
}

/** Each current certificate within the window with its radar group (null: in none). */
function grouped(s: RadarScope, w: RadarWindow): SQL {
  return sql`SELECT c.*, CASE
        WHEN c.state = 'renewalWindowOpen' THEN 'windowOpen'
        WHEN c.state = 'renewalWindowClosed' THEN 'windowPassedUnfiled'
        WHEN c.state = 'renewalFiled' THEN 'renewalFiled'
        WHEN c.state = 'graceAfterExpiry' THEN 'grace'
        WHEN c.state = 'expired' AND c.vu >= ${w.monthStart}::date - 1 THEN 'expiredThisMonth'
        WHEN c.state = 'lapsed' AND coalesce(
               (SELECT e.on_day FROM certificate_events e WHERE e.certificate_id = c.certificate_id AND e.kind = 'lapsed'),
               c.vu + 1 + ${w.grace}::int) >= ${w.monthStart}::date THEN 'lapsedThisMonth'
      END AS grp
    FROM (SELECT p.id, p.scope_commune_id AS commune, p.certificate_stars AS stars, p.certificate_id,
                 p.certificate_valid_until AS vu, p.certificate_renewal_filed_on AS filed,
                 EXISTS (SELECT 1 FROM producers pr WHERE pr.id = p.producer_id
                          AND (nullif(trim(pr.phone), '') IS NOT NULL OR nullif(trim(pr.email), '') IS NOT NULL)) AS reachable,
                 certificate_state(p.certificate_status, p.certificate_valid_until, p.certificate_valid_until_latest,
                                   p.certificate_renewal_filed_on, ${w.today}::date) AS state
            FROM products p
           WHERE p.certificate_status IN ('valid', 'lapsed')
             AND p.certificate_valid_until BETWEEN ${w.lo}::date AND ${w.hi}::date
             ${scoped(s)}) c`;
}

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
    sql`SELECT g.grp, g.stars, g.commune, g.reachable, count(*)::int AS n,
               CASE WHEN GROUPING(g.stars) = 0 THEN 'stars' WHEN GROUPING(g.commune) = 0 THEN 'commune' ELSE 'reach' END AS by
          FROM (${grouped(s, w)}) g
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
  state: string;
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
    sql`SELECT g.id AS "productId", p.name AS "productName", p.public_id AS "publicId", p.producer_id AS "producerId",
               pr.name AS "producerName", pr.phone AS "producerPhone", pr.email AS "producerEmail",
               g.commune AS "communeId", u.name AS "communeName", g.certificate_id AS "certificateId",
               x.certificate_no AS "certificateNo", g.stars, g.vu::text AS "validUntil",
               g.filed::text AS "renewalFiledOn", g.state, g.grp,
               (SELECT e.on_day::text FROM certificate_events e
                 WHERE e.certificate_id = g.certificate_id AND e.kind = 'lapsed') AS "lapsedOn"
          FROM (${grouped(s, w)}) g
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
