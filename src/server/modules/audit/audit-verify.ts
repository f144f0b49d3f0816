// `ocop audit verify`: walks the whole chain and compares it with the signed
// checkpoints exported outside the database. Detects an edited row (hash),
// a deleted or inserted row (id gap / prevHash), a recomputed chain (checkpoint
// hash differs) and a truncated tail (checkpoint beyond the last row).
import type { Db } from '../../db/client.ts';
import { chainBatch, readHead } from './audit.repository.ts';
import { digestPersonal, hashAuditRow } from './audit-hash.ts';
import { readCheckpoints, type Checkpoint } from './audit-checkpoint.ts';

export interface VerifyProblem {
  id: number | null;
  kind:
    | 'hash_mismatch'
    | 'chain_break'
    | 'id_gap'
    | 'checkpoint_mismatch'
    | 'checkpoint_missing_row'
    | 'checkpoint_bad_signature'
    | 'head_mismatch'
    | 'personal_mismatch';
  message: string;
}

export interface VerifyReport {
  ok: boolean;
  rows: number;
  lastId: number;
  checkpoints: number;
  redacted: number;
  problems: VerifyProblem[];
}

const BATCH = 2000;

export async function verifyAuditChain(db: Db, secret: Buffer, checkpointDir: string): Promise<VerifyReport> {
  const { checkpoints, problems } = await readCheckpoints(secret, checkpointDir);
  const byId = new Map<number, Checkpoint[]>();
  for (const c of checkpoints) byId.set(c.lastId, [...(byId.get(c.lastId) ?? []), c]);
  let prevId = 0;
  let prevHash = 'genesis';
  let rows = 0;
  let redacted = 0;
  for (;;) {
    const { rows: batch, personal } = await chainBatch(db, prevId, BATCH);
    if (batch.length === 0) break;
    const personalById = new Map(personal.map((p) => [p.auditId, p]));
    for (const row of batch) {
      rows++;
      if (row.id !== prevId + 1)
        problems.push({
          id: row.id,
          kind: 'id_gap',
          message: `rows ${prevId + 1}..${row.id - 1} are missing`,
        });
      if (row.prevHash !== prevHash)
        problems.push({
          id: row.id,
          kind: 'chain_break',
          message: 'prevHash does not match the previous row',
        });
      const { hash, ...fields } = row;
      if (hashAuditRow(secret, { ...fields, at: row.at }) !== hash) {
        problems.push({ id: row.id, kind: 'hash_mismatch', message: 'row content does not match its hash' });
      }
      const p = personalById.get(row.id);
      if (p?.data) {
        const digests = (row.personalDigests ?? {}) as Record<string, string>;
        for (const [path, { v, s }] of Object.entries(p.data as Record<string, { v: unknown; s: string }>)) {
          if (digests[path] !== digestPersonal(secret, s, v)) {
            problems.push({
              id: row.id,
              kind: 'personal_mismatch',
              message: `personal field ${path} was altered`,
            });
          }
        }
      } else if (p) redacted++;
      for (const c of byId.get(row.id) ?? []) {
        if (c.lastHash !== hash)
          problems.push({
            id: row.id,
            kind: 'checkpoint_mismatch',
            message: `checkpoint of ${c.at} recorded another hash for row ${row.id}`,
          });
      }
      prevId = row.id;
      prevHash = hash;
    }
  }
  for (const c of checkpoints) {
    if (c.lastId > prevId)
      problems.push({
        id: c.lastId,
        kind: 'checkpoint_missing_row',
        message: `checkpoint of ${c.at} covers row ${c.lastId}, but the chain ends at ${prevId}`,
      });
  }
  const head = await readHead(db);
  if (head && (head.lastId !== prevId || head.lastHash !== prevHash)) {
    problems.push({
      id: head.lastId,
      kind: 'head_mismatch',
      message: 'the head row does not point at the last row',
    });
  }
  return {
    ok: problems.length === 0,
    rows,
    lastId: prevId,
    checkpoints: checkpoints.length,
    redacted,
    problems,
  };
}
