// SQL of the certificate lifecycle (owned by the certificates module): the
// certificates the daily job looks at, the events recorded once, the renewal filing
// on the certificate in force, and the revocation cases. A certificate that ended by
// time carries the day (ended_on) so the job's daily read skips it.
import { and, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor, type Tx } from '../../db/client.ts';
import { certificateEvents, certificates, products, revocations } from '../../db/schema/index.ts';
import type { CertificateEvent } from '../../../domain/certificates/lifecycle.ts';
import type { CertificateLegalStatus } from '../../../domain/certificates/certificate-state.ts';

export interface LifecycleCandidate {
  id: string;
  productId: string;
  producerId: string;
  productName: string;
  publicId: string;
  stars: number | null;
  certificateNo: string | null;
  status: CertificateLegalStatus;
  validUntil: string;
  renewalFiledOn: string | null;
  recorded: CertificateEvent[];
}

/**
 * Certificates in force whose milestones may be due by `horizon` (today + the window's
 * 180 days) and which have not ended yet, after `afterId`, in id order.
 */
export function candidates(db: Executor, horizon: string, afterId: string | null, limit: number) {
  return queryRows<LifecycleCandidate>(
    db,
    sql`SELECT c.id, c.product_id AS "productId", p.producer_id AS "producerId", p.name AS "productName",
               p.public_id AS "publicId", c.stars, c.certificate_no AS "certificateNo", c.status,
               c.valid_until::text AS "validUntil", c.renewal_filed_on::text AS "renewalFiledOn",
               coalesce((SELECT array_agg(e.kind) FROM certificate_events e WHERE e.certificate_id = c.id), '{}') AS recorded
          FROM certificates c
          JOIN products p ON p.id = c.product_id
         WHERE c.status = 'valid' AND c.ended_on IS NULL AND c.valid_until <= ${horizon}::date
           ${afterId ? sql`AND c.id > ${afterId}::uuid` : sql``}
         ORDER BY c.id
         LIMIT ${limit}`,
  );
}

/** One certificate as the job reads it (for a lapse recorded by a refusal). */
export function lapseCandidate(db: Executor, id: string) {
  return queryRows<LifecycleCandidate>(
    db,
    sql`SELECT c.id, c.product_id AS "productId", p.producer_id AS "producerId", p.name AS "productName",
               p.public_id AS "publicId", c.stars, c.certificate_no AS "certificateNo", c.status,
               c.valid_until::text AS "validUntil", c.renewal_filed_on::text AS "renewalFiledOn", '{}'::text[] AS recorded
          FROM certificates c JOIN products p ON p.id = c.product_id
         WHERE c.id = ${id}::uuid AND c.status = 'valid'`,
  );
}

/** Records events not recorded before; the ones written now. */
export async function insertEvents(
  tx: Tx,
  rows: { certificateId: string; kind: CertificateEvent; onDay: string; announced: boolean }[],
) {
  if (rows.length === 0) return [];
  return tx
    .insert(certificateEvents)
    .values(rows)
    .onConflictDoNothing()
    .returning({ certificateId: certificateEvents.certificateId, kind: certificateEvents.kind });
}

/** Records the day certificates ended (expired, lapsed): the job no longer reads them. */
export async function setEnded(tx: Tx, rows: { id: string; on: string }[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    const part = rows.slice(i, i + 1000);
    await tx.execute(
      sql`UPDATE certificates c SET ended_on = v.day::date
            FROM (VALUES ${sql.join(
              part.map((r) => sql`(${r.id}::uuid, ${r.on})`),
              sql`, `,
            )}) AS v(id, day)
           WHERE c.id = v.id`,
    );
  }
}

/** Keeps the planner's picture of the events table true before the job reads it (it grows by thousands at once). */
export async function analyzeEvents(db: Executor) {
  await db.execute(sql`ANALYZE certificate_events`);
}

/** Gives the legal status lapsed to certificates still valid; the ones changed. */
export async function setLapsed(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .update(certificates)
    .set({ status: 'lapsed' })
    .where(and(inArray(certificates.id, ids), eq(certificates.status, 'valid')))
    .returning({ id: certificates.id });
}

/** The certificate of a product a renewal renews: its newest valid one. */
export async function renewable(db: Executor, productId: string) {
  const [row] = await db
    .select({
      id: certificates.id,
      status: certificates.status,
      stars: certificates.stars,
      certificateNo: certificates.certificateNo,
      validUntil: certificates.validUntil,
      renewalFiledOn: certificates.renewalFiledOn,
    })
    .from(certificates)
    .where(and(eq(certificates.productId, productId), eq(certificates.status, 'valid')))
    .orderBy(sql`${certificates.validUntil} DESC NULLS LAST`, desc(certificates.createdAt))
    .limit(1);
  return row ?? null;
}

export async function setRenewalFiled(tx: Tx, id: string, on: string | null) {
  await tx.update(certificates).set({ renewalFiledOn: on }).where(eq(certificates.id, id));
}

/** The certificate whose renewal a dossier filed (the valid one with a filing), if any. */
export async function filedBy(db: Executor, productId: string) {
  const [row] = await db
    .select({
      id: certificates.id,
      validUntil: certificates.validUntil,
      renewalFiledOn: certificates.renewalFiledOn,
    })
    .from(certificates)
    .where(
      and(
        eq(certificates.productId, productId),
        eq(certificates.status, 'valid'),
        sql`${certificates.renewalFiledOn} IS NOT NULL`,
      ),
    )
    .limit(1);
  return row ?? null;
}

