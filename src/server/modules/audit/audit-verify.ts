// `ocop audit verify`: walks the whole chain and compares it with the signed
// checkpoints exported outside the database, and with a head kept elsewhere
// (`--against`). Detects an edited row (hash), a deleted or inserted row (id gap /
// prevHash), a recomputed chain (a checkpoint or kept head records another hash)
// and a truncated tail (a checkpoint or kept head beyond the last row). Without the
// row key (a verifier away from the database host) the links, checkpoints and kept
// head are still checked; only the rows' own hashes are not recomputed.
import type { AUDIT_PROBLEM_KINDS } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import { chainBatch, readHead } from './audit.repository.ts';
import type { AuditSigning } from '../../core/deps.ts';
import { digestPersonal, hashAuditRow, verifyHead } from './audit-hash.ts';
import { readCheckpoints, type Checkpoint } from './audit-checkpoint.ts';

export interface VerifyProblem {
  id: number | null;
  kind: (typeof AUDIT_PROBLEM_KINDS)[number];
  message: string;
}

export interface VerifyReport {
  ok: boolean;
  rows: number;
  lastId: number;
  checkpoints: number;
  redacted: number;
  /** false when verified without the row key: links and signatures only */
  hashesChecked: boolean;
  problems: VerifyProblem[];
}

/** A head kept outside: a saved GET /api/audit/head, a checkpoint file, or just an id and a hash noted down. */
export interface KeptHead {
  lastId: number;
  lastHash: string;
  at?: string;
  alg?: string;
  keyId?: string;
  signature?: string;
}

export interface VerifyKeys {
  /** the row HMAC key; null for a verifier that does not hold it */
  secret: Buffer | null;
  signing: Pick<AuditSigning, 'publicKey' | 'keyId'>;
}

const BATCH = 2000;

export async function verifyAuditChain(
  db: Db,
  keys: VerifyKeys,
  checkpointDir: string,
  kept?: KeptHead,
): Promise<VerifyReport> {
  const { secret, signing } = keys;
  const { checkpoints, problems } = await readCheckpoints(secret ?? Buffer.alloc(0), signing, checkpointDir);
  if (kept?.signature && kept.alg === 'ed25519') {
    const ok =
      kept.keyId === signing.keyId &&
      verifyHead(signing.publicKey, kept.lastId, kept.lastHash, kept.at ?? '', kept.signature);
    if (!ok)
      problems.push({
        id: kept.lastId,
        kind: 'kept_head_bad_signature',
        message: 'the kept head is not signed by this chain’s key',
      });
  }
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
      if (kept && row.id === kept.lastId && kept.lastHash !== hash) {
        problems.push({
          id: row.id,
          kind: 'kept_head_mismatch',
          message: `the kept head recorded another hash for row ${row.id}: the chain was rewritten`,
        });
      }
      if (secret && hashAuditRow(secret, { ...fields, at: row.at }) !== hash) {
        problems.push({ id: row.id, kind: 'hash_mismatch', message: 'row content does not match its hash' });
      }
      const p = personalById.get(row.id);
      if (p?.data && secret) {
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
  if (kept && kept.lastId > prevId) {
    problems.push({
      id: kept.lastId,
      kind: 'kept_head_missing_row',
      message: `the kept head covers row ${kept.lastId}, but the chain ends at ${prevId}`,
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
    hashesChecked: secret !== null,
    problems,
  };
}
