// Signed checkpoints of the chain head, written to files outside the database
// (one per export, named by UTC time). A job writes one a day; `ocop audit
// checkpoint` writes one on demand.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../../db/client.ts';
import { readHead } from './audit.repository.ts';
import { safeEqualHex, signCheckpoint } from './audit-hash.ts';
import type { VerifyProblem } from './audit-verify.ts';

export interface Checkpoint {
  lastId: number;
  lastHash: string;
  at: string;
  signature: string;
  file: string;
}

export async function exportCheckpoint(
  db: Db,
  secret: Buffer,
  dir: string,
  now = new Date(),
): Promise<Checkpoint> {
  const head = await readHead(db);
  const at = now.toISOString();
  const lastId = head?.lastId ?? 0;
  const lastHash = head?.lastHash ?? 'genesis';
  const signature = signCheckpoint(secret, lastId, lastHash, at);
  await mkdir(dir, { recursive: true });
  const file = join(dir, `audit-checkpoint-${at.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify({ lastId, lastHash, at, signature }, null, 2)}\n`, { flag: 'wx' });
  return { lastId, lastHash, at, signature, file };
}

export async function latestCheckpointDay(dir: string): Promise<string | null> {
  const files = await readdir(dir).catch(() => [] as string[]);
  const days = files
    .filter((f) => f.startsWith('audit-checkpoint-'))
    .map((f) => f.slice(17, 27))
    .sort();
  return days.at(-1) ?? null;
}

export async function readCheckpoints(
  secret: Buffer,
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
      const expected = signCheckpoint(secret, c.lastId, c.lastHash, c.at);
      if (typeof c.signature !== 'string' || !safeEqualHex(expected, c.signature)) {
        problems.push({
          id: c.lastId ?? null,
          kind: 'checkpoint_bad_signature',
          message: `${name}: signature does not verify`,
        });
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
