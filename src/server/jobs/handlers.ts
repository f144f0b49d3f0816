// Job topics and their handlers. The audit checkpoint is checked hourly by the
// queue as well as every minute by the server (it is written only when due).
import { analyzeDatabase } from '../db/maintenance.ts';
import type { AppDeps } from '../core/deps.ts';
import { ISSUE_CERTIFICATES_JOB } from '../../domain/decisions/decision.workflow.ts';
import { issueCertificates } from '../modules/decisions/decisions.service.ts';
import { runCheckpointIfDue } from './audit-checkpoint.job.ts';
import type { JobHandler } from './queue.ts';

export const TOPICS = {
  auditCheckpoint: 'audit.checkpoint',
  analyze: 'db.analyze',
  issueCertificates: ISSUE_CERTIFICATES_JOB,
} as const;

export const SCHEDULES: Record<string, string> = {
  [TOPICS.auditCheckpoint]: '5 * * * *',
  [TOPICS.analyze]: '30 2 * * *',
};

export function jobHandlers(deps: AppDeps): Record<string, JobHandler> {
  return {
    [TOPICS.auditCheckpoint]: async () => {
      await runCheckpointIfDue(deps);
    },
    [TOPICS.analyze]: () => analyzeDatabase(deps.database.db),
    // a signed decision's certificates: idempotent, so a redelivery issues nothing twice
    [TOPICS.issueCertificates]: async (payload) => {
      await issueCertificates(deps, String((payload as { id: string }).id));
    },
  };
}
