// Council sessions: planned by the officers who run the council with the dossiers put
// to it (at `councilScoring` for a province's council, `centreReview` for the
// centre's) and the members present; scoring opens with a quorum under the council's
// rules; members declare conflicts of interest per dossier; the chair closes the
// session when every dossier has its result. A member reads the session, its dossiers
// and who has sent a sheet, never another member's scores before the dossier closes.
import type { Grant } from '../../../domain/access/policy.ts';
import { SCORING_POSITIONS } from '../../../domain/councils/council-rules.ts';
import {
  type SessionContext,
  type SessionEvent,
  sessionWorkflow,
} from '../../../domain/councils/session.workflow.ts';
import { allowedEvents } from '../../../domain/workflow/kit.ts';
import type { SESSION_MODES } from '../../../shared/enums.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor } from '../../db/client.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { dossierForSession } from '../dossiers/dossier-council.service.ts';
import { type AggregateWorkflow, applyTransition, workflowActorOf } from '../workflow/workflow.service.ts';
import { assertOfficer, councilFor } from './council-access.ts';
import { chairs, quorumOf, type SessionAccess, sessionFor } from './session-access.ts';
import * as sessionsRepo from './sessions.repository.ts';
import { itemViews } from './item-results.service.ts';

async function sessionContext(db: Executor, grant: Grant, access: SessionAccess): Promise<SessionContext> {
  const items = await sessionsRepo.listItems(db, access.session.id);
  return {
    actor: workflowActorOf(grant),
    officerOfCouncil: access.officer,
    chairs: chairs(access),
    quorumMet: quorumOf(access).met,
    itemsClosed: items.every((i) => i.item.status === 'closed'),
    hasItems: items.length > 0,
  };
}

const sessionAggregate: AggregateWorkflow<
  sessionsRepo.SessionRow['status'],
  SessionEvent,
  SessionContext,
  sessionsRepo.SessionRow
> = {
  table: sessionWorkflow,
  store: {
    lock: sessionsRepo.lockSession,
    setStatus: (tx, id, from, to) => sessionsRepo.setSessionStatus(tx, id, from, to),
  },
  auditObject: (row) => ({ objectType: 'council_session', objectId: row.id }),
};

export interface SessionInput {
  title: string;
  meetingOn: string;
  place?: string;
  mode?: (typeof SESSION_MODES)[number];
  roundId?: string | null;
}

export async function createSession(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  councilId: string,
  input: SessionInput,
) {
  const { db } = deps.database;
  assertOfficer(await councilFor(db, grant, actor, councilId));
  const id = await db.transaction(async (tx) => {
    const id = await sessionsRepo.insertSession(tx, {
      councilId,
      title: input.title,
      meetingOn: input.meetingOn,
      place: input.place ?? '',
      mode: input.mode ?? 'meeting',
      roundId: input.roundId ?? null,
      createdBy: actor.userId,
    });
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'council_session.planned',
      objectType: 'council_session',
      objectId: id,
      after: {
        council_sessionId: id,
        councilId,
        title: input.title,
        meetingOn: input.meetingOn,
        sessionMode: input.mode ?? 'meeting',
      },
    });
    return id;
  });
  return getSession(deps, grant, actor, id);
}

function assertPlanned(access: SessionAccess) {
  if (access.session.status !== 'planned') throw new AppError('SESSION_NOT_PLANNED');
}

