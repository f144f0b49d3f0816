// SQL of councils (owned by the councils module): councils and their members, the
// sessions with their attendance, the dossiers put to each session with their
// results, declared conflicts and the members' sheets (revision-checked writes; the
// newest version of each member's pass). Dossier, product and producer names are a
// documented read of the dossiers' and registry's tables.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import {
  adminUnits,
  councilMembers,
  councilSessions,
  councils,
  councilSheets,
  dossiers,
  memberConflicts,
  producers,
  products,
  sessionItems,
  users,
} from '../../db/schema/index.ts';

export type CouncilRow = typeof councils.$inferSelect;
export type MemberRow = typeof councilMembers.$inferSelect;
export type SessionRow = typeof councilSessions.$inferSelect;
export type ItemRow = typeof sessionItems.$inferSelect;
export type SheetRow = typeof councilSheets.$inferSelect;

export async function insertCouncil(tx: Tx, values: typeof councils.$inferInsert): Promise<string> {
  const [row] = await tx.insert(councils).values(values).returning({ id: councils.id });
  return row.id;
}

export async function updateCouncil(
  tx: Tx,
  id: string,
  values: Partial<typeof councils.$inferInsert>,
  version: number,
): Promise<boolean> {
  const rows = await tx
    .update(councils)
    .set({ ...values, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(councils.id, id), eq(councils.version, version)))
    .returning({ id: councils.id });
  return rows.length === 1;
}

export async function findCouncil(db: Executor, id: string) {
  const [row] = await db
    .select({ council: councils, provinceName: adminUnits.name })
    .from(councils)
    .leftJoin(adminUnits, eq(adminUnits.id, councils.provinceId))
    .where(eq(councils.id, id));
  return row ?? null;
}

/** Councils of some provinces and the centre (all when null), by name. */
export function listCouncils(db: Executor, provinceIds: string[] | null, central: boolean) {
  const place = provinceIds
    ? central
      ? sql`(${councils.provinceId} IS NULL OR ${inArray(councils.provinceId, provinceIds)})`
      : inArray(councils.provinceId, provinceIds)
    : undefined;
  return db
    .select({ council: councils, provinceName: adminUnits.name })
    .from(councils)
    .leftJoin(adminUnits, eq(adminUnits.id, councils.provinceId))
    .where(provinceIds && !provinceIds.length && !central ? sql`false` : place)
    .orderBy(asc(councils.level), asc(councils.name))
    .limit(200);
}

/** The councils a user sits on now (member rows not removed). */
export function councilsOfUser(db: Executor, userId: string) {
  return db
    .select({
      councilId: councilMembers.councilId,
      memberId: councilMembers.id,
      position: councilMembers.position,
    })
    .from(councilMembers)
    .where(and(eq(councilMembers.userId, userId), isNull(councilMembers.removedAt)));
}

export async function insertMember(
  tx: Tx,
  values: typeof councilMembers.$inferInsert,
): Promise<string | null> {
  const rows = await tx
    .insert(councilMembers)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: councilMembers.id });
  return rows[0]?.id ?? null;
}

export async function removeMember(tx: Tx, councilId: string, memberId: string) {
  const rows = await tx
    .update(councilMembers)
    .set({ removedAt: sql`now()` })
    .where(
      and(
        eq(councilMembers.id, memberId),
        eq(councilMembers.councilId, councilId),
        isNull(councilMembers.removedAt),
      ),
    )
    .returning({ grantId: councilMembers.grantId, userId: councilMembers.userId });
  return rows[0] ?? null;
}

/** Members of a council with their names; the removed ones too when asked (old sessions name them). */
export function listMembers(db: Executor, councilId: string, withRemoved = false) {
  return db
    .select({
      id: councilMembers.id,
      userId: councilMembers.userId,
      fullName: users.fullName,
      email: users.email,
      position: councilMembers.position,
      agency: councilMembers.agency,
      removedAt: councilMembers.removedAt,
    })
    .from(councilMembers)
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .where(
      withRemoved
        ? eq(councilMembers.councilId, councilId)
        : and(eq(councilMembers.councilId, councilId), isNull(councilMembers.removedAt)),
    )
    .orderBy(
      sql`array_position(array['chair','viceChair','member','secretary'], ${councilMembers.position})`,
      asc(users.fullName),
    );
}

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

/** Sessions of some councils, newest meeting first. */
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

/** The dossiers of a session in their order, named by product and producer. */
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

/** The latest closed result of a dossier at a council (the newest closed item). */
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

/** The newest version of each member's sheet of each pass, for some dossiers of a session. */
export function sheetsOf(db: Executor, itemIds: string[]) {
  if (!itemIds.length) return Promise.resolve([] as SheetRow[]);
  return db
    .selectDistinctOn([councilSheets.itemId, councilSheets.memberId, councilSheets.pass])
    .from(councilSheets)
    .where(inArray(councilSheets.itemId, itemIds))
    .orderBy(councilSheets.itemId, councilSheets.memberId, councilSheets.pass, desc(councilSheets.version));
}

/** Every version of the sheets of a dossier (corrections beside the locked originals), for the minutes. */
export function sheetHistory(db: Executor, itemId: string) {
  return db
    .select()
    .from(councilSheets)
    .where(eq(councilSheets.itemId, itemId))
    .orderBy(asc(councilSheets.memberId), asc(councilSheets.pass), asc(councilSheets.version));
}

export async function findSheet(db: Executor, itemId: string, memberId: string, pass: number) {
  const [row] = await db
    .select()
    .from(councilSheets)
    .where(
      and(
        eq(councilSheets.itemId, itemId),
        eq(councilSheets.memberId, memberId),
        eq(councilSheets.pass, pass),
      ),
    )
    .orderBy(desc(councilSheets.version))
    .limit(1);
  return row ?? null;
}

export async function lockSheet(tx: Tx, id: string) {
  const [row] = await tx.select().from(councilSheets).where(eq(councilSheets.id, id)).for('update');
  return row ?? null;
}

export async function insertSheet(
  tx: Tx,
  values: typeof councilSheets.$inferInsert,
): Promise<SheetRow | null> {
  const rows = await tx.insert(councilSheets).values(values).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

/** Writes a change made on `revision`; false when another write came first. */
export async function writeSheet(
  tx: Tx,
  id: string,
  revision: number,
  values: Partial<typeof councilSheets.$inferInsert>,
): Promise<SheetRow | null> {
  const rows = await tx
    .update(councilSheets)
    .set({ ...values, revision: revision + 1, updatedAt: sql`now()` })
    .where(and(eq(councilSheets.id, id), eq(councilSheets.revision, revision)))
    .returning();
  return rows[0] ?? null;
}

/** Locks every sheet of a dossier that is not locked yet (the dossier closes). */
export async function lockSheetsOf(tx: Tx, itemId: string) {
  await tx
    .update(councilSheets)
    .set({ status: 'locked', lockedAt: sql`now()` })
    .where(and(eq(councilSheets.itemId, itemId), sql`${councilSheets.status} <> 'locked'`));
}

export function councilNames(db: Executor, ids: string[]) {
  return db.select({ id: councils.id, name: councils.name }).from(councils).where(inArray(councils.id, ids));
}

export function sessionNames(db: Executor, ids: string[]) {
  return db
    .select({ id: councilSessions.id, name: councilSessions.title })
    .from(councilSessions)
    .where(inArray(councilSessions.id, ids));
}

export function memberNames(db: Executor, ids: string[]) {
  return db
    .select({ id: councilMembers.id, name: users.fullName })
    .from(councilMembers)
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .where(inArray(councilMembers.id, ids));
}
