// SQL of the annual cycle's first steps (owned by the ideas module): a province's
// yearly calls, the ideas filed under them (the workflow's store: lock, status move
// with the step's date), their lists within the caller's territory (through the
// producer's resolved place: a documented read of producers and admin_units), the
// roll-up by commune, and the idea behind a product.
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ListScope } from '../../../domain/access/policy.ts';
import type { IdeaStage } from '../../../domain/ideas/idea.workflow.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { adminUnits, producers, productIdeas, registrationCalls } from '../../db/schema/index.ts';
import { scopeSql } from '../../db/scope.ts';

export type CallRow = typeof registrationCalls.$inferSelect;
export type IdeaInsert = typeof productIdeas.$inferInsert;
export type IdeaRow = typeof productIdeas.$inferSelect;

const callColumns = {
  call: registrationCalls,
  provinceName: adminUnits.name,
};

export async function insertCall(
  tx: Tx,
  values: typeof registrationCalls.$inferInsert,
): Promise<string | null> {
  const rows = await tx
    .insert(registrationCalls)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: registrationCalls.id });
  return rows[0]?.id ?? null;
}

export async function updateCall(
  tx: Tx,
  id: string,
  values: Partial<typeof registrationCalls.$inferInsert>,
  version: number,
): Promise<boolean> {
  const rows = await tx
    .update(registrationCalls)
    .set({ ...values, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(registrationCalls.id, id), eq(registrationCalls.version, version)))
    .returning({ id: registrationCalls.id });
  return rows.length === 1;
}

export async function findCall(db: Executor, id: string) {
  const [row] = await db
    .select(callColumns)
    .from(registrationCalls)
    .innerJoin(adminUnits, eq(adminUnits.id, registrationCalls.provinceId))
    .where(eq(registrationCalls.id, id));
  return row ?? null;
}

export async function callOf(db: Executor, provinceId: string, year: number) {
  const [row] = await db
    .select(callColumns)
    .from(registrationCalls)
    .innerJoin(adminUnits, eq(adminUnits.id, registrationCalls.provinceId))
    .where(and(eq(registrationCalls.provinceId, provinceId), eq(registrationCalls.year, year)));
  return row ?? null;
}

/** Calls of some provinces (all when null), newest year first. */
export function listCalls(db: Executor, provinceIds: string[] | null) {
  return db
    .select(callColumns)
    .from(registrationCalls)
    .innerJoin(adminUnits, eq(adminUnits.id, registrationCalls.provinceId))
    .where(provinceIds ? inArray(registrationCalls.provinceId, provinceIds) : undefined)
    .orderBy(desc(registrationCalls.year), asc(adminUnits.name))
    .limit(500);
}

export async function insertIdea(tx: Tx, values: IdeaInsert): Promise<string> {
  const [row] = await tx.insert(productIdeas).values(values).returning({ id: productIdeas.id });
  return row.id;
}

/** An idea with its call's deadlines and its producer's place and name. */
export async function findIdea(db: Executor, id: string) {
  const [row] = await db
    .select({
      idea: productIdeas,
      year: registrationCalls.year,
      ideasDueOn: registrationCalls.ideasDueOn,
      plansDueOn: registrationCalls.plansDueOn,
      producerName: producers.name,
      scopeProvinceId: producers.scopeProvinceId,
      scopeCommuneId: producers.scopeCommuneId,
      communeName: adminUnits.name,
    })
    .from(productIdeas)
    .innerJoin(registrationCalls, eq(registrationCalls.id, productIdeas.callId))
    .innerJoin(producers, eq(producers.id, productIdeas.producerId))
    .leftJoin(adminUnits, eq(adminUnits.id, producers.scopeCommuneId))
    .where(eq(productIdeas.id, id));
  return row ?? null;
}

export async function lockIdea(tx: Tx, id: string) {
  const [row] = await tx
    .select({ id: productIdeas.id, status: productIdeas.status, producerId: productIdeas.producerId })
    .from(productIdeas)
    .where(eq(productIdeas.id, id))
    .for('update');
  return row ?? null;
}

