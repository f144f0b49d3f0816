// Writes the audit trail. Every change of an aggregate calls appendAudit inside the
// transaction that makes the change, so the row exists exactly when the change does.
import type { Executor, Tx } from '../../db/client.ts';
import {
  labelOfAction,
  type AuditEntryView,
  type AuditEvent,
  type StoredSnapshot,
} from '../../../shared/audit-events.ts';
import { describeChanges, refsOf, type NameOf } from '../../../shared/audit-changes.ts';
import { NAMED_TYPES, type NamedType } from '../../../shared/audit-fields.ts';
import type { AppDeps } from '../../core/deps.ts';
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
  const [id] = await appendAuditMany(tx, secret, actor, [entry]);
  return id;
}

/**
 * Appends many events of one actor in order, in the caller's transaction: the same
 * rows appendAudit would write one by one (each chained to the one before), written
 * in a few statements. For the jobs that record thousands of changes at once.
 */
export async function appendAuditMany(
  tx: Tx,
  secret: Buffer,
  actor: AuditActor,
  entries: AuditEntry[],
): Promise<number[]> {
  if (entries.length === 0) return [];
  const head = await repo.lockHead(tx);
  if (!head) throw new Error('audit_head row missing: migrations not applied');
  let { lastId, lastHash } = head;
  const at = new Date();
  const rows: Parameters<typeof repo.insertRows>[1] = [];
  for (const entry of entries) {
    const id = lastId + 1;
    const split = splitPersonal(secret, toJson(entry.before), toJson(entry.after));
    const row = {
      id,
      at,
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
      prevHash: lastHash,
    };
    const hash = hashAuditRow(secret, row);
    rows.push({ row: { ...row, hash }, personal: split.personal ?? null });
    lastId = id;
    lastHash = hash;
  }
  await repo.insertRows(tx, rows);
  return rows.map((r) => r.row.id);
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

const NAMED: ReadonlySet<string> = new Set(NAMED_TYPES);
const isNamed = (type: string): type is NamedType => NAMED.has(type);

/**
 * The names of everything some rows are about or point at, asking each owning
 * module once for all the ids of its type (never once per row).
 */
async function namesFor(
  deps: AppDeps,
  rows: { objectType?: string; objectId?: string | null; action: string; before: unknown; after: unknown }[],
) {
  const wanted = new Map<NamedType, Set<string>>();
  const want = (type: NamedType, id: string) => wanted.set(type, (wanted.get(type) ?? new Set()).add(id));
  for (const r of rows) {
    if (r.objectType && r.objectId && isNamed(r.objectType)) want(r.objectType, r.objectId);
    for (const ref of refsOf(r.action, r.before as Snapshot, r.after as Snapshot)) want(ref.type, ref.id);
  }
  const found = new Map<NamedType, Map<string, string>>();
  for (const [type, ids] of wanted) {
    const source = deps.auditNames.find((s) => s.type === type);
    if (source) found.set(type, await source.namesOf(deps.database.db, [...ids]));
  }
  const nameOf: NameOf = (type, id) => found.get(type)?.get(id);
  return { nameOf, knows: (type: string) => isNamed(type) && found.has(type) };
}

function present(
  r: Pick<repo.AuditRow, 'id' | 'at' | 'actorLabel' | 'action' | 'summary' | 'before' | 'after'>,
  nameOf: NameOf,
): AuditEntryView {
  const before = (r.before ?? null) as Snapshot;
  const after = (r.after ?? null) as Snapshot;
  return {
    id: r.id,
    at: r.at.toISOString(),
    actorLabel: r.actorLabel,
    action: r.action,
    label: labelOfAction(r.action),
    summary: r.summary,
    before,
    after,
    changes: describeChanges(r.action, before, after, nameOf),
  };
}

/** The history of one object, newest first, in words (personal values stay in their store). */
export async function auditOfObject(
  deps: AppDeps,
  objectType: string,
  objectId: string,
  limit = 100,
): Promise<AuditEntryView[]> {
  const rows = await repo.rowsOfObject(deps.database.db, objectType, objectId, limit);
  const { nameOf } = await namesFor(deps, rows);
  return rows.map((r) => present(r, nameOf));
}

/** The audit list for administrators: newest first, keyset by id, objects by their names. */
export async function listAudit(deps: AppDeps, before: number | undefined, limit: number) {
  const rows = await repo.listRows(deps.database.db, before, limit);
  const { nameOf, knows } = await namesFor(deps, rows);
  const items = rows.map((r) => {
    const name = r.objectId && isNamed(r.objectType) ? nameOf(r.objectType, r.objectId) : undefined;
    return {
      ...present(r, nameOf),
      ip: r.ip,
      objectType: r.objectType,
      objectId: r.objectId,
      objectName: name ?? null,
      // only a type whose owner was asked can be said to be gone
      objectExists: !(r.objectId && knows(r.objectType) && name === undefined),
    };
  });
  return { items, nextBefore: rows.length === limit ? rows[rows.length - 1].id : null };
}

/** The chain's last row id and hash (genesis when empty). */
export async function readChainHead(db: Executor) {
  const head = await repo.readHead(db);
  return { lastId: head?.lastId ?? 0, lastHash: head?.lastHash ?? 'genesis' };
}
