// SQL of the status history (owned by the workflow module): one append-only row per
// status change of any aggregate, written with the change.
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { statusHistory } from '../../db/schema/index.ts';

export type StatusHistoryInsert = typeof statusHistory.$inferInsert;

export async function insertStatusHistory(db: Executor, row: StatusHistoryInsert): Promise<void> {
  await db.insert(statusHistory).values(row);
}

export async function listStatusHistory(db: Executor, aggregate: string, aggregateId: string, limit = 200) {
  return db
    .select({
      id: statusHistory.id,
      fromStatus: statusHistory.fromStatus,
      toStatus: statusHistory.toStatus,
      event: statusHistory.event,
      actorLabel: statusHistory.actorLabel,
      reason: statusHistory.reason,
      at: statusHistory.at,
    })
    .from(statusHistory)
    .where(and(eq(statusHistory.aggregate, aggregate), eq(statusHistory.aggregateId, aggregateId)))
    .orderBy(desc(statusHistory.id))
    .limit(limit);
}
