// SQL of decisions (owned by the decisions module): decisions with the products they
// recognise, the store the workflow kit moves them with, their lists by issuing body,
// and producers' complaints against results. Product and producer names are a
// documented read of the registry's tables.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { decisionItems, decisions, producers, products, resultComplaints } from '../../db/schema/index.ts';

export type DecisionRow = typeof decisions.$inferSelect;
export type ComplaintRow = typeof resultComplaints.$inferSelect;

export async function insertDecision(tx: Tx, values: typeof decisions.$inferInsert): Promise<string> {
  const [row] = await tx.insert(decisions).values(values).returning({ id: decisions.id });
  return row.id;
}

export async function insertItems(tx: Tx, rows: (typeof decisionItems.$inferInsert)[]) {
  if (rows.length) await tx.insert(decisionItems).values(rows);
}

export async function findDecision(db: Executor, id: string): Promise<DecisionRow | null> {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
  return row ?? null;
}

export async function lockDecision(tx: Tx, id: string): Promise<DecisionRow | null> {
  const [row] = await tx.select().from(decisions).where(eq(decisions.id, id)).for('update');
  return row ?? null;
}

export async function setDecisionStatus(
  tx: Tx,
  id: string,
  from: DecisionRow['status'],
  to: DecisionRow['status'],
): Promise<boolean> {
  const rows = await tx
    .update(decisions)
    .set({ status: to, version: sql`${decisions.version} + 1` })
    .where(and(eq(decisions.id, id), eq(decisions.status, from)))
    .returning({ id: decisions.id });
  return rows.length === 1;
}

export async function updateDecision(tx: Tx, id: string, values: Partial<typeof decisions.$inferInsert>) {
  await tx.update(decisions).set(values).where(eq(decisions.id, id));
}

/** Is a number already taken by the issuing body in the year (another decision)? */
export async function numberTaken(
  db: Executor,
  d: { issuerKey: string; suffix: string; year: number; seq: number; except: string },
) {
  const [row] = await db
    .select({ id: decisions.id })
    .from(decisions)
    .where(
      and(
        eq(decisions.issuerKey, d.issuerKey),
        eq(decisions.suffix, d.suffix),
        eq(decisions.year, d.year),
        eq(decisions.seq, d.seq),
        sql`${decisions.id} <> ${d.except}`,
      ),
    );
  return !!row;
}

/** The products of a decision, named. */
export function itemsOf(db: Executor, decisionId: string) {
  return db
    .select({
      dossierId: decisionItems.dossierId,
      productId: decisionItems.productId,
      stars: decisionItems.stars,
      score: decisionItems.score,
      productName: products.name,
      productCode: products.code,
      producerName: producers.name,
      producerAddress: producers.addressLine,
      producerId: products.producerId,
      communeId: products.scopeCommuneId,
    })
    .from(decisionItems)
    .innerJoin(products, eq(products.id, decisionItems.productId))
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(eq(decisionItems.decisionId, decisionId))
    .orderBy(asc(products.name));
}

/** The decisions that already hold some dossiers (a dossier is decided once). */
export function decisionsHolding(db: Executor, dossierIds: string[]) {
  if (!dossierIds.length) return Promise.resolve([]);
  return db
    .select({
      dossierId: decisionItems.dossierId,
      decisionId: decisions.id,
      status: decisions.status,
      number: decisions.number,
      signedOn: decisions.signedOn,
    })
    .from(decisionItems)
    .innerJoin(decisions, eq(decisions.id, decisionItems.decisionId))
    .where(inArray(decisionItems.dossierId, dossierIds));
}

/** Decisions of an issuing body (all when null), newest first, with their product counts. */
export function listDecisions(db: Executor, issuerKeys: string[] | null) {
  return db
    .select({
      decision: decisions,
      items: sql<number>`(SELECT count(*)::int FROM decision_items i WHERE i.decision_id = ${decisions.id})`,
    })
    .from(decisions)
    .where(issuerKeys ? inArray(decisions.issuerKey, issuerKeys) : undefined)
    .orderBy(desc(decisions.createdAt))
    .limit(200);
}

export async function insertComplaint(tx: Tx, values: typeof resultComplaints.$inferInsert): Promise<string> {
  const [row] = await tx.insert(resultComplaints).values(values).returning({ id: resultComplaints.id });
  return row.id;
}

export function complaintsOf(db: Executor, dossierId: string) {
  return db
    .select()
    .from(resultComplaints)
    .where(eq(resultComplaints.dossierId, dossierId))
    .orderBy(asc(resultComplaints.createdAt));
}

export async function lockComplaint(tx: Tx, id: string): Promise<ComplaintRow | null> {
  const [row] = await tx.select().from(resultComplaints).where(eq(resultComplaints.id, id)).for('update');
  return row ?? null;
}

export async function answerComplaint(
  tx: Tx,
  id: string,
  values: { answer: string; answeredOn: string; answeredBy: string | null },
) {
  const rows = await tx
    .update(resultComplaints)
    .set({ ...values, status: 'answered' })
    .where(and(eq(resultComplaints.id, id), eq(resultComplaints.status, 'open')))
    .returning({ id: resultComplaints.id });
  return rows.length === 1;
}

export function decisionNames(db: Executor, ids: string[]) {
  return db
    .select({ id: decisions.id, name: sql<string>`coalesce(${decisions.number}, ${decisions.title})` })
    .from(decisions)
    .where(inArray(decisions.id, ids));
}
