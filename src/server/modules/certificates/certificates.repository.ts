// SQL of certificates (owned by the certificates module). The copy of each product's
// current certificate on the products row (certificate_* columns, read by the lists)
// is kept by the table's triggers (migration 0012), not by statements here.
import { and, desc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import { queryRows, type Executor, type Tx } from '../../db/client.ts';
import { adminUnits, certificateCounters, certificates, producers, products } from '../../db/schema/index.ts';

export function listOfProduct(db: Executor, productId: string) {
  return (
    db
      .select({
        id: certificates.id,
        stars: certificates.stars,
        certificateNo: certificates.certificateNo,
        decisionNo: certificates.decisionNo,
        decisionDate: certificates.decisionDate,
        decisionYear: certificates.decisionYear,
        issuer: certificates.issuer,
        procedureVersionId: certificates.procedureVersionId,
        kind: certificates.kind,
        validFrom: certificates.validFrom,
        validUntil: certificates.validUntil,
        status: certificates.status,
        renewalFiledOn: certificates.renewalFiledOn,
        revocationDecisionNo: certificates.revocationDecisionNo,
        revocationDecisionDate: certificates.revocationDecisionDate,
        revocationGround: certificates.revocationGround,
        incompleteFacts: certificates.incompleteFacts,
        historical: certificates.historical,
      })
      .from(certificates)
      .where(eq(certificates.productId, productId))
      // newest first: by year, then date with unknown dates last (the order of the product's current one)
      .orderBy(
        sql`${certificates.decisionYear} DESC NULLS LAST`,
        sql`${certificates.decisionDate} DESC NULLS LAST`,
        desc(certificates.createdAt),
        desc(certificates.id),
      )
  );
}

/** The newest certificate of a product still valid on `today`, if any. */
export async function findInForce(db: Executor, productId: string, today: string) {
  const [row] = await db
    .select({ id: certificates.id, stars: certificates.stars, decisionDate: certificates.decisionDate })
    .from(certificates)
    .where(
      and(
        eq(certificates.productId, productId),
        eq(certificates.status, 'valid'),
        gte(certificates.validUntil, today),
      ),
    )
    .orderBy(desc(certificates.decisionDate))
    .limit(1);
  return row ?? null;
}

export interface HistoricalCertificate {
  productId: string;
  stars: number | null;
  /** what a published list did not give is null, and named in incompleteFacts */
  decisionNo: string | null;
  decisionDate: string | null;
  decisionYear: number | null;
  issuer: string | null;
  procedureVersionId: string | null;
  validUntil: string | null;
  incompleteFacts?: string[];
}

/**
 * Inserts the certificates a product does not hold yet, in one statement; their ids. A
 * decision is told by its number; one recorded without a number by its year and stars,
 * so that importing the same list again creates nothing.
 */
export async function insertHistorical(tx: Tx, rows: HistoricalCertificate[]): Promise<string[]> {
  if (!rows.length) return [];
  const inserted = await queryRows<{ id: string }>(
    tx,
    sql`
    INSERT INTO certificates (product_id, stars, decision_no, decision_date, decision_year, issuer, procedure_version_id,
      valid_from, valid_until, status, historical, incomplete_facts)
    SELECT DISTINCT ON (x."productId", x."decisionNo", x."decisionYear", x.stars)
      x."productId", x.stars, x."decisionNo", x."decisionDate", x."decisionYear", x.issuer, x."procedureVersionId",
      x."decisionDate", x."validUntil", 'valid', true,
      ARRAY(SELECT jsonb_array_elements_text(coalesce(x."incompleteFacts", '[]'::jsonb)))
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("productId" uuid, stars smallint, "decisionNo" text, "decisionDate" date,
      "decisionYear" smallint, issuer text, "procedureVersionId" text, "validUntil" date, "incompleteFacts" jsonb)
    WHERE NOT EXISTS (
      SELECT 1 FROM certificates c WHERE c.product_id = x."productId"
        AND (c.decision_no = x."decisionNo"
          OR (x."decisionNo" IS NULL AND c.decision_no IS NULL AND c.decision_year IS NOT DISTINCT FROM x."decisionYear"
              AND c.stars IS NOT DISTINCT FROM x.stars)))
    ORDER BY x."productId", x."decisionNo", x."decisionYear", x.stars
    RETURNING id`,
  );
  return inserted.map((r) => r.id);
}

/** The recorded facts of certificates by id (exports give each product's newest recognition). */
export function factsOf(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select({
      id: certificates.id,
      certificateNo: certificates.certificateNo,
      decisionNo: certificates.decisionNo,
      decisionDate: certificates.decisionDate,
      decisionYear: certificates.decisionYear,
      issuer: certificates.issuer,
      validUntil: certificates.validUntil,
      revocationDecisionNo: certificates.revocationDecisionNo,
      revocationDecisionDate: certificates.revocationDecisionDate,
      revocationGround: certificates.revocationGround,
      incompleteFacts: certificates.incompleteFacts,
    })
    .from(certificates)
    .where(inArray(certificates.id, ids));
}

export interface RevocationRow {
  productId: string;
  /** the revoked recognition as far as the list gives it */
  stars: number | null;
  decisionNo: string | null;
  decisionDate: string | null;
  decisionYear: number | null;
  /** the revoked recognition's last valid day, when its decision date is known (36 months, domain/certificates) */
  validUntil: string | null;
  revocationNo: string;
  revocationDate: string | null;
  ground: string | null;
  incompleteFacts: string[];
}

/**
 * Revocations from a published list, set-based: each product's newest certificate still
 * valid is revoked, the revoking decision kept beside it; a product with none gets a revoked
 * certificate of what the list knows of its recognition. Importing the list again changes
 * nothing (a product already revoked by that decision is left). Answers the ids revoked and
 * the ids recorded.
 */
export async function applyRevocations(
  tx: Tx,
  rows: RevocationRow[],
): Promise<{ revoked: string[]; recorded: string[] }> {
  if (!rows.length) return { revoked: [], recorded: [] };
  const input = sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("productId" uuid, stars smallint, "decisionNo" text,
      "decisionDate" date, "decisionYear" smallint, "validUntil" date, "revocationNo" text, "revocationDate" date, ground text, "incompleteFacts" jsonb)`;
  const revoked = await queryRows<{ id: string }>(
    tx,
    sql`
    WITH target AS (
      SELECT DISTINCT ON (x."productId") c.id, x."revocationNo", x."revocationDate", x.ground
      FROM ${input}
      JOIN certificates c ON c.product_id = x."productId" AND c.status = 'valid'
      ORDER BY x."productId", c.decision_year DESC NULLS LAST, c.decision_date DESC NULLS LAST, c.created_at DESC, c.id DESC)
    UPDATE certificates c SET status = 'revoked', revocation_decision_no = t."revocationNo",
      revocation_decision_date = t."revocationDate", revocation_ground = t.ground
    FROM target t WHERE c.id = t.id
    RETURNING c.id`,
  );
  const recorded = await queryRows<{ id: string }>(
    tx,
    sql`
    INSERT INTO certificates (product_id, stars, decision_no, decision_date, decision_year, valid_from, valid_until, status,
      revocation_decision_no, revocation_decision_date, revocation_ground, historical, incomplete_facts)
    SELECT DISTINCT ON (x."productId", x."revocationNo")
      x."productId", x.stars, x."decisionNo", x."decisionDate", x."decisionYear", x."decisionDate", x."validUntil",
      'revoked', x."revocationNo", x."revocationDate", x.ground, true,
      ARRAY(SELECT jsonb_array_elements_text(coalesce(x."incompleteFacts", '[]'::jsonb)))
    FROM ${input}
    WHERE NOT EXISTS (SELECT 1 FROM certificates c WHERE c.product_id = x."productId" AND c.status = 'revoked'
      AND c.revocation_decision_no IS NOT DISTINCT FROM x."revocationNo")
    ORDER BY x."productId", x."revocationNo"
    RETURNING id`,
  );
  return { revoked: revoked.map((r) => r.id), recorded: recorded.map((r) => r.id) };
}

/** The next number of an issuing body's yearly sequence, taken in the caller's transaction (rolled back with it). */
export async function nextNumber(tx: Tx, issuerKey: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(certificateCounters)
    .values({ issuerKey, year, last: 1 })
    .onConflictDoUpdate({
      target: [certificateCounters.issuerKey, certificateCounters.year],
      set: { last: sql`${certificateCounters.last} + 1` },
    })
    .returning({ last: certificateCounters.last });
  return row.last;
}

export async function findOfDecision(db: Executor, decisionId: string, productId: string) {
  const [row] = await db
    .select({ id: certificates.id, certificateNo: certificates.certificateNo })
    .from(certificates)
    .where(and(eq(certificates.decisionId, decisionId), eq(certificates.productId, productId)));
  return row ?? null;
}

export async function insertIssued(tx: Tx, values: typeof certificates.$inferInsert): Promise<string> {
  const [row] = await tx.insert(certificates).values(values).returning({ id: certificates.id });
  return row.id;
}

/** The product's other certificates still valid become superseded by the new one; their ids. */
export async function supersedeOthers(tx: Tx, productId: string, keep: string): Promise<string[]> {
  const rows = await tx
    .update(certificates)
    .set({ status: 'superseded' })
    .where(
      and(eq(certificates.productId, productId), eq(certificates.status, 'valid'), ne(certificates.id, keep)),
    )
    .returning({ id: certificates.id });
  return rows.map((r) => r.id);
}

/** A certificate with its product and producer, for printing. */
export async function findForPrint(db: Executor, id: string) {
  const [row] = await db
    .select({
      certificate: certificates,
      productName: products.name,
      productCode: products.code,
      publicId: products.publicId,
      producerName: producers.name,
      producerAddress: producers.addressLine,
      communeName: adminUnits.name,
    })
    .from(certificates)
    .innerJoin(products, eq(products.id, certificates.productId))
    .innerJoin(producers, eq(producers.id, products.producerId))
    .leftJoin(adminUnits, eq(adminUnits.id, producers.scopeCommuneId))
    .where(eq(certificates.id, id));
  return row ?? null;
}

/** Certificates issued from some decisions, by decision. */
export function ofDecisions(db: Executor, decisionIds: string[]) {
  if (!decisionIds.length) return Promise.resolve([]);
  return db
    .select({
      id: certificates.id,
      decisionId: certificates.decisionId,
      productId: certificates.productId,
      certificateNo: certificates.certificateNo,
      stars: certificates.stars,
      validUntil: certificates.validUntil,
      status: certificates.status,
    })
    .from(certificates)
    .where(inArray(certificates.decisionId, decisionIds));
}
