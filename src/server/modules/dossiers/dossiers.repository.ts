// SQL of evaluation dossiers (owned by the dossiers module): the workflow's store
// (lock, status move), new drafts and their forms, returns and the provincial review,
// rounds, the lists each role works from (limited to the caller's territory through
// the product's resolved place), and the open dossier of products for their lists
// and exports. Names come from products, producers and units (documented reads).
import { and, asc, desc, eq, inArray, isNull, notInArray, sql, type SQL } from 'drizzle-orm';
import type { ListScope } from '../../../domain/access/policy.ts';
import type { DossierStage } from '../../../domain/dossiers/dossier.workflow.ts';
import type { Executor, Tx } from '../../db/client.ts';
import {
  adminUnits,
  dossierReturns,
  dossierReviews,
  dossiers,
  evaluationRounds,
  producers,
  products,
} from '../../db/schema/index.ts';
import { scopeSql } from '../../db/scope.ts';

export type DossierInsert = typeof dossiers.$inferInsert;

const CLOSED: DossierStage[] = ['recognised', 'notRecognised', 'withdrawn'];

export async function lockDossier(tx: Tx, id: string) {
  const [row] = await tx
    .select({
      id: dossiers.id,
      status: dossiers.status,
      productId: dossiers.productId,
      producerId: dossiers.producerId,
      version: dossiers.version,
    })
    .from(dossiers)
    .where(eq(dossiers.id, id))
    .for('update');
  return row ?? null;
}

export type DossierRow = typeof dossiers.$inferSelect;

export async function findDossier(db: Executor, id: string): Promise<DossierRow | null> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id));
  return row ?? null;
}

/** Changes fields of a dossier; with `version`, only when it is still that version (and bumps it). */
export async function updateDossier(
  tx: Tx,
  id: string,
  values: Partial<DossierInsert>,
  version?: number,
): Promise<boolean> {
  const where =
    version === undefined ? eq(dossiers.id, id) : and(eq(dossiers.id, id), eq(dossiers.version, version));
  const moved = await tx
    .update(dossiers)
    .set({ ...values, ...(version === undefined ? {} : { version: version + 1 }), updatedAt: sql`now()` })
    .where(where)
    .returning({ id: dossiers.id });
  return moved.length === 1;
}

/** The product's latest dossier filed on the platform (its forms), other than `except`. */
export async function previousDossierOf(db: Executor, productId: string, except?: string) {
  const [row] = await db
    .select()
    .from(dossiers)
    .where(
      and(
        eq(dossiers.productId, productId),
        sql`${dossiers.form01} IS NOT NULL`,
        except ? sql`${dossiers.id} <> ${except}` : sql`true`,
      ),
    )
    .orderBy(desc(dossiers.createdAt))
    .limit(1);
  return row ?? null;
}

/** The open dossier of one product, if any. */
export async function openDossierOf(db: Executor, productId: string) {
  return (await openDossiersOf(db, [productId]))[0] ?? null;
}

export type ReturnInsert = typeof dossierReturns.$inferInsert;
export type ReviewInsert = typeof dossierReviews.$inferInsert;
export type ReviewRow = typeof dossierReviews.$inferSelect;
export type RoundInsert = typeof evaluationRounds.$inferInsert;
export type RoundRow = typeof evaluationRounds.$inferSelect;

export async function insertReturn(tx: Tx, values: ReturnInsert) {
  await tx.insert(dossierReturns).values(values);
}

/** Marks the dossier's open returns of a level answered (the dossier came back). */
export async function answerReturns(tx: Tx, dossierId: string, byLevel: 'commune' | 'province') {
  await tx
    .update(dossierReturns)
    .set({ answeredAt: sql`now()` })
    .where(
      and(
        eq(dossierReturns.dossierId, dossierId),
        eq(dossierReturns.byLevel, byLevel),
        isNull(dossierReturns.answeredAt),
      ),
    );
}