/** Puts dossiers to a planned session: each at the council's stage, of its province, on one open session at a time. */
export async function addDossiers(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  sessionId: string,
  dossierIds: string[],
) {
  const { db } = deps.database;
  const access = await sessionFor(db, grant, actor, sessionId);
  assertOfficer(access);
  assertPlanned(access);
  const wanted = access.council.level === 'central' ? 'centreReview' : 'councilScoring';
  const candidates: Awaited<ReturnType<typeof dossierForSession>>[] = [];
  for (const id of [...new Set(dossierIds)]) {
    const d = await dossierForSession(deps, grant, id);
    if (d.stage !== wanted)
      throw new AppError('VALIDATION_FAILED', {}, { field: 'dossierIds', reason: 'STAGE', dossierId: id });
    if (access.council.level === 'province' && d.provinceId !== access.council.provinceId)
      throw new AppError('VALIDATION_FAILED', {}, { field: 'dossierIds', reason: 'PROVINCE', dossierId: id });
    candidates.push(d);
  }
  await db.transaction(async (tx) => {
    await sessionsRepo.lockSession(tx, sessionId);
    let position = (await sessionsRepo.listItems(tx, sessionId)).length;
    for (const d of candidates) {
      let itemId: string | null;
      try {
        itemId = await sessionsRepo.insertItem(tx, {
          sessionId,
          dossierId: d.id,
          rubricVersionId: d.rubricVersionId,
          setNo: d.setNo,
          position: ++position,
        });
      } catch (err) {
        if (
          /session_items_open_dossier/.test(
            String((err as Error).message) + String((err as { cause?: Error }).cause?.message),
          )
        )
          throw new AppError(
            'VALIDATION_FAILED',
            {},
            { field: 'dossierIds', reason: 'IN_ANOTHER_SESSION', dossierId: d.id },
          );
        throw err;
      }
      if (!itemId) continue;
      await appendAudit(tx, deps.auditSecret, actor, {
        action: 'council_session.dossier_added',
        objectType: 'council_session',
        objectId: sessionId,
        after: {
          council_sessionId: sessionId,
          dossierId: d.id,
          setNo: d.setNo,
          rubricVersionId: d.rubricVersionId,
        },
      });
    }
  });
  return getSession(deps, grant, actor, sessionId);
}

/** Takes a dossier off a planned session. */
export async function removeDossier(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  sessionId: string,
  itemId: string,
) {
  const { db } = deps.database;
  const access = await sessionFor(db, grant, actor, sessionId);
  assertOfficer(access);
  assertPlanned(access);
  await db.transaction(async (tx) => {
    const item = await sessionsRepo.lockItem(tx, itemId);
    if (!item || item.sessionId !== sessionId || !(await sessionsRepo.deleteItem(tx, sessionId, itemId)))
      throw new AppError('NOT_FOUND');
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'council_session.dossier_removed',
      objectType: 'council_session',
      objectId: sessionId,
      before: { council_sessionId: sessionId, dossierId: item.dossierId },
    });
  });
  return getSession(deps, grant, actor, sessionId);
}

/** Records who is present (member ids of the council); scoring opens on this attendance. */
export async function recordAttendance(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  sessionId: string,
  present: string[],
) {
  const { db } = deps.database;
  const access = await sessionFor(db, grant, actor, sessionId);
  assertOfficer(access);
  const writtenMeeting = access.session.mode === 'writtenOpinion' && access.session.status === 'scoring';
  if (!writtenMeeting) assertPlanned(access);
  const live = new Set(access.members.filter((m) => !m.removedAt).map((m) => m.id));
  const unknown = present.filter((id) => !live.has(id));
  if (unknown.length)
    throw new AppError('VALIDATION_FAILED', {}, { field: 'present', reason: 'NOT_A_MEMBER', ids: unknown });
  const ids = [...new Set(present)];
  await db.transaction(async (tx) => {
    await sessionsRepo.updateSession(tx, sessionId, {
      present: ids,
      // a session by written opinion that had to meet records the day it met
      ...(writtenMeeting ? { metOn: deps.clock.today() } : {}),
    });
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'council_session.attendance_recorded',
      objectType: 'council_session',
      objectId: sessionId,
      before: { council_sessionId: sessionId, present: access.session.present },
      after: {
        council_sessionId: sessionId,
        present: ids,
        ...(writtenMeeting ? { metOn: deps.clock.today() } : {}),
      },
    });
  });
  return getSession(deps, grant, actor, sessionId);
}

