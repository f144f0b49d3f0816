// Daily export of a signed audit checkpoint outside the database: run by the job
// queue on its schedule and once at start-up; writes at most one file per UTC day.
import type { AppDeps } from '../core/deps.ts';
import { exportCheckpoint, latestCheckpointDay } from '../modules/audit/audit-checkpoint.ts';

export async function runDailyCheckpoint(deps: AppDeps, now = new Date()): Promise<string | null> {
  const today = now.toISOString().slice(0, 10);
  if ((await latestCheckpointDay(deps.checkpointDir)) === today) return null;
  const checkpoint = await exportCheckpoint(deps.database.db, deps.auditSecret, deps.checkpointDir, now);
  deps.log.info('audit checkpoint exported', { file: checkpoint.file, lastId: checkpoint.lastId });
  return checkpoint.file;
}
