// SQL of council sessions (owned by the councils module): sessions with their
// attendance and status, the dossiers put to each (named by product and producer: a
// documented read of the dossiers' and registry's tables) with their results, and the
// conflicts of interest members declare.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import {
  councilSessions,
  councils,
  dossiers,
  memberConflicts,
  producers,
  products,
  sessionItems,
} from '../../db/schema/index.ts';

export type SessionRow = typeof councilSessions.$inferSelect;

export type ItemRow = typeof sessionItems.$inferSelect;

export async function insertSession(tx: Tx, values: typeof councilSessions.$inferInsert): Promise<string> {
  const [row] = await tx.insert(councilSessions).values(values).returning({ id: councilSessions.id });
  return row.id;
}

export async function findSession(db: Executor, id: string) {
  const [row] = await db.select().from(councilSessions).where(eq(councilSessions.id, id));
  return row ?? null;
}

export async function lockSession(tx: Tx, id: string) {
  const [row] = await tx.select().from(councilSessions).where(eq(councilSessions.id, id)).for('update');
  return row ?? null;
}

export async function setSessionStatus(
  tx: Tx,
  id: string,
  from: SessionRow['status'],
  to: SessionRow['status'],
): Promise<boolean> {
  const rows = await tx
    .update(councilSessions)
    .set({
      status: to,
      version: sql`${councilSessions.version} + 1`,
      ...(to === 'scoring' ? { openedAt: sql`now()` } : {}),
      ...(to === 'closed' ? { closedAt: sql`now()` } : {}),
    })
    .where(and(eq(councilSessions.id, id), eq(councilSessions.status, from)))
    .returning({ id: councilSessions.id });
  return rows.length === 1;
}

export async function updateSession(
  tx: Tx,
  id: string,
  values: Partial<typeof councilSessions.$inferInsert>,
) {
  await tx
    .update(councilSessions)
    .set({ ...values, version: sql`${councilSessions.version} + 1` })
    .where(eq(councilSessions.id, id));
}

export function listSessions(db: Executor, councilIds: string[]) {
  if (!councilIds.length) return Promise.resolve([]);
  return db
    .select({
      session: councilSessions,
      councilName: councils.name,
      items: sql<number>`(SELECT count(*)::int FROM session_items i WHERE i.session_id = ${councilSessions.id})`,
      closedItems: sql<number>`(SELECT count(*)::int FROM session_items i WHERE i.session_id = ${councilSessions.id} AND i.status = 'closed')`,
    })
    .from(councilSessions)
    .innerJoin(councils, eq(councils.id, councilSessions.councilId))
    .where(inArray(councilSessions.councilId, councilIds))
    .orderBy(desc(councilSessions.meetingOn), desc(councilSessions.createdAt))
    .limit(200);
}

export async function insertItem(tx: Tx, values: typeof sessionItems.$inferInsert): Promise<string | null> {
  const rows = await tx
    .insert(sessionItems)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: sessionItems.id });
  return rows[0]?.id ?? null;
}

export async function deleteItem(tx: Tx, sessionId: string, itemId: string): Promise<boolean> {
  const rows = await tx
    .delete(sessionItems)
    .where(and(eq(sessionItems.id, itemId), eq(sessionItems.sessionId, sessionId)))
    .returning({ id: sessionItems.id });
  return rows.length === 1;
}

const itemColumns = {
  item: sessionItems,
  dossierStatus: dossiers.status,
  dossierKind: dossiers.kind,
  productId: products.id,
  productName: products.name,
  productCode: products.code,
  publicId: products.publicId,
  producerId: producers.id,
  producerName: producers.name,
  selfAssessmentId: dossiers.selfAssessmentId,
};

export function listItems(db: Executor, sessionId: string) {
  return db
    .select(itemColumns)
    .from(sessionItems)
    .innerJoin(dossiers, eq(dossiers.id, sessionItems.dossierId))
    .innerJoin(products, eq(products.id, dossiers.productId))
    .innerJoin(producers, eq(producers.id, dossiers.producerId))
    .where(eq(sessionItems.sessionId, sessionId))
    .orderBy(asc(sessionItems.position));
}

export async function findItem(db: Executor, itemId: string) {
  const [row] = await db
    .select(itemColumns)
    .from(sessionItems)
    .innerJoin(dossiers, eq(dossiers.id, sessionItems.dossierId))
    .innerJoin(products, eq(products.id, dossiers.productId))
    .innerJoin(producers, eq(producers.id, dossiers.producerId))
    .where(eq(sessionItems.id, itemId));
  return row ?? null;
}

export async function lockItem(tx: Tx, itemId: string) {
  const [row] = await tx.select().from(sessionItems).where(eq(sessionItems.id, itemId)).for('update');
  return row ?? null;
}

export async function setItemStatus(
  tx: Tx,
  id: string,
  from: ItemRow['status'],
  to: ItemRow['status'],
): Promise<boolean> {
  const rows = await tx
    .update(sessionItems)
    .set({ status: to, ...(to === 'closed' ? { closedAt: sql`now()` } : {}) })
    .where(and(eq(sessionItems.id, id), eq(sessionItems.status, from)))
    .returning({ id: sessionItems.id });
  return rows.length === 1;
}

export async function updateItem(tx: Tx, id: string, values: Partial<typeof sessionItems.$inferInsert>) {
  await tx.update(sessionItems).set(values).where(eq(sessionItems.id, id));
}

export async function closedItemOfDossier(db: Executor, dossierId: string) {
  const [row] = await db
    .select()
    .from(sessionItems)
    .where(and(eq(sessionItems.dossierId, dossierId), eq(sessionItems.status, 'closed')))
    .orderBy(desc(sessionItems.closedAt))
    .limit(1);
  return row ?? null;
}

export async function insertConflict(tx: Tx, values: typeof memberConflicts.$inferInsert): Promise<boolean> {
  const rows = await tx
    .insert(memberConflicts)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: memberConflicts.id });
  return rows.length === 1;
}

export function conflictsOf(db: Executor, itemIds: string[]) {
  if (!itemIds.length) return Promise.resolve([]);
  return db
    .select({
      itemId: memberConflicts.itemId,
      memberId: memberConflicts.memberId,
      reason: memberConflicts.reason,
      declaredAt: memberConflicts.declaredAt,
    })
    .from(memberConflicts)
    .where(inArray(memberConflicts.itemId, itemIds));
}

export function sessionNames(db: Executor, ids: string[]) {
  return db
    .select({ id: councilSessions.id, name: councilSessions.title })
    .from(councilSessions)
    .where(inArray(councilSessions.id, ids));
}
