// SQL of product photos (owned by the photos module).
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { productPhotos } from '../../db/schema/index.ts';

export type PhotoRow = typeof productPhotos.$inferSelect;

export async function countPhotos(db: Executor, productId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(productPhotos)
    .where(eq(productPhotos.productId, productId));
  return n;
}

/** Photos per product, for products that have any. */
export async function countPhotosOf(db: Executor, productIds: string[]): Promise<Map<string, number>> {
  if (!productIds.length) return new Map();
  const rows = await db
    .select({ productId: productPhotos.productId, n: count() })
    .from(productPhotos)
    .where(inArray(productPhotos.productId, productIds))
    .groupBy(productPhotos.productId);
  return new Map(rows.map((r) => [r.productId, r.n]));
}

export async function insertPhoto(tx: Tx, values: typeof productPhotos.$inferInsert): Promise<PhotoRow> {
  const [inserted] = await tx.insert(productPhotos).values(values).returning();
  return inserted;
}

export function listPhotos(db: Executor, productId: string): Promise<PhotoRow[]> {
  return db
    .select()
    .from(productPhotos)
    .where(eq(productPhotos.productId, productId))
    .orderBy(asc(productPhotos.sortOrder), asc(productPhotos.createdAt));
}

export async function findPhoto(db: Executor, photoId: string): Promise<PhotoRow | null> {
  const [row] = await db.select().from(productPhotos).where(eq(productPhotos.id, photoId));
  return row ?? null;
}

export async function deletePhoto(tx: Tx, productId: string, photoId: string): Promise<PhotoRow | null> {
  const [deleted] = await tx
    .delete(productPhotos)
    .where(and(eq(productPhotos.id, photoId), eq(productPhotos.productId, productId)))
    .returning();
  return deleted ?? null;
}