export function eventsOf(db: Executor, certificateIds: string[]) {
  if (certificateIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      certificateId: certificateEvents.certificateId,
      kind: certificateEvents.kind,
      onDay: certificateEvents.onDay,
      announced: certificateEvents.announced,
    })
    .from(certificateEvents)
    .where(inArray(certificateEvents.certificateId, certificateIds))
    .orderBy(certificateEvents.onDay);
}

/** The day each certificate ended (expired or lapsed), by id. */
export async function endedOn(db: Executor, certificateIds: string[]) {
  if (certificateIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: certificateEvents.certificateId, on: certificateEvents.onDay })
    .from(certificateEvents)
    .where(
      and(
        inArray(certificateEvents.certificateId, certificateIds),
        inArray(certificateEvents.kind, ['expired', 'lapsed']),
      ),
    );
  return new Map(rows.map((r) => [r.id, r.on]));
}

// —— revocations ——

export type RevocationInsert = typeof revocations.$inferInsert;

export async function insertRevocation(tx: Tx, row: RevocationInsert): Promise<string> {
  const [r] = await tx.insert(revocations).values(row).returning({ id: revocations.id });
  return r.id;
}

export async function liveRevocationOf(db: Executor, certificateId: string) {
  const [row] = await db
    .select({ id: revocations.id, status: revocations.status })
    .from(revocations)
    .where(
      and(eq(revocations.certificateId, certificateId), inArray(revocations.status, ['open', 'decided'])),
    )
    .limit(1);
  return row ?? null;
}

export async function findRevocation(db: Executor, id: string) {
  const [row] = await db.select().from(revocations).where(eq(revocations.id, id));
  return row ?? null;
}

export async function lockRevocation(tx: Tx, id: string) {
  const [row] = await tx.select().from(revocations).where(eq(revocations.id, id)).for('update');
  return row ?? null;
}

export async function updateRevocation(tx: Tx, id: string, values: Partial<RevocationInsert>) {
  await tx.update(revocations).set(values).where(eq(revocations.id, id));
}

export function revocationsOfCertificates(db: Executor, certificateIds: string[]) {
  if (certificateIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(revocations)
    .where(inArray(revocations.certificateId, certificateIds))
    .orderBy(desc(revocations.createdAt));
}

/** The certificate with its product, for a revocation (read-model: products). */
export async function certificateWithProduct(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: certificates.id,
      productId: certificates.productId,
      status: certificates.status,
      stars: certificates.stars,
      certificateNo: certificates.certificateNo,
      validUntil: certificates.validUntil,
      decisionYear: certificates.decisionYear,
      renewalFiledOn: certificates.renewalFiledOn,
      productName: products.name,
      publicId: products.publicId,
      producerId: products.producerId,
      provinceId: products.scopeProvinceId,
    })
    .from(certificates)
    .innerJoin(products, eq(products.id, certificates.productId))
    .where(eq(certificates.id, id));
  return row ?? null;
}

export async function revoke(
  tx: Tx,
  id: string,
  v: { decisionNo: string; decisionDate: string; ground: string },
): Promise<boolean> {
  const rows = await tx
    .update(certificates)
    .set({
      status: 'revoked',
      revocationDecisionNo: v.decisionNo,
      revocationDecisionDate: v.decisionDate,
      revocationGround: v.ground,
    })
    .where(and(eq(certificates.id, id), eq(certificates.status, 'valid')))
    .returning({ id: certificates.id });
  return rows.length > 0;
}

/** Open revocation cases in a province (or all), soonest due first. */
export function openRevocations(
  db: Executor,
  provinceId: string | null,
  limit: number,
  after: string | null,
) {
  return db
    .select({
      id: revocations.id,
      certificateId: revocations.certificateId,
      ground: revocations.ground,
      conclusionRef: revocations.conclusionRef,
      conclusionDate: revocations.conclusionDate,
      dueOn: revocations.dueOn,
      level: revocations.level,
      productId: certificates.productId,
      productName: products.name,
      stars: certificates.stars,
    })
    .from(revocations)
    .innerJoin(certificates, eq(certificates.id, revocations.certificateId))
    .innerJoin(products, eq(products.id, certificates.productId))
    .where(
      and(
        eq(revocations.status, 'open'),
        provinceId ? eq(revocations.provinceId, provinceId) : undefined,
        after ? gt(revocations.id, after) : undefined,
      ),
    )
    .orderBy(revocations.dueOn, revocations.id)
    .limit(limit);
}

/** Open revocation cases in a scope, and how many are past their day. */
export async function countOpenRevocations(
  db: Executor,
  scope: { provinceId: string | null; communeId: string | null },
  today: string,
) {
  const [row] = await queryRows<{ open: number; overdue: number }>(
    db,
    sql`SELECT count(*)::int AS open, count(*) FILTER (WHERE r.due_on < ${today}::date)::int AS overdue
          FROM revocations r
          JOIN certificates c ON c.id = r.certificate_id
          JOIN products p ON p.id = c.product_id
         WHERE r.status = 'open'
           ${scope.provinceId ? sql`AND p.scope_province_id = ${scope.provinceId}` : sql``}
           ${scope.communeId ? sql`AND p.scope_commune_id = ${scope.communeId}` : sql``}`,
  );
  return row ?? { open: 0, overdue: 0 };
}
