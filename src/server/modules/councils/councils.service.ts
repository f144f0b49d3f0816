// Councils and their members. A province's OCOP agency sets up the province's council
// (the centre its own) with the decision that established it and its rules (quorum,
// mean or median, divergence, level gap, markers; DOMAIN.md §4.6, defaults by level);
// members are accounts given a council grant when added, with their position and the
// agency each represents. Every change is audited.
import type { Grant } from '../../../domain/access/policy.ts';
import {
  type CouncilLevel,
  DEFAULT_RULES,
  type FullCouncilRules,
  type MemberPosition,
  patchRules,
  type RulesPatch,
  rulesProblems,
} from '../../../domain/councils/council-rules.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import { lookUpNames, uuidsAmong, type AuditNameSource } from '../../core/audit-names.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor } from '../../db/client.ts';
import { assertProvince } from '../admin-units/admin-units.service.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { findActiveUserByEmail, grantCouncilRole, revokeGrant } from '../users/users.service.ts';
import { assertOfficer, councilFor, isOfficerOf, rulesOf } from './council-access.ts';
import * as repo from './councils.repository.ts';
import * as sessionsRepo from './sessions.repository.ts';

/** The rules as the audit trail words them, one field each. */
const ruleFields = (r: FullCouncilRules) => ({
  total: r.total,
  divergencePoints: r.divergencePoints,
  levelGap: r.levelGap,
  markers: r.markers,
  quorum: `${r.quorum.share.present}/${r.quorum.share.of}`,
  chairPresent: r.quorum.chairPresent,
  extraRounds: r.extraRounds,
});

export interface CouncilInput {
  /** a fixed id, for the demo world's council only (its member grants name it beforehand) */
  id?: string;
  level: CouncilLevel;
  provinceId?: string | null;
  name: string;
  establishedBy?: string;
  establishedOn?: string | null;
  rules?: RulesPatch;
}

function checkedRules(base: FullCouncilRules, given: RulesPatch | undefined): FullCouncilRules {
  const rules = patchRules(base, given);
  const problems = rulesProblems(rules);
  if (problems.length)
    throw new AppError(
      'COUNCIL_RULES_INVALID',
      { detail: problems.map((p) => `${p.field}: ${p.reason}`).join('; ') },
      { problems },
    );
  return rules;
}

export async function createCouncil(deps: AppDeps, grant: Grant, actor: AuditActor, input: CouncilInput) {
  const { db } = deps.database;
  const provinceId = input.level === 'central' ? null : (input.provinceId ?? grant.unitId);
  if (input.level === 'province') {
    if (!provinceId) throw new AppError('VALIDATION_FAILED', {}, { field: 'provinceId', reason: 'REQUIRED' });
    await assertProvince(db, provinceId);
  }
  if (!isOfficerOf(grant, { level: input.level, provinceId })) throw new AppError('FORBIDDEN');
  const rules = checkedRules(DEFAULT_RULES[input.level], input.rules);
  const id = await db.transaction(async (tx) => {
    const id = await repo.insertCouncil(tx, {
      ...(input.id ? { id: input.id } : {}),
      level: input.level,
      provinceId,
      name: input.name,
      establishedBy: input.establishedBy ?? '',
      establishedOn: input.establishedOn ?? null,
      rules,
      createdBy: actor.userId,
    });
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'council.created',
      objectType: 'council',
      objectId: id,
      after: { councilId: id, name: input.name, level: input.level, provinceId, ...ruleFields(rules) },
    });
    return id;
  });
  return getCouncil(deps, grant, actor, id);
}

export interface CouncilEdit {
  name?: string;
  establishedBy?: string;
  establishedOn?: string | null;
  rules?: RulesPatch;
  version: number;
}

/** Renames the council or changes its rules; results already computed keep the rules they used. */
export async function editCouncil(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  input: CouncilEdit,
) {
  const { db } = deps.database;
  const access = await councilFor(db, grant, actor, id);
  assertOfficer(access);
  const was = access.council;
  const rules = checkedRules(rulesOf(was), input.rules);
  await db.transaction(async (tx) => {
    const ok = await repo.updateCouncil(
      tx,
      id,
      {
        name: input.name ?? was.name,
        establishedBy: input.establishedBy ?? was.establishedBy,
        establishedOn: input.establishedOn === undefined ? was.establishedOn : input.establishedOn,
        rules,
      },
      input.version,
    );
    if (!ok) throw new AppError('CONFLICT');
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'council.edited',
      objectType: 'council',
      objectId: id,
      before: { councilId: id, name: was.name, ...ruleFields(rulesOf(was)) },
      after: { councilId: id, name: input.name ?? was.name, ...ruleFields(rules) },
    });
  });
  return getCouncil(deps, grant, actor, id);
}

