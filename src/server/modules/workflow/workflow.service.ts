// The one way a status changes on the server. applyTransition, inside the caller's
// transaction: lock the aggregate's row (through its owner's store), decide with the
// transition table, update WHERE id AND status = from, write the status history row,
// the audit row and the outbox jobs the table declares. A refusal is an AppError
// with the table's reason code and the states and events named in both languages.
import {
  decide,
  type WorkflowActor,
  type WorkflowContext,
  type WorkflowTable,
} from '../../../domain/workflow/kit.ts';
import type { Grant } from '../../../domain/access/policy.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { enqueueJob } from '../../jobs/outbox.ts';
import type { AuditEvent, FieldSnapshot } from '../../../shared/audit-events.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { insertStatusHistory, listStatusHistory } from './workflow.repository.ts';

/** How the owner of an aggregate's table lets the kit lock a row and move its status. */
/** the job that writes the notices of a move whose transition names roles to notify */
export const NOTIFY_JOB = 'notices.workflow';

export interface AggregateStore<S extends string, Row extends { status: S }> {
  lock(tx: Tx, id: string): Promise<Row | null>;
  /** UPDATE … SET status = to WHERE id = :id AND status = :from; false when no row matched */
  setStatus(tx: Tx, id: string, from: S, to: S, actor: AuditActor): Promise<boolean>;
}

export interface AggregateWorkflow<
  S extends string,
  E extends string,
  C extends WorkflowContext,
  Row extends { status: S },
> {
  table: WorkflowTable<S, E, C>;
  store: AggregateStore<S, Row>;
  /** where the audit row is filed (the object whose history shows it) */
  auditObject(row: Row): { objectType: string; objectId: string };
}

export interface TransitionInput<S extends string, C, Row> {
  /** the guards' facts, from the locked row */
  context(row: Row): C;
  reason?: string;
  /** what the audit row records beside the status change */
  audit?: (row: Row, to: S) => { before?: FieldSnapshot; after?: FieldSnapshot; summary?: string };
}

export function workflowActorOf(grant: Grant | null): WorkflowActor {
  return grant ? { role: grant.role, scopeKind: grant.scopeKind } : { role: 'system', scopeKind: 'system' };
}

/**
 * Refuses early, before long work (reading a file, staging rows), an event the table
 * would refuse now; applyTransition decides again on the locked row.
 */
export function assertAllowed<S extends string, E extends string, C extends WorkflowContext>(
  table: WorkflowTable<S, E, C>,
  state: S,
  event: E,
  ctx: C,
): void {
  const decision = decide(table, state, event, ctx);
  if (!decision.ok)
    throw new AppError(decision.reason, refusalParams(table, state, event), {
      guard: decision.guard ?? null,
    });
}

export async function applyTransition<
  S extends string,
  E extends string,
  C extends WorkflowContext,
  Row extends { status: S },
>(
  tx: Tx,
  auditSecret: Buffer,
  workflow: AggregateWorkflow<S, E, C, Row>,
  id: string,
  event: E,
  actor: AuditActor,
  input: TransitionInput<S, NoInfer<C>, NoInfer<Row>>,
): Promise<{ row: Row; from: S; to: S }> {
  const { table, store } = workflow;
  const row = await store.lock(tx, id);
  if (!row) throw new AppError('NOT_FOUND');
  const decision = decide(table, row.status, event, input.context(row));
  if (!decision.ok)
    throw new AppError(decision.reason, refusalParams(table, row.status, event), {
      guard: decision.guard ?? null,
    });
  const { from, to, transition } = decision;
  if (!(await store.setStatus(tx, id, from, to, actor))) throw new AppError('CONFLICT');
  await insertStatusHistory(tx, {
    aggregate: table.aggregate,
    aggregateId: id,
    fromStatus: from,
    toStatus: to,
    event,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    reason: input.reason?.slice(0, 2000) ?? null,
  });
  const extra = input.audit?.(row, to) ?? {};
  // the tables' audit names are AuditActions (checked by the workflow table tests)
  const auditEvent = {
    action: transition.effects.audit,
    ...workflow.auditObject(row),
    summary: extra.summary,
    before: { [`${table.aggregate}Id`]: id, status: from, ...extra.before },
    after: {
      [`${table.aggregate}Id`]: id,
      status: to,
      ...(input.reason ? { reason: input.reason } : {}),
      ...extra.after,
    },
  } as AuditEvent;
  await appendAudit(tx, auditSecret, actor, auditEvent);
  // the people the table names are told by a job (each module words its own notices)
  if (transition.effects.notify?.length)
    await enqueueJob(tx, NOTIFY_JOB, {
      aggregate: table.aggregate,
      id,
      event,
      from,
      to,
      roles: [...transition.effects.notify],
    });
  for (const topic of transition.effects.jobs ?? []) {
    await enqueueJob(tx, topic, { aggregate: table.aggregate, id, event, from, to });
  }
  return { row, from, to };
}

function refusalParams(
  table: { labels: Record<string, { vi: string; en: string }> },
  state: string,
  event: string,
) {
  const labels = table.labels;
  return {
    status: labels[state]?.vi ?? state,
    stateVi: labels[state]?.vi ?? state,
    stateEn: labels[state]?.en ?? state,
    eventVi: labels[event]?.vi ?? event,
    eventEn: labels[event]?.en ?? event,
  };
}

export function statusHistoryOf(db: Executor, aggregate: string, id: string) {
  return listStatusHistory(db, aggregate, id);
}