export function listReturns(db: Executor, dossierId: string) {
  return db
    .select()
    .from(dossierReturns)
    .where(eq(dossierReturns.dossierId, dossierId))
    .orderBy(desc(dossierReturns.createdAt));
}

export async function insertReview(tx: Tx, values: ReviewInsert): Promise<string> {
  const [row] = await tx.insert(dossierReviews).values(values).returning({ id: dossierReviews.id });
  return row.id;
}

export function listReviews(db: Executor, dossierId: string): Promise<ReviewRow[]> {
  return db
    .select()
    .from(dossierReviews)
    .where(eq(dossierReviews.dossierId, dossierId))
    .orderBy(asc(dossierReviews.on), asc(dossierReviews.createdAt));
}

export async function findReview(db: Executor, dossierId: string, id: string): Promise<ReviewRow | null> {
  const [row] = await db
    .select()
    .from(dossierReviews)
    .where(and(eq(dossierReviews.dossierId, dossierId), eq(dossierReviews.id, id)));
  return row ?? null;
}

/** The names of a dossier's commune and province (its product's resolved place). */
export async function placeNames(db: Executor, communeId: string | null, provinceId: string | null) {
  const ids = [communeId, provinceId].filter((u): u is string => !!u);
  const rows = ids.length
    ? await db
        .select({ id: adminUnits.id, name: adminUnits.name })
        .from(adminUnits)
        .where(inArray(adminUnits.id, ids))
    : [];
  const nameOf = (id: string | null) => rows.find((r) => r.id === id)?.name ?? null;
  return { communeName: nameOf(communeId), provinceName: nameOf(provinceId) };
}

export async function insertRound(tx: Tx, values: RoundInsert): Promise<string> {
  const [row] = await tx.insert(evaluationRounds).values(values).returning({ id: evaluationRounds.id });
  return row.id;
}

export async function findRound(db: Executor, id: string): Promise<RoundRow | null> {
  const [row] = await db.select().from(evaluationRounds).where(eq(evaluationRounds.id, id));
  return row ?? null;
}

/** The rounds of a level, place and year, in their order. */
export function roundsOf(
  db: Executor,
  level: 'province' | 'central',
  provinceId: string | null,
  year: number,
) {
  return db
    .select()
    .from(evaluationRounds)
    .where(
      and(
        eq(evaluationRounds.level, level),
        provinceId === null
          ? isNull(evaluationRounds.provinceId)
          : eq(evaluationRounds.provinceId, provinceId),
        eq(evaluationRounds.year, year),
      ),
    )
    .orderBy(asc(evaluationRounds.no));
}

const roundWithCount = {
  round: evaluationRounds,
  provinceName: adminUnits.name,
  dossiers: sql<number>`(SELECT count(*)::int FROM dossiers d WHERE d.round_id = ${evaluationRounds.id})`,
};

export function listRoundsByIds(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select(roundWithCount)
    .from(evaluationRounds)
    .leftJoin(adminUnits, eq(adminUnits.id, evaluationRounds.provinceId))
    .where(inArray(evaluationRounds.id, ids))
    .orderBy(asc(evaluationRounds.year), asc(evaluationRounds.no));
}

/** Rounds seen from a territory (a province's and the centre's), newest first, with their dossier counts. */
export function listRounds(db: Executor, provinceId: string | null, year: number | undefined) {
  return db
    .select(roundWithCount)
    .from(evaluationRounds)
    .leftJoin(adminUnits, eq(adminUnits.id, evaluationRounds.provinceId))
    .where(
      and(
        provinceId === null
          ? sql`true`
          : sql`(${evaluationRounds.provinceId} = ${provinceId} OR ${evaluationRounds.provinceId} IS NULL)`,
        year === undefined ? sql`true` : eq(evaluationRounds.year, year),
      ),
    )
    .orderBy(desc(evaluationRounds.year), asc(evaluationRounds.level), asc(evaluationRounds.no));
}

