// Writes the audit trail. Every change of an aggregate calls appendAudit inside the
// transaction that makes the change, so the row exists exactly when the change does.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { auditHead, auditLog, auditPersonal } from '../../db/schema/index.ts';
import { hashAuditRow } from './audit-hash.ts';
import { splitPersonal } from './personal-fields.ts';
import type { AuditActor } from '../../core/actor.ts';

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  summary?: string;
  before?: unknown;
  after?: unknown;
}

export async function appendAudit(
  tx: Tx,
  secret: Buffer,
  actor: AuditActor,
  entry: AuditEntry,
): Promise<number> {
  // The head row lock serialises appends: concurrent writers queue here, never fork the chain.
  const [head] = await tx
    .select({ lastId: auditHead.lastId, lastHash: auditHead.lastHash })
    .from(auditHead)
    .where(eq(auditHead.id, 1))
    .for('update');
  if (!head) throw new Error('audit_head row missing: migrations not applied');
  const id = head.lastId + 1;
  const split = splitPersonal(secret, toJson(entry.before), toJson(entry.after));
  const row = {
    id,
    at: new Date(),
    actorUserId: actor.userId,
    actorLabel: actor.label,
    ip: actor.ip,
    requestId: actor.requestId,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    summary: entry.summary ?? '',
    before: split.before,
    after: split.after,
    personalDigests: split.digests,
    prevHash: head.lastHash,
  };
  const hash = hashAuditRow(secret, row);
  await tx.insert(auditLog).values({ ...row, hash });
  if (split.personal) await tx.insert(auditPersonal).values({ auditId: id, data: split.personal });
  await tx.update(auditHead).set({ lastId: id, lastHash: hash }).where(eq(auditHead.id, 1));
  return id;
}

/** Empties the personal values of one row on a lawful request; the chain still verifies. */
export async function redactPersonal(tx: Tx, auditId: number, reason: string): Promise<boolean> {
  const result = await tx
    .update(auditPersonal)
    .set({ data: null, redactedAt: sql`now()`, redactionReason: reason })
    .where(eq(auditPersonal.auditId, auditId))
    .returning({ id: auditPersonal.auditId });
  return result.length > 0;
}

/** Snapshots go through JSON once so that what is hashed is exactly what jsonb gives back. */
function toJson(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** The history of one object, newest first (personal values stay in their store). */
export async function auditOfObject(db: Executor, objectType: string, objectId: string, limit = 100) {
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
