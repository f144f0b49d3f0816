// SQL of self-assessment sheets (owned by this module): find, lock, insert, save
// answers under optimistic concurrency, move the status for the workflow kit, list.
import { and, count, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { producers, products, selfAssessments } from '../../db/schema/index.ts';
import type { ListScope } from '../../../domain/access/policy.ts';
import type { SheetStatus } from '../../../domain/self-assessment/sheet.ts';
import { scopeSql } from '../../db/scope.ts';
import { productCertificateSelection } from '../../db/certificate-state.ts';

export type AssessmentRow = typeof selfAssessments.$inferSelect;

export async function findAssessment(db: Executor, id: string): Promise<AssessmentRow | null> {
  const [row] = await db.select().from(selfAssessments).where(eq(selfAssessments.id, id));
  return row ?? null;
}

export async function lockAssessment(tx: Tx, id: string): Promise<AssessmentRow | null> {
  const [row] = await tx.select().from(selfAssessments).where(eq(selfAssessments.id, id)).for('update');
  return row ?? null;
}

export async function setAssessmentStatus(
  tx: Tx,
  id: string,
  from: SheetStatus,
  to: SheetStatus,
  userId: string | null,
) {
  const updated = await tx
    .update(selfAssessments)
    .set({ status: to, updatedBy: userId, updatedAt: sql`now()` })
    .where(and(eq(selfAssessments.id, id), eq(selfAssessments.status, from)))
    .returning({ id: selfAssessments.id });
  return updated.length === 1;
}

/** The newest sheet of the product before `year`, to start next year's from. */
export async function findPreviousAssessment(
  db: Executor,
  productId: string,
  year: number,
): Promise<AssessmentRow | null> {
  const [row] = await db
    .select()
    .from(selfAssessments)
    .where(and(eq(selfAssessments.productId, productId), lt(selfAssessments.year, year)))
    .orderBy(desc(selfAssessments.year))
    .limit(1);
  return row ?? null;
}

/** Inserts a sheet; null when the product already has one for the year. */
export async function insertAssessment(
  tx: Tx,
  values: typeof selfAssessments.$inferInsert,
): Promise<string | null> {
  const [inserted] = await tx
    .insert(selfAssessments)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: selfAssessments.id });
  return inserted?.id ?? null;
}

export type AnswersUpdate = Pick<
  AssessmentRow,
  'answers' | 'facts' | 'comments' | 'total' | 'stars' | 'updatedBy'
>;

/** Saves answers when the sheet is still a draft as the caller last saw it; false on a lost race. */
export async function saveAssessmentAnswers(
  tx: Tx,
  id: string,
  values: AnswersUpdate,
  expectedUpdatedAt: string,
) {
  const updated = await tx
    .update(selfAssessments)
    .set({ ...values, updatedAt: sql`now()` })
    .where(
      and(
        eq(selfAssessments.id, id),
        eq(selfAssessments.status, 'draft'),
        sql`date_trunc('milliseconds', ${selfAssessments.updatedAt}) = ${expectedUpdatedAt}::timestamptz`,
      ),
    )
    .returning({ id: selfAssessments.id });
  return updated.length === 1;
}

export interface ListFilter {
  productId?: string;
  year?: number;
  page: number;
  pageSize: number;
}

/** The sheets of one year for the given products. */
export function sheetsOfYear(db: Executor, productIds: string[], year: number) {
  if (!productIds.length) return Promise.resolve([]);
  return db
    .select({ id: selfAssessments.id, productId: selfAssessments.productId, status: selfAssessments.status })
    .from(selfAssessments)
    .where(and(inArray(selfAssessments.productId, productIds), eq(selfAssessments.year, year)));
}

/** Sheets in draft within a scope, by the province of their product (one row per province). */
export async function countDraftsByProvince(db: Executor, scope: ListScope) {
  return db
    .select({ provinceId: products.scopeProvinceId, n: count() })
    .from(selfAssessments)
    .innerJoin(products, eq(products.id, selfAssessments.productId))
    .where(and(scopeSql(scope, products, products.producerId), eq(selfAssessments.status, 'draft')))
    .groupBy(products.scopeProvinceId);
}

export async function listAssessments(db: Executor, scope: ListScope, f: ListFilter) {
  const where: SQL[] = [scopeSql(scope, products, products.producerId)];
  if (f.productId) where.push(eq(selfAssessments.productId, f.productId));
  if (f.year) where.push(eq(selfAssessments.year, f.year));
  const items = db
    .select({
      id: selfAssessments.id,
      productId: selfAssessments.productId,
      productName: products.name,
      producerName: producers.name,
      year: selfAssessments.year,
      setNo: selfAssessments.setNo,
      rubricVersionId: selfAssessments.rubricVersionId,
      total: selfAssessments.total,
      // no prediction while nothing is answered (domain/self-assessment/prediction.ts)
      stars: sql<
        number | null
      >`case when ${selfAssessments.answers} = '{}'::jsonb then null else ${selfAssessments.stars} end`,
      status: selfAssessments.status,
      updatedAt: selfAssessments.updatedAt,
      // the product's copy of its current certificate (kept by the certificates module)
      certificate: productCertificateSelection,
    })
    .from(selfAssessments)
    .innerJoin(products, eq(products.id, selfAssessments.productId))
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(and(...where))
    .orderBy(desc(selfAssessments.updatedAt), desc(selfAssessments.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const total = db
    .select({ n: count() })
    .from(selfAssessments)
    .innerJoin(products, eq(products.id, selfAssessments.productId))
    .where(and(...where));
  const [rows, [{ n }]] = await Promise.all([items, total]);
  return { items: rows, total: n };
}
