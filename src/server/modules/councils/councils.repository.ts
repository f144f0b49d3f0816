// SQL of councils and their members (owned by the councils module): a council with
// its rules, the members with their positions and agencies (names from the accounts,
// a documented read of users), and the names the audit trail shows.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { adminUnits, councilMembers, councils, users } from '../../db/schema/index.ts';

export type CouncilRow = typeof councils.$inferSelect;

export type MemberRow = typeof councilMembers.$inferSelect;

export async function insertCouncil(tx: Tx, values: typeof councils.$inferInsert): Promise<string> {
  const [row] = await tx.insert(councils).values(values).returning({ id: councils.id });
  return row.id;
}

export async function updateCouncil(
  tx: Tx,
  id: string,
  values: Partial<typeof councils.$inferInsert>,
  version: number,
): Promise<boolean> {
  const rows = await tx
    .update(councils)
    .set({ ...values, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(councils.id, id), eq(councils.version, version)))
    .returning({ id: councils.id });
  return rows.length === 1;
}

export async function findCouncil(db: Executor, id: string) {
  const [row] = await db
    .select({ council: councils, provinceName: adminUnits.name })
    .from(councils)
    .leftJoin(adminUnits, eq(adminUnits.id, councils.provinceId))
    .where(eq(councils.id, id));
  return row ?? null;
}

/** Councils of some provinces and the centre (all when null), by name. */

export function listCouncils(db: Executor, provinceIds: string[] | null, central: boolean) {
  const place = provinceIds
    ? central
      ? sql`(${councils.provinceId} IS NULL OR ${inArray(councils.provinceId, provinceIds)})`
      : inArray(councils.provinceId, provinceIds)
    : undefined;
  return db
    .select({ council: councils, provinceName: adminUnits.name })
    .from(councils)
    .leftJoin(adminUnits, eq(adminUnits.id, councils.provinceId))
    .where(provinceIds && !provinceIds.length && !central ? sql`false` : place)
    .orderBy(asc(councils.level), asc(councils.name))
    .limit(200);
}

/** The councils a user sits on now (member rows not removed). */

export function councilsOfUser(db: Executor, userId: string) {
  return db
    .select({
      councilId: councilMembers.councilId,
      memberId: councilMembers.id,
      position: councilMembers.position,
    })
    .from(councilMembers)
    .where(and(eq(councilMembers.userId, userId), isNull(councilMembers.removedAt)));
}

export async function insertMember(
  tx: Tx,
  values: typeof councilMembers.$inferInsert,
): Promise<string | null> {
  const rows = await tx
    .insert(councilMembers)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: councilMembers.id });
  return rows[0]?.id ?? null;
}

export async function removeMember(tx: Tx, councilId: string, memberId: string) {
  const rows = await tx
    .update(councilMembers)
    .set({ removedAt: sql`now()` })
    .where(
      and(
        eq(councilMembers.id, memberId),
        eq(councilMembers.councilId, councilId),
        isNull(councilMembers.removedAt),
      ),
    )
    .returning({ grantId: councilMembers.grantId, userId: councilMembers.userId });
  return rows[0] ?? null;
}

/** Members of a council with their names; the removed ones too when asked (old sessions name them). */

export function listMembers(db: Executor, councilId: string, withRemoved = false) {
  return db
    .select({
      id: councilMembers.id,
      userId: councilMembers.userId,
      fullName: users.fullName,
      email: users.email,
      position: councilMembers.position,
      agency: councilMembers.agency,
      removedAt: councilMembers.removedAt,
    })
    .from(councilMembers)
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .where(
      withRemoved
        ? eq(councilMembers.councilId, councilId)
        : and(eq(councilMembers.councilId, councilId), isNull(councilMembers.removedAt)),
    )
    .orderBy(
      sql`array_position(array['chair','viceChair','member','secretary'], ${councilMembers.position})`,
      asc(users.fullName),
    );
}

/** Sessions of some councils, newest meeting first. */

/** The dossiers of a session in their order, named by product and producer. */

/** The latest closed result of a dossier at a council (the newest closed item). */

/** The newest version of each member's sheet of each pass, for some dossiers of a session. */

/** Every version of the sheets of a dossier (corrections beside the locked originals), for the minutes. */

/** Writes a change made on `revision`; false when another write came first. */

/** Locks every sheet of a dossier that is not locked yet (the dossier closes). */

export function councilNames(db: Executor, ids: string[]) {
  return db.select({ id: councils.id, name: councils.name }).from(councils).where(inArray(councils.id, ids));
}

export function memberNames(db: Executor, ids: string[]) {
  return db
    .select({ id: councilMembers.id, name: users.fullName })
    .from(councilMembers)
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .where(inArray(councilMembers.id, ids));
}
