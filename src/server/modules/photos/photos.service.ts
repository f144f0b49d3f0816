// Product photos: upload (checked, re-encoded, thumbnailed, hashed), list, serve,
// remove. Files go through the storage interface; rows and audit in one transaction.
import { randomUUID } from 'node:crypto';
import type { Grant } from '../../../domain/access/policy.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { AuditActor } from '../../core/actor.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { getProductFacts } from '../registry/registry.service.ts';
import { processPhoto } from './image-processing.ts';
import * as repo from './photos.repository.ts';

export const MAX_PHOTOS = 12;

async function productActions(deps: AppDeps, grant: Grant, productId: string) {
  return (await getProductFacts(deps.database.db, grant, productId)).actions;
}

const present = (r: repo.PhotoRow) => ({
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
      const n = await repo.countPhotos(tx, productId);
      if (n >= MAX_PHOTOS) throw new AppError('PHOTO_LIMIT', { max: MAX_PHOTOS });
      const inserted = await repo.insertPhoto(tx, {
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
      });
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

/**
 * How many photos each of a producer's products has (its home says which lack one);
 * the caller has read the products through its own grant.
 */
export function photoCounts(deps: AppDeps, productIds: string[]): Promise<Map<string, number>> {
  return repo.countPhotosOf(deps.database.db, productIds);
}

export async function listPhotos(deps: AppDeps, grant: Grant, productId: string) {
  await productActions(deps, grant, productId);
  return (await repo.listPhotos(deps.database.db, productId)).map(present);
}

export async function readPhoto(deps: AppDeps, grant: Grant, photoId: string, variant: 'full' | 'thumb') {
  const row = await repo.findPhoto(deps.database.db, photoId);
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
    const deleted = await repo.deletePhoto(tx, productId, photoId);
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
