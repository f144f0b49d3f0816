// Who is told of a product idea's moves: its producer, the officers of its commune
// and province, as the idea's transition table names them. Once per move (the outbox
// job's id).
import { ideaWorkflow } from '../../../domain/ideas/idea.workflow.ts';
import * as texts from '../../../domain/notices/notice-texts.ts';
import type { AppDeps } from '../../core/deps.ts';
import { type MoveNotice, sendNotices, type NoticeAudience } from '../notices/notices.service.ts';
import * as repo from './ideas.repository.ts';

export async function ideaMoveNotices(deps: AppDeps, move: MoveNotice): Promise<number> {
  const found = await repo.findIdea(deps.database.db, move.id);
  if (!found) return 0;
  const { idea } = found;
  const audiences: NoticeAudience[] = [];
  for (const role of move.roles) {
    if (role === 'producer') audiences.push({ kind: 'producer', producerId: idea.producerId });
    if (role === 'commune_officer' && found.scopeCommuneId)
      audiences.push({ kind: 'unit', unitId: found.scopeCommuneId, role });
    if (role === 'province_officer' && found.scopeProvinceId)
      audiences.push({ kind: 'unit', unitId: found.scopeProvinceId, role });
  }
  const link = `${deps.env.PUBLIC_URL}/app/y-tuong/${idea.id}`;
  const words = texts.recordMoved({
    what: `Ý tưởng sản phẩm "${idea.name}" của ${found.producerName}`,
    stage: ideaWorkflow.labels[move.to as keyof typeof ideaWorkflow.labels]?.vi ?? move.to,
    event: ideaWorkflow.labels[move.event as keyof typeof ideaWorkflow.labels]?.vi ?? move.event,
    link,
  });
  return deps.database.db.transaction((tx) =>
    sendNotices(
      tx,
      deps,
      audiences.map((audience) => ({
        kind: 'recordMoved' as const,
        audience,
        ...words,
        link,
        object: { type: 'product_idea', id: idea.id },
        cause: `product_idea:${idea.id}:${move.event}:${move.outboxId ?? move.to}`,
      })),
    ),
  );
}
