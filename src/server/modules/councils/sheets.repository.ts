// SQL of the members' sheets (owned by the councils module): the newest version of
// each member's pass, every version for the minutes, writes checked against the
// revision they were made on, and locking when a dossier closes (a trigger then
// refuses any change).
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { councilSheets } from '../../db/schema/index.ts';

export type SheetRow = typeof councilSheets.$inferSelect;

export function sheetsOf(db: Executor, itemIds: string[]) {
  if (!itemIds.length) return Promise.resolve([] as SheetRow[]);
  return db
    .selectDistinctOn([councilSheets.itemId, councilSheets.memberId, councilSheets.pass])
    .from(councilSheets)
    .where(inArray(councilSheets.itemId, itemIds))
    .orderBy(councilSheets.itemId, councilSheets.memberId, councilSheets.pass, desc(councilSheets.version));
}

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

export async function lockSheetsOf(tx: Tx, itemId: string) {
  await tx
    .update(councilSheets)
    .set({ status: 'locked', lockedAt: sql`now()` })
    .where(and(eq(councilSheets.itemId, itemId), sql`${councilSheets.status} <> 'locked'`));
}
