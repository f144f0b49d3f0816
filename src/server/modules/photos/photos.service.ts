// Product photos: upload (checked, re-encoded, thumbnailed, hashed), list, serve,
// remove. Files go through the storage interface; rows and audit in one transaction.
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Grant } from '../../../domain/access/policy.ts';
import { productActions as actionsOn } from '../../../domain/access/records.ts';
import { productPhotos, products } from '../../db/schema/index.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { AuditActor } from '../../core/actor.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { processPhoto } from './image-processing.ts';

export const MAX_PHOTOS = 12;

async function productActions(deps: AppDeps, grant: Grant, productId: string) {
  const [p] = await deps.database.db
    .select({
      producerId: products.producerId,
      scopeProvinceId: products.scopeProvinceId,
      scopeCommuneId: products.scopeCommuneId,
    })
    .from(products)
    .where(eq(products.id, productId));
  const actions = actionsOn(grant, p);
  if (!actions.includes('view')) throw new AppError('NOT_FOUND');
  return actions;
}

const present = (r: typeof productPhotos.$inferSelect) => ({
  id: r.id,
  width: r.width,
  height: r.height,
  bytes: r.bytes,
  phash: r.phash,
  url: `/api/photos/${r.id}/full`,
  thumbUrl: `/api/photos/${r.id}/thumb`,
  createdAt: r.createdAt.toISOString(),
});

export async function addPhoto(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  productId: string,
  upload: Uint8Array,
) {
  if (!(await productActions(deps, grant, productId)).includes('edit')) throw new AppError('FORBIDDEN');
  const processed = await processPhoto(upload);
  const id = randomUUID();
  const storageKey = `photos/${productId}/${id}.webp`;
  const thumbKey = `photos/${productId}/${id}-thumb.webp`;
  await deps.storage.put(storageKey, processed.full);
  await deps.storage.put(thumbKey, processed.thumb);
  const row = await deps.database.db
    .transaction(async (tx) => {
      const [{ n }] = await tx
        .select({ n: count() })
        .from(productPhotos)
        .where(eq(productPhotos.productId, productId));
      if (n >= MAX_PHOTOS) throw new AppError('PHOTO_LIMIT', { max: MAX_PHOTOS });
      const [inserted] = await tx
        .insert(productPhotos)
        .values({
          id,
          productId,
          storageKey,
          thumbKey,
          mime: processed.mime,
          bytes: processed.full.byteLength,
          width: processed.width,
          height: processed.height,
          phash: processed.phash,
          sortOrder: n,
        })
        .returning();
      await appendAudit(tx, deps.auditSecret, actor, {
        action: 'product.photo_added',
        objectType: 'product',
        objectId: productId,
        after: { photoId: id, phash: processed.phash, bytes: upload.byteLength },
      });
      return inserted;
    })
    .catch(async (err: unknown) => {
      await deps.storage.remove(storageKey);
      await deps.storage.remove(thumbKey);
      throw err;
    });
  return present(row);
}

export async function listPhotos(deps: AppDeps, grant: Grant, productId: string) {
  await productActions(deps, grant, productId);
  const rows = await deps.database.db
    .select()
    .from(productPhotos)
    .where(eq(productPhotos.productId, productId))
    .orderBy(asc(productPhotos.sortOrder), asc(productPhotos.createdAt));
  return rows.map(present);
}

export async function readPhoto(deps: AppDeps, grant: Grant, photoId: string, variant: 'full' | 'thumb') {
  const [row] = await deps.database.db.select().from(productPhotos).where(eq(productPhotos.id, photoId));
  if (!row) throw new AppError('NOT_FOUND');
  await productActions(deps, grant, row.productId);
  const data = await deps.storage.get(variant === 'full' ? row.storageKey : row.thumbKey);
  if (!data) throw new AppError('NOT_FOUND');
  return { data, mime: row.mime };
}

export async function removePhoto(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  productId: string,
  photoId: string,
) {
  if (!(await productActions(deps, grant, productId)).includes('edit')) throw new AppError('FORBIDDEN');
  const row = await deps.database.db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(productPhotos)
      .where(and(eq(productPhotos.id, photoId), eq(productPhotos.productId, productId)))
      .returning();
    if (!deleted) throw new AppError('NOT_FOUND');
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'product.photo_removed',
      objectType: 'product',
      objectId: productId,
      before: { photoId, phash: deleted.phash },
    });
    return deleted;
  });
  await deps.storage.remove(row.storageKey);
  await deps.storage.remove(row.thumbKey);
}
