import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Grant } from '../../../domain/access/policy.ts';
import type { Executor } from '../../db/client.ts';
import { adminUnits, roleGrants, sessions, users } from '../../db/schema/index.ts';

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      fullName: users.fullName,
      passwordHash: users.passwordHash,
      status: users.status,
      locale: users.locale,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  return row ?? null;
}

export async function findUserById(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      fullName: users.fullName,
      passwordHash: users.passwordHash,
      status: users.status,
    })
    .from(users)
    .where(eq(users.id, id));
  return row ?? null;
}

export async function insertSession(db: Executor, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

/** Session, user and live grants in one round trip: this runs on every request. */
export async function findLiveSessionWithGrants(db: Executor, id: string) {
  const rows = await db
    .select({
      id: sessions.id,
      csrfToken: sessions.csrfToken,
      activeGrantId: sessions.activeGrantId,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      email: users.email,
      fullName: users.fullName,
      locale: users.locale,
      mustChangePassword: users.mustChangePassword,
      status: users.status,
      grant: {
        id: roleGrants.id,
        role: roleGrants.role,
        scopeKind: roleGrants.scopeKind,
        unitId: roleGrants.unitId,
        unitLevel: adminUnits.level,
        unitName: adminUnits.name,
        producerId: roleGrants.producerId,
        councilId: roleGrants.councilId,
        roundId: roleGrants.roundId,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(roleGrants, and(eq(roleGrants.userId, users.id), isNull(roleGrants.revokedAt)))
    .leftJoin(adminUnits, eq(adminUnits.id, roleGrants.unitId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(roleGrants.grantedAt, roleGrants.id);
  if (rows.length === 0) return null;
  const { grant: _g, ...session } = rows[0];
  const grants: GrantRow[] = rows
    .filter((r) => r.grant?.id)
    .map(({ grant: g }) => ({
      ...g!,
      id: g!.id!,
      role: g!.role!,
      scopeKind: g!.scopeKind!,
      unitLevel: g!.unitLevel === 'district' ? null : g!.unitLevel,
    }));
  return { ...session, grants };
}

export async function touchSession(db: Executor, id: string) {
  await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, id));
}

export async function setActiveGrant(db: Executor, sessionId: string, grantId: string) {
  await db.update(sessions).set({ activeGrantId: grantId }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Executor, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteOtherSessions(db: Executor, userId: string, keepId: string | null) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keepId ? sql`${sessions.id} <> ${keepId}` : undefined));
}

export async function deleteExpiredSessions(db: Executor) {
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
}

export type GrantRow = Grant & { unitName: string | null };

export async function loadGrants(db: Executor, userId: string): Promise<GrantRow[]> {
  const rows = await db
    .select({
      id: roleGrants.id,
      role: roleGrants.role,
      scopeKind: roleGrants.scopeKind,
      unitId: roleGrants.unitId,
      unitLevel: adminUnits.level,
      unitName: adminUnits.name,
      producerId: roleGrants.producerId,
      councilId: roleGrants.councilId,
      roundId: roleGrants.roundId,
    })
    .from(roleGrants)
    .leftJoin(adminUnits, eq(adminUnits.id, roleGrants.unitId))
    .where(and(eq(roleGrants.userId, userId), isNull(roleGrants.revokedAt)))
    .orderBy(roleGrants.grantedAt, roleGrants.id);
  return rows.map((r) => ({ ...r, unitLevel: r.unitLevel === 'district' ? null : r.unitLevel }));
}
