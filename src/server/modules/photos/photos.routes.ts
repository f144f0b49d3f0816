// Product photos over HTTP: multipart upload (the only non-JSON write), list, serve, remove.
import { z } from 'zod';
import { errorSchema, okSchema, photoSchema } from '../../../shared/contracts/common.ts';
import { AppError } from '../../core/app-error.ts';
import { createRouter, jsonContent, route, uploadBodyOf } from '../../http/openapi.ts';
import { readUpload } from '../../http/multipart.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import { PHOTO_LIMITS } from './image-processing.ts';
import * as service from './photos.service.ts';

const tags = ['Registry'];
const productParam = z.object({ id: z.uuid() });

export const PHOTO_UPLOAD_PATH = /^\/api\/products\/[^/]+\/photos$/;

export function photoRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'post',
      path: '/products/{id}/photos',
      tags,
      summary: `Upload a photo (multipart field "file"; JPEG, PNG or WebP up to ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB)`,
      request: {
        params: productParam,
        ...uploadBodyOf(),
      },
      responses: {
        201: jsonContent(photoSchema, 'Stored'),
        413: jsonContent(errorSchema, 'Too large'),
        415: jsonContent(errorSchema, 'Not multipart'),
      },
    }),
    async (c) => {
      const grant = requireGrant(c);
      if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data'))
        throw new AppError('MULTIPART_REQUIRED');
      const { file } = await readUpload(c, z.object({}));
      const bytes = new Uint8Array(await file.arrayBuffer());
      return c.json(
        await service.addPhoto(c.get('deps'), grant, auditActor(c), c.req.valid('param').id, bytes),
        201,
      );
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/products/{id}/photos',
      tags,
      summary: 'Photos of a product',
      request: { params: productParam },
      responses: { 200: jsonContent(z.array(photoSchema)), 404: jsonContent(errorSchema, 'Not found') },
    }),
    async (c) =>
      c.json(await service.listPhotos(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({
      method: 'delete',
      path: '/products/{id}/photos/{photoId}',
      tags,
      summary: 'Remove a photo',
      request: { params: z.object({ id: z.uuid(), photoId: z.uuid() }) },
      responses: {
        200: jsonContent(okSchema),
        404: jsonContent(errorSchema, 'Not found'),
      },
    }),
    async (c) => {
      const { id, photoId } = c.req.valid('param');
      await service.removePhoto(c.get('deps'), requireGrant(c), auditActor(c), id, photoId);
      return c.json({ ok: true as const }, 200);
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/photos/{photoId}/{variant}',
      tags,
      summary: 'The image itself (full or thumb)',
      request: { params: z.object({ photoId: z.uuid(), variant: z.enum(['full', 'thumb']) }) },
      responses: {
        200: {
          description: 'WebP image',
          content: { 'image/webp': { schema: z.string().meta({ format: 'binary' }) } },
        },
        404: jsonContent(errorSchema, 'Not found'),
      },
    }),
    async (c) => {
      const { photoId, variant } = c.req.valid('param');
      const { data, mime } = await service.readPhoto(c.get('deps'), requireGrant(c), photoId, variant);
      return c.body(new Uint8Array(data), 200, {
        'content-type': mime,
        'cache-control': 'private, max-age=3600',
      });
    },
  );
  return router;
}
