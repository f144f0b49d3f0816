// A producer's status moves (confirm, reject, resubmit, deactivate, reactivate)
// through its transition table (domain/registry/producer.workflow.ts): the row is
// locked, the move decided, the status history, the audit row (with the reason)
// and the table's notices written in one transaction. A stale copy of the record
// (expectedUpdatedAt) is refused, so an officer confirms what it has read.
import { coversPlace, type Grant } from '../../../domain/access/policy.ts';
import { placeOf, producerActions } from '../../../domain/access/records.ts';
import {
  producerWorkflow,
  type ProducerContext,
  type ProducerEvent,
  type ProducerStatus,
} from '../../../domain/registry/producer.workflow.ts';
import { allowedEvents } from '../../../domain/workflow/kit.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import { applyTransition, workflowActorOf, type AggregateWorkflow } from '../workflow/workflow.service.ts';
import * as repo from './registry-write.repository.ts';

type ProducerRow = NonNullable<Awaited<ReturnType<typeof repo.lockProducer>>>;

const producerAggregate: AggregateWorkflow<ProducerStatus, ProducerEvent, ProducerContext, ProducerRow> = {
  table: producerWorkflow,
  store: {
    lock: repo.lockProducer,
    setStatus: (tx, id, from, to) => repo.setProducerStatus(tx, id, from, to),
  },
  auditObject: (row) => ({ objectType: 'producer', objectId: row.id }),
};

interface Placed {
  id: string;
  scopeProvinceId: string | null;
  scopeCommuneId: string | null;
}

/** The guards' facts for a grant and a producer row; `reason` null while only listing the open moves. */
export function producerContext(grant: Grant, row: Placed, reason: string | null): ProducerContext {
  return {
    actor: workflowActorOf(grant),
    coversPlace: coversPlace(grant, placeOf(row)),
    ownRecord: grant.role === 'producer' && grant.producerId === row.id,
    reason,
  };
}

/** The moves this grant may make on the producer now (sent with the record as its actions). */
export function producerEvents(grant: Grant, row: Placed & { status: ProducerStatus }): ProducerEvent[] {
  return allowedEvents(producerWorkflow, row.status, producerContext(grant, row, null));
}

export interface StatusChange {
  event: ProducerEvent;
  reason?: string;
  expectedUpdatedAt?: string;
}

export async function changeProducerStatus(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  change: StatusChange,
): Promise<void> {
  const reason = change.reason?.trim() ?? '';
  await deps.database.db.transaction(async (tx) => {
    await applyTransition(tx, deps.auditSecret, producerAggregate, id, change.event, actor, {
      context: (row) => {
        // outside the grant's scope looks exactly like absent
        if (!producerActions(grant, row).includes('view')) throw new AppError('NOT_FOUND');
        if (change.expectedUpdatedAt && Date.parse(change.expectedUpdatedAt) !== row.updatedAt.getTime())
          throw new AppError('CONFLICT');
        return producerContext(grant, row, reason);
      },
      reason: reason || undefined,
    });
  });
}
