// The one jobs outbox. Writers call enqueueJob(tx, …) inside the transaction that
// causes the job; the dispatcher hands due rows to the queue and marks them. A crash
// between commit and dispatch only delays a job (delivery is at least once, so
// handlers are idempotent).
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { outbox } from '../db/schema/index.ts';
import type { Logger } from '../logger.ts';
import type { JobQueue } from './queue.ts';

export async function enqueueJob(
  tx: Executor,
  topic: string,
  payload: Record<string, unknown>,
  availableAt?: Date,
): Promise<string> {
  const [row] = await tx
    .insert(outbox)
    .values({ topic, payload, ...(availableAt ? { availableAt } : {}) })
    .returning({ id: outbox.id });
  return row.id;
}

/** Moves up to `limit` due rows into the queue; returns how many were dispatched. */
export async function dispatchOutbox(db: Executor, queue: JobQueue, limit = 100): Promise<number> {
  const due = await db
    .select({ id: outbox.id, topic: outbox.topic, payload: outbox.payload })
    .from(outbox)
    .where(and(isNull(outbox.dispatchedAt), lte(outbox.availableAt, sql`now()`)))
    .orderBy(asc(outbox.createdAt))
    .limit(limit);
  let sent = 0;
  for (const job of due) {
    try {
      await queue.send(job.topic, { ...(job.payload as Record<string, unknown>), outboxId: job.id });
      await db
        .update(outbox)
        .set({ dispatchedAt: sql`now()`, attempts: sql`${outbox.attempts} + 1` })
        .where(eq(outbox.id, job.id));
      sent++;
    } catch (err) {
      await db
        .update(outbox)
        .set({ attempts: sql`${outbox.attempts} + 1`, lastError: (err as Error).message.slice(0, 500) })
        .where(eq(outbox.id, job.id));
    }
  }
  return sent;
}

export function startOutboxDispatcher(
  db: Executor,
  queue: JobQueue,
  log: Logger,
  everyMs = 2000,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const n = await dispatchOutbox(db, queue);
      if (n) log.debug('outbox dispatched', { jobs: n });
    } catch (err) {
      log.error('outbox dispatch failed', { error: (err as Error).message });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