/** Changes an idea's fields while it is still the version read (and bumps it). */
export async function updateIdea(
  tx: Tx,
  id: string,
  values: Partial<IdeaInsert>,
  version?: number,
): Promise<boolean> {
  const where =
    version === undefined
      ? eq(productIdeas.id, id)
      : and(eq(productIdeas.id, id), eq(productIdeas.version, version));
  const rows = await tx
    .update(productIdeas)
    .set({ ...values, ...(version === undefined ? {} : { version: version + 1 }), updatedAt: sql`now()` })
    .where(where)
    .returning({ id: productIdeas.id });
  return rows.length === 1;
}

export async function setIdeaStatus(tx: Tx, id: string, from: IdeaStage, to: IdeaStage): Promise<boolean> {
  const rows = await tx
    .update(productIdeas)
    .set({ status: to, version: sql`${productIdeas.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(productIdeas.id, id), eq(productIdeas.status, from)))
    .returning({ id: productIdeas.id });
  return rows.length === 1;
}

export interface IdeaFilter {
  callId?: string;
  stages?: readonly IdeaStage[];
  page: number;
  pageSize: number;
}

export async function listIdeas(db: Executor, scope: ListScope, f: IdeaFilter) {
  const where: SQL[] = [scopeSql(scope, producers, productIdeas.producerId)];
  if (f.callId) where.push(eq(productIdeas.callId, f.callId));
  if (f.stages) where.push(f.stages.length ? inArray(productIdeas.status, [...f.stages]) : sql`false`);
  const condition = and(...where);
  const [items, [{ total }]] = await Promise.all([
    db
      .select({
        idea: productIdeas,
        year: registrationCalls.year,
        ideasDueOn: registrationCalls.ideasDueOn,
        plansDueOn: registrationCalls.plansDueOn,
        producerName: producers.name,
        communeName: adminUnits.name,
      })
      .from(productIdeas)
      .innerJoin(registrationCalls, eq(registrationCalls.id, productIdeas.callId))
      .innerJoin(producers, eq(producers.id, productIdeas.producerId))
      .leftJoin(adminUnits, eq(adminUnits.id, producers.scopeCommuneId))
      .where(condition)
      .orderBy(desc(productIdeas.updatedAt), asc(productIdeas.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(productIdeas)
      .innerJoin(producers, eq(producers.id, productIdeas.producerId))
      .where(condition),
  ]);
  return { items, total };
}

/** Ideas of a call per commune and stage, with those still waiting for the commune past their step's deadline. */
export function rollUp(db: Executor, callId: string, scope: ListScope, today: string) {
  return db
    .select({
      communeId: producers.scopeCommuneId,
      communeName: adminUnits.name,
      stage: productIdeas.status,
      count: sql<number>`count(*)::int`,
      late: sql<number>`count(*) FILTER (WHERE (${productIdeas.status} = 'submitted' AND ${registrationCalls.ideasDueOn} < ${today})
        OR (${productIdeas.status} = 'planSubmitted' AND ${registrationCalls.plansDueOn} < ${today}))::int`,
    })
    .from(productIdeas)
    .innerJoin(registrationCalls, eq(registrationCalls.id, productIdeas.callId))
    .innerJoin(producers, eq(producers.id, productIdeas.producerId))
    .leftJoin(adminUnits, eq(adminUnits.id, producers.scopeCommuneId))
    .where(and(eq(productIdeas.callId, callId), scopeSql(scope, producers, productIdeas.producerId)))
    .groupBy(producers.scopeCommuneId, adminUnits.name, productIdeas.status)
    .orderBy(asc(adminUnits.name));
}

/** The approved idea a product was registered from, if any. */
export async function ideaOfProduct(db: Executor, productId: string) {
  const [row] = await db.select().from(productIdeas).where(eq(productIdeas.productId, productId));
  return row ?? null;
}

export function ideaNames(db: Executor, ids: string[]) {
  return db
    .select({ id: productIdeas.id, name: sql<string>`'Ý tưởng ' || ${productIdeas.name}` })
    .from(productIdeas)
    .where(inArray(productIdeas.id, ids));
}

export function callNames(db: Executor, ids: string[]) {
  return db
    .select({
      id: registrationCalls.id,
      name: sql<string>`'Đăng ký ý tưởng năm ' || ${registrationCalls.year} || ' — ' || ${adminUnits.name}`,
    })
    .from(registrationCalls)
    .innerJoin(adminUnits, eq(adminUnits.id, registrationCalls.provinceId))
    .where(inArray(registrationCalls.id, ids));
}
