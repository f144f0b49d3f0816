// What a commit takes from the staging rows (owned by the imports module): the new
// producers and products, one per natural key, and the past certificates of matched
// products. The registry and certificates modules write them; this file only reads
// import_rows and marks them committed.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import type { BulkProducer, BulkProduct } from '../registry/bulk-register.service.ts';
import type { HistoricalCertificate, RevocationRow } from '../certificates/certificates.service.ts';

/** Valid rows whose producer is not in the registry yet, one per producer key, as the registry takes them. */
export function newProducers(db: Executor, importId: string): Promise<BulkProducer[]> {
  return queryRows<BulkProducer>(
    db,
    sql`
    SELECT DISTINCT ON (r.producer_key)
      r.values->'producer'->>'name' AS name, r.values->'producer'->>'legalType' AS "legalType", r.values->'producer'->>'taxCode' AS "taxCode",
      r.values->'producer'->>'registrationNo' AS "registrationNo", r.values->'producer'->>'registrationDate' AS "registrationDate",
      r.values->'producer'->>'addressLine' AS "addressLine", r.values->>'unitId' AS "unitId",
      r.values->'producer'->>'representativeName' AS "representativeName", r.values->'producer'->>'representativeSex' AS "representativeSex",
      r.values->'producer'->>'representativeEthnicity' AS "representativeEthnicity", r.values->'producer'->>'phone' AS phone,
      r.values->'producer'->>'email' AS email, coalesce((r.values->'producer'->>'placeholder')::boolean, false) AS placeholder
    FROM import_rows r
    WHERE r.import_id = ${importId} AND r.status IN ('valid', 'incomplete') AND r.matched_producer_id IS NULL AND r.producer_key IS NOT NULL
    ORDER BY r.producer_key, r.row_no`,
  );
}

/** Valid rows whose product is new and whose producer is known, one per product key. */
export function newProducts(db: Executor, importId: string): Promise<BulkProduct[]> {
  return queryRows<BulkProduct>(
    db,
    sql`
    SELECT DISTINCT ON (r.product_key)
      r.matched_producer_id AS "producerId", r.values->'product'->>'name' AS name,
      (r.values->'product'->>'productSet')::smallint AS "productSet", r.values->'product'->>'code' AS code,
      r.values->'product'->>'gtin' AS gtin, r.values->'product'->>'description' AS description
    FROM import_rows r
    WHERE r.import_id = ${importId} AND r.status IN ('valid', 'incomplete') AND r.matched_product_id IS NULL AND r.matched_producer_id IS NOT NULL
      AND r.product_key IS NOT NULL
    ORDER BY r.product_key, r.row_no`,
  );
}

/**
 * The past recognitions written on importable rows of matched products, one per product and
 * decision (by its number, or by year and stars when the list gave no number).
 */
export function pastCertificates(db: Executor, importId: string): Promise<HistoricalCertificate[]> {
  return queryRows<HistoricalCertificate>(
    db,
    sql`
    SELECT DISTINCT ON (r.matched_product_id, r.values->'certificate'->>'decisionNo', r.values->'certificate'->>'decisionYear',
        r.values->'certificate'->>'stars')
      r.matched_product_id AS "productId", (r.values->'certificate'->>'stars')::int AS stars,
      r.values->'certificate'->>'decisionNo' AS "decisionNo", r.values->'certificate'->>'decisionDate' AS "decisionDate",
      (r.values->'certificate'->>'decisionYear')::int AS "decisionYear",
      r.values->'certificate'->>'issuer' AS issuer, r.values->'certificate'->>'procedureVersionId' AS "procedureVersionId",
      r.values->'certificate'->>'validUntil' AS "validUntil",
      coalesce(r.values->'certificate'->'incompleteFacts', '[]'::jsonb) AS "incompleteFacts"
    FROM import_rows r
    WHERE r.import_id = ${importId} AND r.status IN ('valid', 'incomplete') AND r.matched_product_id IS NOT NULL
      AND r.values->'certificate' <> 'null'::jsonb AND coalesce(r.values->>'kind', 'recognition') = 'recognition'
    ORDER BY r.matched_product_id, r.values->'certificate'->>'decisionNo', r.values->'certificate'->>'decisionYear',
      r.values->'certificate'->>'stars', r.row_no`,
  );
}

/** The revocations on importable rows of matched products, one per product and revoking decision. */
export function revocations(db: Executor, importId: string): Promise<RevocationRow[]> {
  return queryRows<RevocationRow>(
    db,
    sql`
    SELECT DISTINCT ON (r.matched_product_id, r.values->'revocation'->>'decisionNo')
      r.matched_product_id AS "productId", (r.values->'certificate'->>'stars')::int AS stars,
      r.values->'certificate'->>'decisionNo' AS "decisionNo", r.values->'certificate'->>'decisionDate' AS "decisionDate",
      (r.values->'certificate'->>'decisionYear')::int AS "decisionYear",
      r.values->'certificate'->>'validUntil' AS "validUntil",
      r.values->'revocation'->>'decisionNo' AS "revocationNo", r.values->'revocation'->>'decisionDate' AS "revocationDate",
      r.values->'revocation'->>'ground' AS ground,
      coalesce(r.values->'gaps', '[]'::jsonb) - 'producer' - 'commune' - 'productSet' AS "incompleteFacts"
    FROM import_rows r
    WHERE r.import_id = ${importId} AND r.status IN ('valid', 'incomplete') AND r.matched_product_id IS NOT NULL
      AND r.values->>'kind' = 'revocation' AND r.values->'revocation'->>'decisionNo' IS NOT NULL
    ORDER BY r.matched_product_id, r.values->'revocation'->>'decisionNo', r.row_no`,
  );
}

/** Council results and proposals to the centre on importable rows of matched products, one per product. */
export function awaitingDecisions(db: Executor, importId: string) {
  return queryRows<{
    rowNo: number;
    productId: string;
    producerId: string;
    stage: 'awaitingDecision' | 'forwardedToCentre';
    evaluation: 'first' | 'upgrade' | 'reEvaluation' | null;
    proposedStars: number | null;
    score: number | null;
    councilDate: string | null;
    year: number | null;
  }>(
    db,
    sql`
    SELECT DISTINCT ON (r.matched_product_id)
      r.row_no AS "rowNo", r.matched_product_id AS "productId", r.matched_producer_id AS "producerId",
      r.values->'dossier'->>'stage' AS stage, r.values->>'evaluation' AS evaluation,
      (r.values->'dossier'->>'proposedStars')::int AS "proposedStars", (r.values->'dossier'->>'score')::float8 AS score,
      r.values->'dossier'->>'councilDate' AS "councilDate", (r.values->'dossier'->>'year')::int AS year
    FROM import_rows r
    WHERE r.import_id = ${importId} AND r.status IN ('valid', 'incomplete') AND r.matched_product_id IS NOT NULL
      AND r.matched_producer_id IS NOT NULL AND r.values->>'kind' IN ('councilResult', 'proposalToCentre')
    ORDER BY r.matched_product_id, r.row_no DESC`,
  );
}

/** Marks the written rows committed; how many. */
export async function markCommitted(db: Executor, importId: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(
    db,
    sql`WITH done AS (UPDATE import_rows SET status = 'committed' WHERE import_id = ${importId}
          AND status IN ('valid', 'incomplete') RETURNING 1)
        SELECT count(*)::int AS n FROM done`,
  );
  return rows[0]?.n ?? 0;
}
