// Life after certification over HTTP: the expiry radar of the caller's unit (counts,
// list, spreadsheet), the lifecycle indicators, and revocation cases — opened from a
// competent conclusion, decided by uploading the signed decision, or dropped.
import { z } from 'zod';
import { errorSchema } from '../../../shared/contracts/common.ts';
import {
  decideRevocationFields,
  dropRevocationBody,
  indicatorsSchema,
  openRevocationBody,
  radarListQuery,
  radarPage,
  radarQuery,
  radarSchema,
  revocationList,
  revocationSchema,
} from '../../../shared/contracts/lifecycle.ts';
import { inlineFile } from '../../http/file-response.ts';
import { readUpload } from '../../http/multipart.ts';
import { createRouter, jsonBodyOf, jsonContent, route, uploadBodyOf } from '../../http/openapi.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import { lifecycleIndicators, radar, radarExport, radarList } from './radar.service.ts';
import * as revocations from './revocations.service.ts';

/** the signed revocation decision, uploaded as a PDF */
export const REVOCATION_UPLOAD_PATH = /^\/api\/revocations\/[^/]+\/signed$/;
export const REVOCATION_FILE_LIMIT = 20 * 1024 * 1024;

const tags = ['Certificates'];
const idParam = z.object({ id: z.uuid() });
const notFound = jsonContent(errorSchema, 'Not found or outside scope');
const refused = jsonContent(errorSchema, 'Refused (the code says why)');

export function lifecycleRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/lifecycle/radar',
      tags,
      summary:
        "The expiry radar of the caller's unit: certificates entering the renewal window, past it with nothing filed, filed, in grace, expired or lapsed this month — by stars and by commune",
      request: { query: radarQuery },
      responses: { 200: jsonContent(radarSchema), 403: refused },
    }),
    async (c) => c.json(await radar(c.get('deps'), requireGrant(c), c.req.valid('query')), 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/lifecycle/radar/items',
      tags,
      summary:
        'The certificates of one radar group (or all), soonest last day first, with the producer’s contacts',
      request: { query: radarListQuery },
      responses: { 200: jsonContent(radarPage), 403: refused },
    }),
    async (c) =>
      c.json((await radarList(c.get('deps'), requireGrant(c), c.req.valid('query'))) as never, 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/lifecycle/radar/export',
      tags,
      summary: 'The radar as a spreadsheet (.xlsx, Vietnamese headers): every certificate of a group, or all',
      request: { query: radarListQuery.pick({ group: true, provinceId: true, communeId: true }) },
      responses: {
        200: {
          description: 'A spreadsheet',
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: z.string().meta({ format: 'binary' }),
            },
          },
        },
        403: refused,
      },
    }),
    async (c) => {
      const file = await radarExport(c.get('deps'), requireGrant(c), c.req.valid('query'));
      return c.body(new Uint8Array(file.data), 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'cache-control': 'no-store',
      });
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/lifecycle/indicators',
      tags,
      summary:
        'Lifecycle indicators: renewal rate by year of expiry, expired-unrenewed by stars, revocations by ground, survival of recognitions by cohort',
      request: { query: radarQuery },
      responses: { 200: jsonContent(indicatorsSchema), 403: refused },
    }),
    async (c) => c.json(await lifecycleIndicators(c.get('deps'), requireGrant(c), c.req.valid('query')), 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/certificates/{id}/revocations',
      tags,
      summary: 'The revocation cases of a certificate, and whether the caller may open one',
      request: { params: idParam },
      responses: { 200: jsonContent(revocationList), 404: notFound },
    }),
    async (c) =>
      c.json(
        await revocations.revocationsOfCertificate(c.get('deps'), requireGrant(c), c.req.valid('param').id),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/certificates/{id}/revocations',
      tags,
      summary:
        'Open a revocation from a competent conclusion on one of the six grounds (QĐ 26/2026 Art. 8); the decision is due within 15 days of the conclusion',
      request: { params: idParam, ...jsonBodyOf(openRevocationBody) },
      responses: {
        201: jsonContent(revocationSchema, 'Opened'),
        400: refused,
        403: refused,
        404: notFound,
        409: refused,
      },
    }),
    async (c) =>
      c.json(
        await revocations.openRevocation(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        201,
      ),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/revocations/{id}',
      tags,
      summary: 'A revocation case',
      request: { params: idParam },
      responses: { 200: jsonContent(revocationSchema), 404: notFound },
    }),
    async (c) =>
      c.json(await revocations.getRevocation(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/revocations/{id}/signed',
      tags,
      summary:
        'Decide a revocation by uploading the signed decision (multipart: "number", "signedOn", "file" a PDF): the certificate is revoked at once and the public page says so',
      request: { params: idParam, ...uploadBodyOf(decideRevocationFields) },
      responses: {
        200: jsonContent(revocationSchema),
        400: refused,
        403: refused,
        404: notFound,
        409: refused,
        413: refused,
      },
    }),
    async (c) => {
      const { file, fields } = await readUpload(c, decideRevocationFields);
      return c.json(
        await revocations.decideRevocation(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          {
            ...fields,
            file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
          },
        ),
        200,
      );
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/revocations/{id}/signed',
      tags,
      summary: 'The signed revocation decision',
      request: { params: idParam },
      responses: {
        200: {
          description: 'A PDF',
          content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
        },
        404: notFound,
      },
    }),
    async (c) => {
      const file = await revocations.revocationSignedCopy(
        c.get('deps'),
        requireGrant(c),
        c.req.valid('param').id,
      );
      return inlineFile(c, { ...file, mime: 'application/pdf' });
    },
  );
  router.openapi(
    route({
      method: 'post',
      path: '/revocations/{id}/drop',
      tags,
      summary: 'Drop an open revocation (the conclusion withdrawn or not confirmed), with the reason',
      request: { params: idParam, ...jsonBodyOf(dropRevocationBody) },
      responses: {
        200: jsonContent(revocationSchema),
        400: refused,
        403: refused,
        404: notFound,
        409: refused,
      },
    }),
    async (c) =>
      c.json(
        await revocations.dropRevocation(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          c.req.valid('json').reason,
        ),
        200,
      ),
  );
  return router;
}
