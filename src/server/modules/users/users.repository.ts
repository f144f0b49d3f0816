import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { containsFoldedExpr } from '../../db/search.ts';
import type { Executor } from '../../db/client.ts';
import { adminUnits, producers, roleGrants, users } from '../../db/schema/index.ts';

export async function emailExists(db: Executor, email: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  return !!row;
}

export async function producerExists(db: Executor, id: string) {
  const [row] = await db.select({ id: producers.id }).from(producers).where(eq(producers.id, id));
  return !!row;
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row.id;
}

export async function insertGrant(db: Executor, values: typeof roleGrants.$inferInsert) {
  const [row] = await db.insert(roleGrants).values(values).returning({ id: roleGrants.id });
  return row.id;
}

export async function listUsers(
  db: Executor,
  q: string | undefined,
  sort: string,
  page: number,
  pageSize: number,
) {
  const where: SQL | undefined = q
    ? sql`(${containsFoldedExpr(users.fullName, q)} OR ${containsFoldedExpr(users.email, q)})`
    : undefined;
  const col =
    { email: users.email, fullName: users.fullName, createdAt: users.createdAt }[sort.replace('-', '')] ??
    users.email;
  const [items, [{ total }]] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        fullName: users.fullName,
        status: users.status,
        lastLoginAt: users.lastLoginAt,
      })
      .from(users)
      .where(where)
      .orderBy(sort.startsWith('-') ? desc(col) : asc(col))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { items, total };
}

export async function grantsOfUsers(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: roleGrants.userId,
      id: roleGrants.id,
      role: roleGrants.role,
      scopeKind: roleGrants.scopeKind,
      unitId: roleGrants.unitId,
      unitName: adminUnits.name,
      unitLevel: adminUnits.level,
      producerId: roleGrants.producerId,
      councilId: roleGrants.councilId,
      roundId: roleGrants.roundId,
    })
    .from(roleGrants)
    .leftJoin(adminUnits, eq(adminUnits.id, roleGrants.unitId))
    .where(and(inArray(roleGrants.userId, userIds), isNull(roleGrants.revokedAt)));
}

export async function updatePassword(db: Executor, userId: string, passwordHash: string) {
  await db
    .update(users)
    .set({ passwordHash, mustChangePassword: false, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

export async function recordLogin(db: Executor, userId: string) {
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, userId));
}

export async function namesOfUsers(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db.select({ id: users.id, fullName: users.fullName }).from(users).where(inArray(users.id, userIds));
}

/** Accounts by id as the audit trail names them: the full name and the email. */
export function userNames(db: Executor, ids: string[]) {
  return db
    .select({ id: users.id, name: sql<string>`${users.fullName} || ' (' || ${users.email} || ')'` })
    .from(users)
    .where(inArray(users.id, ids));
}

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db
    .select({ id: users.id, fullName: users.fullName, status: users.status })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`);
  return row ?? null;
}

/** The live grant of a role on a council, if the account has one. */
export async function findCouncilGrant(db: Executor, userId: string, role: string, councilId: string) {
  const [row] = await db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.userId, userId),
        sql`${roleGrants.role} = ${role}`,
        eq(roleGrants.councilId, councilId),
        isNull(roleGrants.revokedAt),
      ),
    );
  return row?.id ?? null;
}

export async function revokeGrant(db: Executor, id: string) {
  await db
    .update(roleGrants)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(roleGrants.id, id), isNull(roleGrants.revokedAt)));
}
