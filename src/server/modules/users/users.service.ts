// Accounts and role grants. Used by the admin screens, `ocop user add` and the
// demo seed, so all three validate scopes the same way and leave an audit row.
import { allowedActions, can, type Grant } from '../../../domain/access/policy.ts';
import { createUserBody, type CreateUserInput, type GrantInput } from '../../../shared/contracts/users.ts';
import { ROLE_LABELS, ROLE_SCOPES, SCOPE_LABELS } from '../../../shared/roles.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import { findUnitIn as findUnit } from '../admin-units/admin-units.service.ts';
import { CURRENT_STRUCTURE } from '../../../domain/admin-units/structures.ts';
import type { AuditActor } from '../../core/actor.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { assertStrongPassword, hashPassword } from '../auth/password.service.ts';
import * as repo from './users.repository.ts';
import { lookUpNames, uuidsAmong, type AuditNameSource } from '../../core/audit-names.ts';

export async function createUser(
  deps: AppDeps,
  actor: AuditActor,
  input: CreateUserInput,
  tx?: Tx,
): Promise<string> {
  const data = createUserBody.parse(input);
  assertStrongPassword(data.password);
  const passwordHash = await hashPassword(data.password);
  const run = async (t: Tx) => {
    if (await repo.emailExists(t, data.email)) throw new AppError('EMAIL_TAKEN');
    for (const g of data.grants) await assertGrantValid(t, g);
    const id = await repo.insertUser(t, {
      email: data.email,
      fullName: data.fullName,
      phone: data.phone ?? null,
      passwordHash,
      locale: data.locale,
      mustChangePassword: data.mustChangePassword,
    });
    // grants keep the order given (the first is active at sign-in): one millisecond apart
    const grantedAt = Date.now();
    for (const [i, g] of data.grants.entries()) {
      await repo.insertGrant(t, {
        userId: id,
        role: g.role,
        scopeKind: g.scopeKind,
        unitId: g.unitId ?? null,
        producerId: g.producerId ?? null,
        councilId: g.councilId ?? null,
        roundId: g.roundId ?? null,
        grantedBy: actor.userId,
        grantedAt: new Date(grantedAt + i),
      });
    }
    await appendAudit(t, deps.auditSecret, actor, {
      action: 'user.created',
      objectType: 'user',
      objectId: id,
      after: { email: data.email, fullName: data.fullName, grants: data.grants },
    });
    return id;
  };
  return tx ? run(tx) : deps.database.db.transaction(run);
}

async function assertGrantValid(tx: Tx, g: GrantInput): Promise<void> {
  const bad = () =>
    new AppError('INVALID_SCOPE', {
      roleVi: ROLE_LABELS[g.role].vi,
      roleEn: ROLE_LABELS[g.role].en,
      scopeVi: SCOPE_LABELS[g.scopeKind].vi,
      scopeEn: SCOPE_LABELS[g.scopeKind].en,
    });
  if (!ROLE_SCOPES[g.role].includes(g.scopeKind)) throw bad();
  if (g.scopeKind === 'unit') {
    if (!g.unitId) throw bad();
    const unit = await findUnit(tx, g.unitId);
    if (!unit) throw new AppError('UNIT_NOT_FOUND', { code: g.unitId });
    // grants are given on units of the current structure only
    if (unit.versionId !== CURRENT_STRUCTURE) throw new AppError('UNIT_NOT_CURRENT', { code: unit.code });
    if (g.role === 'commune_officer' && unit.level !== 'commune') throw bad();
    if (g.role === 'province_officer' && unit.level !== 'province') throw bad();
  }
  if (g.scopeKind === 'producer') {
    if (!g.producerId) throw bad();
    if (!(await repo.producerExists(tx, g.producerId)))
      throw new AppError('PRODUCER_NOT_FOUND', { id: g.producerId });
  }
  if (g.scopeKind === 'council' && !g.councilId) throw bad();
  if (g.scopeKind === 'round' && !g.roundId) throw bad();
}

export async function listUsers(
  deps: AppDeps,
  grant: Grant,
  q: { q?: string; sort: string; page: number; pageSize: number },
) {
  if (!can(grant, 'view', { kind: 'user' })) throw new AppError('FORBIDDEN');
  const { items, total } = await repo.listUsers(deps.database.db, q.q, q.sort, q.page, q.pageSize);
  const grants = await repo.grantsOfUsers(
    deps.database.db,
    items.map((u) => u.id),
  );
  const actions = allowedActions(grant, { kind: 'user' });
  return {
    items: items.map((u) => ({
      ...u,
      lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      grants: grants
        .filter((g) => g.userId === u.id)
        .map(({ userId: _u, ...g }) => ({
          ...g,
          unitLevel: g.unitLevel === 'district' ? null : g.unitLevel,
        })),
      actions,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
    sort: q.sort,
  };
}

/** A new password for an account (auth checks the old one and ends other sessions). */
export function setPassword(tx: Executor, userId: string, passwordHash: string): Promise<void> {
  return repo.updatePassword(tx, userId, passwordHash);
}

/** The time of an account's last sign-in. */
export function recordSignIn(tx: Executor, userId: string): Promise<void> {
  return repo.recordLogin(tx, userId);
}

/** The full names of accounts, by id (lists elsewhere say who did what); unknown ids are left out. */
export async function findUserNames(db: Executor, userIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await repo.namesOfUsers(db, [...new Set(userIds)]);
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

/** How the audit trail names accounts (core/audit-names.ts). */
export const USERS_AUDIT_NAMES: AuditNameSource[] = [
  { type: 'user', namesOf: (db, ids) => lookUpNames(uuidsAmong(ids), (u) => repo.userNames(db, u)) },
];

/** An active account by its e-mail, or null. */
export async function findActiveUserByEmail(db: Executor, email: string) {
  const u = await repo.findUserByEmail(db, email);
  return u && u.status === 'active' ? { id: u.id, fullName: u.fullName } : null;
}

/**
 * Grants an account its role on a council (a member added to it), in the caller's
 * transaction; an account that already holds the grant keeps it. The grant's id.
 */
export async function grantCouncilRole(
  tx: Tx,
  actor: AuditActor,
  userId: string,
  role: 'council_member' | 'advisory_member',
  councilId: string,
): Promise<string> {
  const held = await repo.findCouncilGrant(tx, userId, role, councilId);
  if (held) return held;
  return repo.insertGrant(tx, { userId, role, scopeKind: 'council', councilId, grantedBy: actor.userId });
}

/** Ends a grant (a member removed from a council); the account's sessions lose it at their next request. */
export function revokeGrant(tx: Tx, grantId: string): Promise<void> {
  return repo.revokeGrant(tx, grantId);
}
