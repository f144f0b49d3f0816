// A session as its services read it: the session, the council's access for the caller
// (officer, member or nobody: 404), all members who ever sat on it, who chairs it and
// whether it is quorate.
import type { Grant } from '../../../domain/access/policy.ts';
import { chairsSession, checkQuorum } from '../../../domain/councils/council-rules.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { Executor } from '../../db/client.ts';
import { type CouncilAccess, councilFor, rulesOf } from './council-access.ts';
import * as repo from './councils.repository.ts';
import * as sessionsRepo from './sessions.repository.ts';

export interface SessionAccess extends CouncilAccess {
  session: sessionsRepo.SessionRow;
  members: Awaited<ReturnType<typeof repo.listMembers>>;
}

/** The session and who the caller is to its council; 404 to anyone else. */
export async function sessionFor(
  db: Executor,
  grant: Grant,
  actor: AuditActor,
  sessionId: string,
): Promise<SessionAccess> {
  const session = await sessionsRepo.findSession(db, sessionId);
  if (!session) throw new AppError('NOT_FOUND');
  const access = await councilFor(db, grant, actor, session.councilId);
  return { ...access, session, members: await repo.listMembers(db, session.councilId, true) };
}

/** Does the caller chair this session: the chair, or the vice-chair when the chair is not present? */
export function chairs(access: SessionAccess): boolean {
  return !!access.member && chairsSession(access.member, seatsOf(access), new Set(access.session.present));
}

/** The council's seats as the domain reads them. */
export const seatsOf = (access: SessionAccess) =>
  access.members.map((m) => ({ id: m.id, position: m.position, removed: !!m.removedAt }));

export function quorumOf(access: SessionAccess) {
  const live = access.members.filter((m) => !m.removedAt);
  // written opinions are sent by every scoring member; a meeting counts those present
  const present =
    access.session.mode === 'writtenOpinion' && !access.session.metOn
      ? new Set(live.map((m) => m.id))
      : new Set(access.session.present);
  return checkQuorum(access.rules, live, present);
}

/**
 * A session read for a caller who has already been allowed the result it holds (the
 * producer of a decided dossier): neither officer nor member, so nothing more.
 */
export async function sessionOfResult(db: Executor, sessionId: string): Promise<SessionAccess> {
  const session = await sessionsRepo.findSession(db, sessionId);
  const found = session ? await repo.findCouncil(db, session.councilId) : null;
  if (!session || !found) throw new AppError('NOT_FOUND');
  return {
    council: found.council,
    provinceName: found.provinceName,
    rules: rulesOf(found.council),
    officer: false,
    member: null,
    session,
    members: await repo.listMembers(db, session.councilId, true),
  };
}
