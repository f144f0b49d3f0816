// The import as the workflow kit sees it: its transition table, the store that locks
// and moves its status (this module's repository), and where its audit rows are filed.
import {
  importWorkflow,
  type ImportContext,
  type ImportEvent,
  type ImportStatus,
} from '../../../domain/import/import.workflow.ts';
import type { WorkflowActor } from '../../../domain/workflow/kit.ts';
import type { AuditActor } from '../../core/actor.ts';
import type { AggregateWorkflow } from '../workflow/workflow.service.ts';
import * as repo from './imports.repository.ts';

export const importAggregate: AggregateWorkflow<ImportStatus, ImportEvent, ImportContext, repo.ImportRow> = {
  table: importWorkflow,
  store: { lock: repo.lockImport, setStatus: (tx, id, from, to) => repo.setImportStatus(tx, id, from, to) },
  auditObject: (row) => ({ objectType: 'import', objectId: row.id }),
};

/** The guards' facts for one actor: who acts, and whether the file is theirs (the CLI's files have no user). */
export function importContext(workflowActor: WorkflowActor, actor: AuditActor) {
  return (row: { createdBy: string | null }): ImportContext => ({
    actor: workflowActor,
    isOwner: row.createdBy === actor.userId,
  });
}
