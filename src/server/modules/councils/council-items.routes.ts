// One dossier before a council over HTTP: the member's own sheet (read with the
// producer's part III and evidence, saved change by change), the chair's moves and
// corrections, and the dossier's council result for its producer after the decision.
import { z } from 'zod';
import {
  correctionBody,
  itemEventBody,
  mySheetSchema,
  sessionItemSchema,
  sheetSaveBody,
} from '../../../shared/contracts/councils.ts';
import { councilResultSchema } from '../../../shared/contracts/decisions.ts';
import { inlineFile } from '../../http/file-response.ts';
import { createRouter, jsonBodyOf, jsonContent, route } from '../../http/openapi.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import { forbidden, idParam, notFound, refused, tags } from './parts.routes.ts';
import { councilResultOf } from './council-result.service.ts';
import { actOnItem, correctSheet, itemView } from './item-results.service.ts';
import { councilEvidence, mySheet, saveMySheet } from './sheets.service.ts';

export function councilItemRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/council-items/{id}',
      tags,
      summary: 'One dossier of a session as the caller may see it',
      request: { params: idParam },
      responses: { 200: jsonContent(sessionItemSchema), 404: notFound },
    }),
    async (c) =>
      c.json(await itemView(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/council-items/{id}/my-sheet',
      tags,
      summary:
        "The caller's own sheet of the current pass, with the producer's part III, evidence and the advisory report",
      request: { params: idParam },
      responses: { 200: jsonContent(mySheetSchema), 403: forbidden, 404: notFound },
    }),
    async (c) =>
      c.json(await mySheet(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({
      method: 'put',
      path: '/council-items/{id}/my-sheet',
      tags,
      summary:
        'Save one change of the caller’s sheet from a device (idempotent by changeId; SHEET_CONFLICT with the server copy when another device wrote since); send it when complete',
      request: { params: idParam, ...jsonBodyOf(sheetSaveBody) },
      responses: {
        200: jsonContent(mySheetSchema),
        400: refused,
        403: forbidden,
        404: notFound,
        409: refused,
        422: refused,
      },
    }),
    async (c) =>
      c.json(
        await saveMySheet(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/council-items/{id}/events',
      tags,
      summary:
        'The chair asks the flagged members to re-score, or closes the dossier with the council’s result',
      request: { params: idParam, ...jsonBodyOf(itemEventBody) },
      responses: { 200: jsonContent(sessionItemSchema), 403: forbidden, 404: notFound, 409: refused },
    }),
    async (c) =>
      c.json(
        await actOnItem(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          c.req.valid('json').event,
        ),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/council-items/{id}/corrections',
      tags,
      summary:
        'Correct a locked sheet: a new version with its reason, audited; the result computed again before the decision',
      request: { params: idParam, ...jsonBodyOf(correctionBody) },
      responses: {
        200: jsonContent(sessionItemSchema),
        400: refused,
        403: forbidden,
        404: notFound,
        409: refused,
      },
    }),
    async (c) =>
      c.json(
        await correctSheet(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/council-items/{id}/evidence/{evidenceId}',
      tags,
      summary: 'An evidence file of the dossier’s part III, for a member who scores it',
      request: { params: z.object({ id: z.uuid(), evidenceId: z.uuid() }) },
      responses: {
        200: {
          description: 'The file',
          content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
        },
        403: forbidden,
        404: notFound,
      },
    }),
    async (c) => {
      const { id, evidenceId } = c.req.valid('param');
      return inlineFile(
        c,
        await councilEvidence(c.get('deps'), requireGrant(c), auditActor(c), id, evidenceId),
      );
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/dossiers/{id}/council-result',
      tags,
      summary:
        "A dossier's council result per criterion beside the producer's own, and what would take it to the next star (its producer after the decision; its officers once closed)",
      request: { params: idParam },
      responses: { 200: jsonContent(councilResultSchema), 404: notFound },
    }),
    async (c) => c.json(await councilResultOf(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  return router;
}
