// Job topics and their handlers. The daily audit checkpoint is scheduled at 00:05
// Vietnam time and also checked at start-up (at most one file per UTC day).
import { analyzeDatabase } from '../db/maintenance.ts';
import type { AppDeps } from '../core/deps.ts';
import { runDailyCheckpoint } from './audit-checkpoint.job.ts';
import type { JobHandler } from './queue.ts';

export const TOPICS = { auditCheckpoint: 'audit.checkpoint', analyze: 'db.analyze' } as const;

export const SCHEDULES: Record<string, string> = {
  [TOPICS.auditCheckpoint]: '5 0 * * *',
  [TOPICS.analyze]: '30 2 * * *',
};

export function jobHandlers(deps: AppDeps): Record<string, JobHandler> {
  return {
    [TOPICS.auditCheckpoint]: async () => {
      await runDailyCheckpoint(deps);
    },
    [TOPICS.analyze]: () => analyzeDatabase(deps.database.db),
  };
}