export interface DossierListFilter {
  stages?: readonly DossierStage[];
  /** the commune checks past their last day on `today` */
  overdueOn?: string;
  productId?: string;
  roundId?: string;
  page: number;
  pageSize: number;
}

/** A page of the dossiers within a territory; a queue comes first by its deadline. */
export async function listDossiers(db: Executor, scope: ListScope, f: DossierListFilter) {
  const where: SQL[] = [scopeSql(scope, products, dossiers.producerId)];
  if (f.stages) where.push(inArray(dossiers.status, [...f.stages]));
  if (f.overdueOn)
    where.push(eq(dossiers.status, 'submitted'), sql`${dossiers.communeDueOn} < ${f.overdueOn}`);
  if (f.productId) where.push(eq(dossiers.productId, f.productId));
  if (f.roundId) where.push(eq(dossiers.roundId, f.roundId));
  const condition = and(...where);
  const [items, [{ total }]] = await Promise.all([
    db
      .select({
        id: dossiers.id,
        productId: dossiers.productId,
        productName: products.name,
        producerName: producers.name,
        communeName: adminUnits.name,
        kind: dossiers.kind,
        stage: dossiers.status,
        year: dossiers.year,
        roundLabel: dossiers.roundLabel,
        roundNo: evaluationRounds.no,
        roundYear: evaluationRounds.year,
        roundKind: evaluationRounds.kind,
        receivedOn: dossiers.receivedOn,
        communeDueOn: dossiers.communeDueOn,
        procedureVersionId: dossiers.procedureVersionId,
        updatedAt: dossiers.updatedAt,
      })
      .from(dossiers)
      .innerJoin(products, eq(products.id, dossiers.productId))
      .innerJoin(producers, eq(producers.id, dossiers.producerId))
      .leftJoin(adminUnits, eq(adminUnits.id, products.scopeCommuneId))
      .leftJoin(evaluationRounds, eq(evaluationRounds.id, dossiers.roundId))
      .where(condition)
      .orderBy(
        f.stages || f.overdueOn ? sql`${dossiers.communeDueOn} ASC NULLS LAST` : desc(dossiers.updatedAt),
        desc(dossiers.updatedAt),
        asc(dossiers.id),
      )
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(dossiers)
      .innerJoin(products, eq(products.id, dossiers.productId))
      .where(condition),
  ]);
  return { items, total };
}

export async function setDossierStatus(
  tx: Tx,
  id: string,
  from: DossierStage,
  to: DossierStage,
): Promise<boolean> {
  const moved = await tx
    .update(dossiers)
    .set({ status: to, updatedAt: sql`now()` })
    .where(and(eq(dossiers.id, id), eq(dossiers.status, from)))
    .returning({ id: dossiers.id });
  return moved.length === 1;
}

export async function insertDraft(tx: Tx, values: DossierInsert): Promise<string> {
  const [row] = await tx
    .insert(dossiers)
    .values({ ...values, status: 'draft' })
    .returning({ id: dossiers.id });
  return row.id;
}

/** The open dossier of each of the products that has one. */
export function openDossiersOf(db: Executor, productIds: string[]) {
  if (!productIds.length) return Promise.resolve([]);
  return db
    .select({
      id: dossiers.id,
      productId: dossiers.productId,
      kind: dossiers.kind,
      stage: dossiers.status,
      proposedStars: dossiers.proposedStars,
      year: dossiers.year,
    })
    .from(dossiers)
    .where(and(inArray(dossiers.productId, productIds), notInArray(dossiers.status, CLOSED)));
}

export async function dossierNames(db: Executor, ids: string[]) {
  return db
    .select({ id: dossiers.id, name: sql<string>`'Hồ sơ ' || p.name` })
    .from(dossiers)
    .innerJoin(sql`products p`, sql`p.id = ${dossiers.productId}`)
    .where(inArray(dossiers.id, ids));
}
