// SQL of the audit trail (owned by the audit module): the chain rows, the head row
// that serialises appends, and the redactable personal values.
import { and, asc, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { auditHead, auditLog, auditPersonal } from '../../db/schema/index.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditInsert = typeof auditLog.$inferInsert;

/** The head row, locked: concurrent writers queue here and never fork the chain. */
export async function lockHead(tx: Tx) {
  const [head] = await tx
    .select({ lastId: auditHead.lastId, lastHash: auditHead.lastHash })
    .from(auditHead)
    .where(eq(auditHead.id, 1))
    .for('update');
  return head ?? null;
}

export async function readHead(db: Executor) {
  const [head] = await db
    .select({ lastId: auditHead.lastId, lastHash: auditHead.lastHash })
    .from(auditHead)
    .where(eq(auditHead.id, 1));
  return head ?? null;
}

/** Inserts consecutive rows of the chain at once and moves the head to the last (batches of the daily jobs). */
export async function insertRows(
  tx: Tx,
  rows: { row: AuditInsert; personal: unknown | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  for (let i = 0; i < rows.length; i += 500) {
    const part = rows.slice(i, i + 500);
    await tx.insert(auditLog).values(part.map((r) => r.row));
    const personal = part.filter((r) => r.personal).map((r) => ({ auditId: r.row.id, data: r.personal }));
    if (personal.length) await tx.insert(auditPersonal).values(personal);
  }
  const last = rows[rows.length - 1].row;
  await tx.update(auditHead).set({ lastId: last.id, lastHash: last.hash }).where(eq(auditHead.id, 1));
}

export async function redactPersonalRow(tx: Tx, auditId: number, reason: string): Promise<boolean> {
  const result = await tx
    .update(auditPersonal)
    .set({ data: null, redactedAt: sql`now()`, redactionReason: reason })
    .where(eq(auditPersonal.auditId, auditId))
    .returning({ id: auditPersonal.auditId });
  return result.length > 0;
}

/** The history of one object, newest first (personal values stay in their store). */
export async function rowsOfObject(db: Executor, objectType: string, objectId: string, limit: number) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorLabel: auditLog.actorLabel,
      action: auditLog.action,
      summary: auditLog.summary,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(and(eq(auditLog.objectType, objectType), eq(auditLog.objectId, objectId)))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

/** Newest rows first, before a given id (keyset). */
export async function listRows(db: Executor, before: number | undefined, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(before ? lt(auditLog.id, before) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

/** Rows after `afterId` in chain order, with their personal values, for verification. */
export async function chainBatch(db: Executor, afterId: number, size: number) {
  const rows = await db
    .select()
    .from(auditLog)
    .where(gt(auditLog.id, afterId))
    .orderBy(asc(auditLog.id))
    .limit(size);
  if (!rows.length) return { rows, personal: [] };
  const personal = await db
    .select()
    .from(auditPersonal)
    .where(sql`${auditPersonal.auditId} BETWEEN ${rows[0].id} AND ${rows[rows.length - 1].id}`);
  return { rows, personal };
}
