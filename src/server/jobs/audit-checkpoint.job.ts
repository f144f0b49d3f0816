// Checkpoints of the audit chain, exported outside the database: checked every
// minute by the server (and by the job queue's schedule), written when the chain
// moved by AUDIT_CHECKPOINT_EVERY_ROWS rows or AUDIT_CHECKPOINT_EVERY_MINUTES passed,
// and once more at shutdown.
import type { AppDeps } from '../core/deps.ts';
import { checkpointDue, exportCheckpoint, latestCheckpoint } from '../modules/audit/audit-checkpoint.ts';
import { readChainHead } from '../modules/audit/audit.service.ts';

export function checkpointPolicyOf(deps: AppDeps) {
  return {
    everyRows: deps.env.AUDIT_CHECKPOINT_EVERY_ROWS,
    everyMs: deps.env.AUDIT_CHECKPOINT_EVERY_MINUTES * 60_000,
  };
}

/** Writes a checkpoint when one is due (or when `force`d and the chain moved); returns its file, or null. */
export async function runCheckpointIfDue(
  deps: AppDeps,
  now = deps.clock.now(),
  force = false,
): Promise<string | null> {
  if (!deps.auditSigning.privateKey) return null;
  const last = await latestCheckpoint(deps.checkpointDir);
  const head = await readChainHead(deps.database.db);
  const policy = force ? { everyRows: 1, everyMs: 0 } : checkpointPolicyOf(deps);
  if (!checkpointDue(policy, last, head.lastId, now)) return null;
  const checkpoint = await exportCheckpoint(deps.database.db, deps.auditSigning, deps.checkpointDir, now);
  deps.log.info('audit checkpoint exported', { file: checkpoint.file, lastId: checkpoint.lastId });
  return checkpoint.file;
}

/** Checks every minute in the server process; the returned function stops it. */
export function startCheckpointTimer(deps: AppDeps, everyMs = 60_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runCheckpointIfDue(deps)
      .catch((err: Error) => deps.log.error('audit checkpoint failed', { error: err.message }))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
