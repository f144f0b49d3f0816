// SQL of certificates (owned by the certificates module). The copy of each product's
// current certificate on the products row (certificate_* columns, read by the lists)
// is kept by the table's triggers (migration 0012), not by statements here.
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor, type Tx } from '../../db/client.ts';
import { certificates } from '../../db/schema/index.ts';

export function listOfProduct(db: Executor, productId: string) {
  return (
    db
      .select({
        id: certificates.id,
        stars: certificates.stars,
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
  stars: number;
  decisionNo: string;
  decisionDate: string;
  issuer: string;
  procedureVersionId: string;
  validUntil: string;
}

/** Inserts the certificates a product does not hold yet (by decision number), in one statement; their ids. */
export async function insertHistorical(tx: Tx, rows: HistoricalCertificate[]): Promise<string[]> {
  if (!rows.length) return [];
  const inserted = await queryRows<{ id: string }>(
    tx,
    sql`
    INSERT INTO certificates (product_id, stars, decision_no, decision_date, issuer, procedure_version_id, valid_from, valid_until, status, historical)
    SELECT DISTINCT ON (x."productId", x."decisionNo")
      x."productId", x.stars, x."decisionNo", x."decisionDate", x.issuer, x."procedureVersionId", x."decisionDate", x."validUntil", 'valid', true
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("productId" uuid, stars smallint, "decisionNo" text, "decisionDate" date,
      issuer text, "procedureVersionId" text, "validUntil" date)
    WHERE NOT EXISTS (SELECT 1 FROM certificates c WHERE c.product_id = x."productId" AND c.decision_no = x."decisionNo")
    ORDER BY x."productId", x."decisionNo"
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
