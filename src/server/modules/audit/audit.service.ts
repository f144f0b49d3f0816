// Writes the audit trail. Every change of an aggregate calls appendAudit inside the
// transaction that makes the change, so the row exists exactly when the change does.
import type { Executor, Tx } from '../../db/client.ts';
import {
  labelOfAction,
  type AuditEntryView,
  type AuditEvent,
  type StoredSnapshot,
} from '../../../shared/audit-events.ts';
import * as repo from './audit.repository.ts';
import { hashAuditRow } from './audit-hash.ts';
import { splitPersonal } from './personal-fields.ts';
import type { AuditActor } from '../../core/actor.ts';

/** One event of the typed union in src/shared/audit-events.ts. */
export type AuditEntry = AuditEvent;

export async function appendAudit(
  tx: Tx,
  secret: Buffer,
  actor: AuditActor,
  entry: AuditEntry,
): Promise<number> {
  const head = await repo.lockHead(tx);
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
  await repo.insertRow(tx, { ...row, hash: hashAuditRow(secret, row) }, split.personal ?? null);
  return id;
}

/** Empties the personal values of one row on a lawful request; the chain still verifies. */
export function redactPersonal(tx: Tx, auditId: number, reason: string): Promise<boolean> {
  return repo.redactPersonalRow(tx, auditId, reason);
}

/** Snapshots go through JSON once so that what is hashed is exactly what jsonb gives back. */
function toJson(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

type Snapshot = StoredSnapshot;

/** The history of one object, newest first, as history views show it (personal values stay in their store). */
export async function auditOfObject(
  db: Executor,
  objectType: string,
  objectId: string,
  limit = 100,
): Promise<AuditEntryView[]> {
  const rows = await repo.rowsOfObject(db, objectType, objectId, limit);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorLabel: r.actorLabel,
    action: r.action,
    label: labelOfAction(r.action),
    summary: r.summary,
    before: (r.before ?? null) as Snapshot,
    after: (r.after ?? null) as Snapshot,
  }));
}

/** The audit list for administrators: newest first, keyset by id. */
export async function listAudit(db: Executor, before: number | undefined, limit: number) {
  const rows = await repo.listRows(db, before, limit);
  const items = rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorLabel: r.actorLabel,
    ip: r.ip,
    action: r.action,
    label: labelOfAction(r.action),
    objectType: r.objectType,
    objectId: r.objectId,
    summary: r.summary,
    before: (r.before ?? null) as Snapshot,
    after: (r.after ?? null) as Snapshot,
  }));
  return { items, nextBefore: rows.length === limit ? rows[rows.length - 1].id : null };
}

/** The chain's last row id and hash (genesis when empty). */
export async function readChainHead(db: Executor) {
  const head = await repo.readHead(db);
  return { lastId: head?.lastId ?? 0, lastHash: head?.lastHash ?? 'genesis' };
}
