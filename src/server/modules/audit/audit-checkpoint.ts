// Signed checkpoints of the chain head, written to files outside the database: one
// after every AUDIT_CHECKPOINT_EVERY_ROWS new rows or AUDIT_CHECKPOINT_EVERY_MINUTES
// (whichever comes first, when the chain moved), one at shutdown, and one on demand
// (`ocop audit checkpoint`). Each is signed with the Ed25519 key (ADR 0009), so it is
// checked with the public key alone; the HMAC checkpoints of earlier versions are
// still accepted with the row key.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditSigning } from '../../core/deps.ts';
import type { Db } from '../../db/client.ts';
import { safeEqualHex, signCheckpoint, signHead, verifyHead } from './audit-hash.ts';
import { readHead } from './audit.repository.ts';
import type { VerifyProblem } from './audit-verify.ts';

export interface Checkpoint {
  lastId: number;
  lastHash: string;
  at: string;
  signature: string;
  /** absent on the HMAC checkpoints of earlier versions */
  alg?: 'ed25519';
  keyId?: string;
  file: string;
}

/** The live head, signed now: what GET /api/audit/head publishes and a witness keeps. */
export async function signedHead(db: Db, signing: AuditSigning, now = new Date()) {
  const head = await readHead(db);
  const lastId = head?.lastId ?? 0;
  const lastHash = head?.lastHash ?? 'genesis';
  const at = now.toISOString();
  if (!signing.privateKey) throw new Error('no audit signing key: only the public key is configured');
  const signature = signHead(signing.privateKey, lastId, lastHash, at);
  return {
    lastId,
    lastHash,
    at,
    alg: 'ed25519' as const,
    keyId: signing.keyId,
    signature,
    publicKey: signing.publicKeyPem,
  };
}

export async function exportCheckpoint(
  db: Db,
  signing: AuditSigning,
  dir: string,
  now = new Date(),
): Promise<Checkpoint> {
  const { publicKey: _pem, ...head } = await signedHead(db, signing, now);
  await mkdir(dir, { recursive: true });
  const file = join(dir, `audit-checkpoint-${head.at.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(head, null, 2)}\n`, { flag: 'wx' });
  return { ...head, file };
}

export interface CheckpointPolicy {
  everyRows: number;
  everyMs: number;
}

/** Is a checkpoint due? Only when the chain moved since the last one, and then after enough rows or time. */
export function checkpointDue(
  policy: CheckpointPolicy,
  last: { lastId: number; at: string } | null,
  headId: number,
  now: Date,
): boolean {
  if (!last) return headId > 0;
  if (headId <= last.lastId) return false;
  return headId - last.lastId >= policy.everyRows || now.getTime() - Date.parse(last.at) >= policy.everyMs;
}

/** The newest checkpoint in the folder (by its time), unverified: enough to decide whether another is due. */
export async function latestCheckpoint(dir: string): Promise<{ lastId: number; at: string } | null> {
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => /^audit-checkpoint-.*\.json$/.test(f))
    .sort();
  const name = files.at(-1);
  if (!name) return null;
  try {
    const c = JSON.parse(await readFile(join(dir, name), 'utf8')) as { lastId: number; at: string };
    return { lastId: c.lastId, at: c.at };
  } catch {
    return null;
  }
}

export async function readCheckpoints(
  secret: Buffer,
  signing: Pick<AuditSigning, 'publicKey' | 'keyId'>,
  dir: string,
): Promise<{ checkpoints: Checkpoint[]; problems: VerifyProblem[] }> {
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => /^audit-checkpoint-.*\.json$/.test(f))
    .sort();
  const checkpoints: Checkpoint[] = [];
  const problems: VerifyProblem[] = [];
  for (const name of files) {
    const file = join(dir, name);
    try {
      const c = JSON.parse(await readFile(file, 'utf8')) as Omit<Checkpoint, 'file'>;
      const valid =
        c.alg === 'ed25519'
          ? c.keyId === signing.keyId &&
            verifyHead(signing.publicKey, c.lastId, c.lastHash, c.at, c.signature)
          : typeof c.signature === 'string' &&
            safeEqualHex(signCheckpoint(secret, c.lastId, c.lastHash, c.at), c.signature);
      if (!valid) {
        const why =
          c.alg === 'ed25519' && c.keyId !== signing.keyId
            ? `signed by another key (${c.keyId})`
            : 'signature does not verify';
        problems.push({ id: c.lastId ?? null, kind: 'checkpoint_bad_signature', message: `${name}: ${why}` });
        continue;
      }
      checkpoints.push({ ...c, file });
    } catch {
      problems.push({
        id: null,
        kind: 'checkpoint_bad_signature',
        message: `${name}: unreadable checkpoint file`,
      });
    }
  }
  return { checkpoints, problems };
}
