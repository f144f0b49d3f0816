// Job topics and their handlers. The audit checkpoint is checked hourly by the
// queue as well as every minute by the server (it is written only when due).
import { analyzeDatabase } from '../db/maintenance.ts';
import type { AppDeps } from '../core/deps.ts';
import { ISSUE_CERTIFICATES_JOB } from '../../domain/decisions/decision.workflow.ts';
import { issueCertificates } from '../modules/decisions/decisions.service.ts';
import { runCheckpointIfDue } from './audit-checkpoint.job.ts';
import { LIFECYCLE_JOB, runLifecycle } from '../modules/certificates/lifecycle.service.ts';
import { dossierMoveNotices } from '../modules/dossiers/dossier-notices.service.ts';
import { deliverDue, DELIVER_NOTICES_JOB, type MoveNotice } from '../modules/notices/notices.service.ts';
import { NOTIFY_JOB } from '../modules/workflow/workflow.service.ts';
import { itemMoveNotices, sessionMoveNotices } from '../modules/councils/council-notices.service.ts';
import { producerMoveNotices } from '../modules/registry/producer-notices.service.ts';
import { ideaMoveNotices } from '../modules/ideas/idea-notices.service.ts';
import { decisionMoveNotices } from '../modules/decisions/decision-notices.service.ts';
import type { JobHandler } from './queue.ts';

export const TOPICS = {
  auditCheckpoint: 'audit.checkpoint',
  analyze: 'db.analyze',
  issueCertificates: ISSUE_CERTIFICATES_JOB,
  lifecycle: LIFECYCLE_JOB,
  deliverNotices: DELIVER_NOTICES_JOB,
  notifyMove: NOTIFY_JOB,
} as const;

export const SCHEDULES: Record<string, string> = {
  [TOPICS.auditCheckpoint]: '5 * * * *',
  [TOPICS.analyze]: '30 2 * * *',
  // the certificates' milestones, just after midnight in Vietnam; a missed day is caught up by the next run
  [TOPICS.lifecycle]: '10 0 * * *',
  // retries of notices whose mail server or gateway was down (sends are queued from the outbox too)
  [TOPICS.deliverNotices]: '*/5 * * * *',
};

/** who words the notices of each aggregate's moves (modules own their audiences) */
export const MOVE_NOTICES: Record<string, (deps: AppDeps, move: MoveNotice) => Promise<number>> = {
  dossier: dossierMoveNotices,
  producer: producerMoveNotices,
  council_session: sessionMoveNotices,
  session_item: itemMoveNotices,
  product_idea: ideaMoveNotices,
  decision: decisionMoveNotices,
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
    [TOPICS.lifecycle]: async () => {
      await runLifecycle(deps);
    },
    [TOPICS.deliverNotices]: async () => {
      await deliverDue(deps);
    },
    [TOPICS.notifyMove]: async (payload) => {
      const move = payload as unknown as MoveNotice & { aggregate: string };
      const words = MOVE_NOTICES[move.aggregate];
      if (words) await words(deps, move);
      else
        deps.log.debug('no notices worded for this aggregate', {
          aggregate: move.aggregate,
          event: move.event,
        });
    },
  };
}
