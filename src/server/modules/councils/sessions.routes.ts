// Council sessions over HTTP: a session as its reader may see it, its dossiers,
// attendance, conflicts of interest, the moves that open and close it, and its minutes.
import { z } from 'zod';
import {
  attendanceBody,
  conflictBody,
  sessionDossiersBody,
  sessionEventBody,
  sessionSchema,
} from '../../../shared/contracts/councils.ts';
import { printedPdf } from '../../http/file-response.ts';
import { createRouter, jsonBodyOf, jsonContent, route } from '../../http/openapi.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import { forbidden, idParam, notFound, refused, tags } from './parts.routes.ts';
import { minutesPdf } from './minutes.service.ts';
import * as sessions from './sessions.service.ts';

export function sessionRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/council-sessions/{id}',
      tags,
      summary:
        'A session: attendance, quorum, its dossiers with who has sent a sheet (never the scores before closing), results once closed',
      request: { params: idParam },
      responses: { 200: jsonContent(sessionSchema), 404: notFound },
    }),
    async (c) =>
      c.json(
        await sessions.getSession(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('param').id),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/council-sessions/{id}/dossiers',
      tags,
      summary: 'Put dossiers to a planned session (at the council’s stage, of its province)',
      request: { params: idParam, ...jsonBodyOf(sessionDossiersBody) },
      responses: {
        200: jsonContent(sessionSchema),
        400: refused,
        403: forbidden,
        404: notFound,
        409: refused,
      },
    }),
    async (c) =>
      c.json(
        await sessions.addDossiers(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          c.req.valid('json').dossierIds,
        ),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'delete',
      path: '/council-sessions/{id}/dossiers/{itemId}',
      tags,
      summary: 'Take a dossier off a planned session',
      request: { params: z.object({ id: z.uuid(), itemId: z.uuid() }) },
      responses: { 200: jsonContent(sessionSchema), 403: forbidden, 404: notFound, 409: refused },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      return c.json(
        await sessions.removeDossier(c.get('deps'), requireGrant(c), auditActor(c), id, itemId),
        200,
      );
    },
  );
  router.openapi(
    route({
      method: 'put',
      path: '/council-sessions/{id}/attendance',
      tags,
      summary:
        'Record the members present (before scoring opens; for written opinions that diverge, the day the council met)',
      request: { params: idParam, ...jsonBodyOf(attendanceBody) },
      responses: {
        200: jsonContent(sessionSchema),
        400: refused,
        403: forbidden,
        404: notFound,
        409: refused,
      },
    }),
    async (c) =>
      c.json(
        await sessions.recordAttendance(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          c.req.valid('json').present,
        ),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/council-sessions/{id}/events',
      tags,
      summary: 'Open the scoring (quorum checked), close the session (the chair), or cancel a planned one',
      request: { params: idParam, ...jsonBodyOf(sessionEventBody) },
      responses: { 200: jsonContent(sessionSchema), 403: forbidden, 404: notFound, 409: refused },
    }),
    async (c) =>
      c.json(
        await sessions.actOnSession(
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
      path: '/council-sessions/{id}/items/{itemId}/conflicts',
      tags,
      summary: 'Declare a conflict of interest with a dossier’s producer: the member does not score it',
      request: { params: z.object({ id: z.uuid(), itemId: z.uuid() }), ...jsonBodyOf(conflictBody) },
      responses: {
        200: jsonContent(sessionSchema),
        400: refused,
        403: forbidden,
        404: notFound,
        409: refused,
      },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      return c.json(
        await sessions.declareConflict(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          id,
          itemId,
          c.req.valid('json'),
        ),
        200,
      );
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/council-sessions/{id}/minutes',
      tags,
      summary:
        "The session's minutes (biên bản) as a PDF: attendance and quorum, every member's totals, re-scoring, results and flags; a draft until the session closes",
      request: { params: idParam },
      responses: {
        200: {
          description: 'A PDF',
          content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
        },
        404: notFound,
      },
    }),
    async (c) =>
      printedPdf(
        c,
        await minutesPdf(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('param').id),
        'inline',
      ),
  );
  return router;
}