export async function getCouncil(deps: AppDeps, grant: Grant, actor: AuditActor, id: string) {
  const { db } = deps.database;
  const access = await councilFor(db, grant, actor, id);
  const members = await repo.listMembers(db, id);
  const c = access.council;
  return {
    id: c.id,
    level: c.level,
    provinceId: c.provinceId,
    provinceName: access.provinceName,
    name: c.name,
    establishedBy: c.establishedBy,
    establishedOn: c.establishedOn,
    rules: access.rules,
    version: c.version,
    members: members.map((m) => ({
      id: m.id,
      userId: m.userId,
      fullName: m.fullName,
      email: access.officer ? m.email : null,
      position: m.position,
      agency: m.agency,
    })),
    me: access.member,
    actions: access.officer ? ['view', 'edit', 'manageMembers', 'planSession'] : ['view'],
  };
}

/** The councils a caller runs or sits on. */
export async function listCouncils(deps: AppDeps, grant: Grant, actor: AuditActor) {
  const { db } = deps.database;
  let rows: Awaited<ReturnType<typeof repo.listCouncils>>;
  if (grant.role === 'central_officer') rows = await repo.listCouncils(db, null, true);
  else if (grant.role === 'province_officer' && grant.unitLevel === 'province' && grant.unitId)
    rows = await repo.listCouncils(db, [grant.unitId], false);
  else if ((grant.role === 'council_member' || grant.role === 'advisory_member') && actor.userId) {
    const mine = new Set((await repo.councilsOfUser(db, actor.userId)).map((m) => m.councilId));
    rows =
      grant.councilId && mine.has(grant.councilId)
        ? [await repo.findCouncil(db, grant.councilId)].filter((r) => r !== null)
        : [];
  } else rows = [];
  return rows.map((r) => ({
    id: r.council.id,
    level: r.council.level,
    provinceId: r.council.provinceId,
    provinceName: r.provinceName,
    name: r.council.name,
  }));
}

export interface MemberInput {
  email: string;
  position: MemberPosition;
  agency: string;
}

/** Adds an account to the council with its position and agency, granting it the council role. */
export async function addMember(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  councilId: string,
  input: MemberInput,
) {
  const { db } = deps.database;
  assertOfficer(await councilFor(db, grant, actor, councilId));
  const user = await findActiveUserByEmail(db, input.email);
  if (!user) throw new AppError('MEMBER_ACCOUNT_MISSING', { email: input.email });
  await db.transaction(async (tx) => {
    const grantId = await grantCouncilRole(tx, actor, user.id, 'council_member', councilId);
    const id = await repo.insertMember(tx, {
      councilId,
      userId: user.id,
      position: input.position,
      agency: input.agency,
      grantId,
    });
    if (!id) throw new AppError('COUNCIL_MEMBER_EXISTS');
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'council.member_added',
      objectType: 'council',
      objectId: councilId,
      after: { councilId, memberId: id, userId: user.id, position: input.position, agency: input.agency },
    });
  });
  return getCouncil(deps, grant, actor, councilId);
}

/** Removes a member: the council grant ends with it; sheets already sent stay theirs. */
export async function removeMember(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  councilId: string,
  memberId: string,
) {
  const { db } = deps.database;
  assertOfficer(await councilFor(db, grant, actor, councilId));
  await db.transaction(async (tx) => {
    const removed = await repo.removeMember(tx, councilId, memberId);
    if (!removed) throw new AppError('NOT_FOUND');
    if (removed.grantId) await revokeGrant(tx, removed.grantId);
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'council.member_removed',
      objectType: 'council',
      objectId: councilId,
      before: { councilId, memberId, userId: removed.userId },
    });
  });
  return getCouncil(deps, grant, actor, councilId);
}

/** How the audit trail names councils and sessions (core/audit-names.ts). */
export const COUNCILS_AUDIT_NAMES: AuditNameSource[] = [
  { type: 'council', namesOf: (db, ids) => lookUpNames(uuidsAmong(ids), (u) => repo.councilNames(db, u)) },
  {
    type: 'council_member',
    namesOf: (db, ids) => lookUpNames(uuidsAmong(ids), (u) => repo.memberNames(db, u)),
  },
  {
    type: 'council_session',
    namesOf: (db, ids) => lookUpNames(uuidsAmong(ids), (u) => sessionsRepo.sessionNames(db, u)),
  },
];

/** A session's council and meeting, as a decision cites them (the caller has allowed the decision). */
export async function sessionCitation(db: Executor, sessionId: string) {
  const session = await sessionsRepo.findSession(db, sessionId);
  const found = session ? await repo.findCouncil(db, session.councilId) : null;
  if (!session || !found) return null;
  return {
    councilName: found.council.name,
    establishedBy: found.council.establishedBy,
    establishedOn: found.council.establishedOn,
    sessionTitle: session.title,
    meetingOn: session.meetingOn,
  };
}
