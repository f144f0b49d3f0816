// Who is told of a council session's and a dossier's-sheet moves: the members of the
// council (each by their account) when scoring opens, a session is cancelled or the
// chair asks for a re-scoring; the officers of the council's province (or the centre)
// when the session closes. Once per move (the outbox job's id).
import { sessionWorkflow } from '../../../domain/councils/session.workflow.ts';
import { sessionItemWorkflow } from '../../../domain/councils/session-item.workflow.ts';
import * as texts from '../../../domain/notices/notice-texts.ts';
import type { Role } from '../../../shared/roles.ts';
import type { AppDeps } from '../../core/deps.ts';
import {
  type MoveNotice,
  NATION_UNIT,
  sendNotices,
  type NoticeAudience,
  type NoticeDraft,
} from '../notices/notices.service.ts';
import { sessionOfResult } from './session-access.ts';
import * as sessionsRepo from './sessions.repository.ts';

function audiences(roles: Role[], s: Awaited<ReturnType<typeof sessionOfResult>>): NoticeAudience[] {
  const out: NoticeAudience[] = [];
  for (const role of roles) {
    if (role === 'council_member')
      for (const m of s.members) if (!m.removedAt) out.push({ kind: 'user', userId: m.userId });
    if (role === 'province_officer' && s.council.provinceId)
      out.push({ kind: 'unit', unitId: s.council.provinceId, role });
    if (role === 'central_officer' || (role === 'province_officer' && !s.council.provinceId))
      out.push({ kind: 'unit', unitId: NATION_UNIT, role: 'central_officer' });
  }
  return out;
}

async function send(
  deps: AppDeps,
  move: MoveNotice,
  sessionId: string,
  words: texts.NoticeText,
  link: string,
  object: { type: string; id: string },
) {
  const s = await sessionOfResult(deps.database.db, sessionId);
  const drafts: NoticeDraft[] = audiences(move.roles, s).map((audience) => ({
    kind: 'recordMoved',
    audience,
    ...words,
    link,
    object,
    cause: `${object.type}:${object.id}:${move.event}:${move.outboxId ?? move.to}`,
  }));
  return deps.database.db.transaction((tx) => sendNotices(tx, deps, drafts));
}

export async function sessionMoveNotices(deps: AppDeps, move: MoveNotice): Promise<number> {
  const session = await sessionsRepo.findSession(deps.database.db, move.id);
  if (!session) return 0;
  const link = `${deps.env.PUBLIC_URL}/app/phien-hop/${session.id}`;
  const words = texts.recordMoved({
    what: `Phiên họp hội đồng "${session.title}"`,
    stage: sessionWorkflow.labels[move.to as keyof typeof sessionWorkflow.labels]?.vi ?? move.to,
    event: sessionWorkflow.labels[move.event as keyof typeof sessionWorkflow.labels]?.vi ?? move.event,
    link,
  });
  return send(deps, move, session.id, words, link, { type: 'council_session', id: session.id });
}

export async function itemMoveNotices(deps: AppDeps, move: MoveNotice): Promise<number> {
  const found = await sessionsRepo.findItem(deps.database.db, move.id);
  if (!found) return 0;
  const item = found.item;
  const link = `${deps.env.PUBLIC_URL}/app/phieu-cham/${item.id}`;
  const words = texts.recordMoved({
    what: `Phiếu chấm sản phẩm "${found.productName}"`,
    stage: sessionItemWorkflow.labels[move.to as keyof typeof sessionItemWorkflow.labels]?.vi ?? move.to,
    event:
      sessionItemWorkflow.labels[move.event as keyof typeof sessionItemWorkflow.labels]?.vi ?? move.event,
    link,
  });
  return send(deps, move, item.sessionId, words, link, { type: 'council_session', id: item.sessionId });
}
