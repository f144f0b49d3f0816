// Daily export of a signed audit checkpoint outside the database. Runs at start-up
// and then hourly; writes at most one file per UTC day.
import type { AppDeps } from '../http/types.ts';
import { exportCheckpoint, latestCheckpointDay } from '../modules/audit/audit-checkpoint.ts';

export async function runDailyCheckpoint(deps: AppDeps, now = new Date()): Promise<string | null> {
  const today = now.toISOString().slice(0, 10);
  if ((await latestCheckpointDay(deps.checkpointDir)) === today) return null;
  const checkpoint = await exportCheckpoint(deps.database.db, deps.auditSecret, deps.checkpointDir, now);
  deps.log.info('audit checkpoint exported', { file: checkpoint.file, lastId: checkpoint.lastId });
  return checkpoint.file;
}

export function scheduleDailyCheckpoint(deps: AppDeps): () => void {
  const tick = () => runDailyCheckpoint(deps).catch((err: Error) => deps.log.error('audit checkpoint failed', { error: err.message }));
  void tick();
  const timer = setInterval(tick, 60 * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
