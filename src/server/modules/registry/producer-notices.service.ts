// Who is told of a producer record's moves: the producer itself (everyone who acts for
// it, and its phone and e-mail) when its commune confirms its registration. Once per
// move (the outbox job's id).
import { producerWorkflow } from '../../../domain/registry/producer.workflow.ts';
import * as texts from '../../../domain/notices/notice-texts.ts';
import type { AppDeps } from '../../core/deps.ts';
import { type MoveNotice, sendNotices } from '../notices/notices.service.ts';
import * as repo from './registry.repository.ts';

export async function producerMoveNotices(deps: AppDeps, move: MoveNotice): Promise<number> {
  if (!move.roles.includes('producer')) return 0;
  const producer = await repo.findProducerName(deps.database.db, move.id);
  if (!producer) return 0;
  const link = `${deps.env.PUBLIC_URL}/app/chu-the/${move.id}`;
  const words = texts.recordMoved({
    what: `Hồ sơ chủ thể "${producer.name}"`,
    stage: producerWorkflow.labels[move.to as keyof typeof producerWorkflow.labels]?.vi ?? move.to,
    event: producerWorkflow.labels[move.event as keyof typeof producerWorkflow.labels]?.vi ?? move.event,
    link,
  });
  return deps.database.db.transaction((tx) =>
    sendNotices(tx, deps, [
      {
        kind: 'recordMoved',
        audience: { kind: 'producer', producerId: move.id },
        ...words,
        link,
        object: { type: 'producer', id: move.id },
        cause: `producer:${move.id}:${move.event}:${move.outboxId ?? move.to}`,
      },
    ]),
  );
}