/** Opens scoring or closes the session through its transition table. */
export async function actOnSession(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  sessionId: string,
  event: SessionEvent,
) {
  const { db } = deps.database;
  const access = await sessionFor(db, grant, actor, sessionId);
  const ctx = await sessionContext(db, grant, access);
  const q = quorumOf(access);
  await db.transaction(async (tx) => {
    try {
      await applyTransition(tx, deps.auditSecret, sessionAggregate, sessionId, event, actor, {
        context: () => ctx,
        audit: () => ({
          after:
            event === 'openScoring'
              ? { present: access.session.present, quorum: `${q.present}/${q.members}` }
              : {},
        }),
      });
    } catch (err) {
      if (err instanceof AppError && err.code === 'QUORUM_NOT_MET')
        throw new AppError(
          'QUORUM_NOT_MET',
          { present: q.present, needed: q.needed, chair: q.chairPresent ? 'có mặt' : 'vắng' },
          { quorum: q },
        );
      throw err;
    }
  });
  return getSession(deps, grant, actor, sessionId);
}

/** A member declares a conflict of interest with a dossier's producer (or an officer records it for a member). */
export async function declareConflict(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  sessionId: string,
  itemId: string,
  input: { memberId?: string; reason: string },
) {
  const { db } = deps.database;
  const access = await sessionFor(db, grant, actor, sessionId);
  const memberId = input.memberId ?? access.member?.id;
  if (!memberId) throw new AppError('VALIDATION_FAILED', {}, { field: 'memberId', reason: 'REQUIRED' });
  if (!access.officer && memberId !== access.member?.id) throw new AppError('FORBIDDEN');
  if (!access.members.some((m) => m.id === memberId && !m.removedAt))
    throw new AppError('VALIDATION_FAILED', {}, { field: 'memberId', reason: 'NOT_A_MEMBER' });
  await db.transaction(async (tx) => {
    const item = await sessionsRepo.lockItem(tx, itemId);
    if (!item || item.sessionId !== sessionId) throw new AppError('NOT_FOUND');
    if (item.status === 'closed') throw new AppError('SCORING_CLOSED');
    if (
      !(await sessionsRepo.insertConflict(tx, {
        itemId,
        memberId,
        reason: input.reason,
        declaredBy: actor.userId,
      }))
    )
      return;
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'council_session.conflict_declared',
      objectType: 'council_session',
      objectId: sessionId,
      after: { council_sessionId: sessionId, dossierId: item.dossierId, memberId, reason: input.reason },
    });
  });
  return getSession(deps, grant, actor, sessionId);
}

/** The session as its reader may see it: attendance, quorum, its dossiers with who has sent, results once closed. */
export async function getSession(deps: AppDeps, grant: Grant, actor: AuditActor, sessionId: string) {
  const { db } = deps.database;
  const access = await sessionFor(db, grant, actor, sessionId);
  const s = access.session;
  const ctx = await sessionContext(db, grant, access);
  const present = new Set(s.present);
  return {
    id: s.id,
    councilId: s.councilId,
    councilName: access.council.name,
    level: access.council.level,
    title: s.title,
    meetingOn: s.meetingOn,
    place: s.place,
    mode: s.mode,
    metOn: s.metOn,
    status: s.status,
    rules: access.rules,
    quorum: quorumOf(access),
    members: access.members
      .filter((m) => !m.removedAt || present.has(m.id))
      .map((m) => ({
        id: m.id,
        fullName: m.fullName,
        position: m.position,
        agency: m.agency,
        present: present.has(m.id),
        scores: SCORING_POSITIONS.includes(m.position),
      })),
    me: access.member ? { ...access.member, chairs: chairs(access) } : null,
    items: await itemViews(deps, access, undefined, grant),
    actions: [
      'view',
      ...(access.officer && s.status === 'planned' ? ['manageDossiers', 'recordAttendance'] : []),
      ...(access.officer && s.mode === 'writtenOpinion' && s.status === 'scoring' ? ['recordMeeting'] : []),
      ...allowedEvents(sessionWorkflow, s.status, ctx),
    ],
    version: s.version,
  };
}

/** Sessions of the councils the caller runs or sits on, newest meeting first. */
export async function listSessions(deps: AppDeps, councilIds: string[]) {
  const rows = await sessionsRepo.listSessions(deps.database.db, councilIds);
  return rows.map((r) => ({
    id: r.session.id,
    councilId: r.session.councilId,
    councilName: r.councilName,
    title: r.session.title,
    meetingOn: r.session.meetingOn,
    mode: r.session.mode,
    status: r.session.status,
    items: r.items,
    closedItems: r.closedItems,
  }));
}
