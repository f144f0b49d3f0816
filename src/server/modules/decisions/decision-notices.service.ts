// Who is told of a decision's moves. Signed: the officers of each commune whose
// products it recognises (each producer is told by its own dossier's recognition,
// with the certificate's number). Published: each producer, that the results are
// public. Once per move (the outbox job's id).
import { decisionWorkflow } from '../../../domain/decisions/decision.workflow.ts';
import * as texts from '../../../domain/notices/notice-texts.ts';
import type { AppDeps } from '../../core/deps.ts';
import { type MoveNotice, sendNotices, type NoticeAudience } from '../notices/notices.service.ts';
import * as repo from './decisions.repository.ts';

export async function decisionMoveNotices(deps: AppDeps, move: MoveNotice): Promise<number> {
  const { db } = deps.database;
  const decision = await repo.findDecision(db, move.id);
  if (!decision) return 0;
  const items = await repo.itemsOf(db, move.id);
  const audiences = new Map<string, NoticeAudience>();
  for (const item of items) {
    if (move.roles.includes('commune_officer') && item.communeId)
      audiences.set(`c:${item.communeId}`, { kind: 'unit', unitId: item.communeId, role: 'commune_officer' });
    if (move.roles.includes('producer') && move.event === 'publish')
      audiences.set(`p:${item.producerId}`, { kind: 'producer', producerId: item.producerId });
  }
  const link = `${deps.env.PUBLIC_URL}/app/quyet-dinh/${decision.id}`;
  const names = items.map((i) => `${i.productName} (${i.stars} sao)`).join(', ');
  const words = texts.recordMoved({
    what: `Quyết định ${decision.number ?? ''} ${decision.title}`.replace(/\s+/g, ' ').trim(),
    stage: decisionWorkflow.labels[move.to as keyof typeof decisionWorkflow.labels]?.vi ?? move.to,
    event: decisionWorkflow.labels[move.event as keyof typeof decisionWorkflow.labels]?.vi ?? move.event,
    link,
  });
  const body = `${words.body}\n\nSản phẩm: ${names}.`;
  return db.transaction((tx) =>
    sendNotices(
      tx,
      deps,
      [...audiences.values()].map((audience) => ({
        kind: 'recordMoved' as const,
        audience,
        ...words,
        body,
        link,
        object: { type: 'decision', id: decision.id },
        cause: `decision:${decision.id}:${move.event}:${move.outboxId ?? move.to}`,
      })),
    ),
  );
}
