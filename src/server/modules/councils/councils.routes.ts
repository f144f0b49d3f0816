// Councils over HTTP: councils, members and rules; sessions with their dossiers,
// attendance, conflicts and moves; a member's own sheet and the evidence beside it;
// the chair's moves on a dossier and corrections after closing.
import { z } from 'zod';
import { errorSchema } from '../../../shared/contracts/common.ts';
import {
  addMemberBody,
  attendanceBody,
  conflictBody,
  correctionBody,
  councilList,
  councilSchema,
  createCouncilBody,
  createSessionBody,
  editCouncilBody,
  itemEventBody,
  mySheetSchema,
  sessionDossiersBody,
  sessionEventBody,
  sessionItemSchema,
  sessionList,
  sessionSchema,
  sheetSaveBody,
} from '../../../shared/contracts/councils.ts';
import { councilResultSchema } from '../../../shared/contracts/decisions.ts';
import { inlineFile, printedPdf } from '../../http/file-response.ts';
import { createRouter, jsonBodyOf, jsonContent, route } from '../../http/openapi.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import { councilResultOf } from './council-result.service.ts';
import * as councils from './councils.service.ts';
import { minutesPdf } from './minutes.service.ts';
import { actOnItem, correctSheet, itemView } from './item-results.service.ts';
import * as sessions from './sessions.service.ts';
import { councilEvidence, mySheet, saveMySheet } from './sheets.service.ts';

const tags = ['Councils'];
const idParam = z.object({ id: z.uuid() });
const notFound = jsonContent(errorSchema, 'Not found or outside scope');
const refused = jsonContent(errorSchema, 'Refused in this state (the code says why)');
const forbidden = jsonContent(errorSchema, 'Not allowed');

export function councilRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/councils',
      tags,
      summary: 'The councils the caller runs (its province’s, the centre’s) or sits on',
      responses: { 200: jsonContent(councilList) },
    }),
    async (c) => c.json(await councils.listCouncils(c.get('deps'), requireGrant(c), auditActor(c)), 200),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/councils',
      tags,
      summary: 'Set up a council with its rules (defaults of its level where not given)',
      request: jsonBodyOf(createCouncilBody),
      responses: { 201: jsonContent(councilSchema, 'Set up'), 400: refused, 403: forbidden },
    }),
    async (c) =>
      c.json(
        await councils.createCouncil(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('json')),
        201,
      ),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/councils/{id}',
      tags,
      summary: 'A council with its members and rules',
      request: { params: idParam },
      responses: { 200: jsonContent(councilSchema), 404: notFound },
    }),
    async (c) =>
      c.json(
        await councils.getCouncil(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('param').id),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'put',
      path: '/councils/{id}',
      tags,
      summary: 'Rename the council or change its rules (results keep the rules they used); audited',
      request: { params: idParam, ...jsonBodyOf(editCouncilBody) },
      responses: {
        200: jsonContent(councilSchema),
        400: refused,
        403: forbidden,
        404: notFound,
        409: refused,
      },
    }),
    async (c) =>
      c.json(
        await councils.editCouncil(
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
      path: '/councils/{id}/members',
      tags,
      summary: 'Add an account to the council with its position and agency (grants it the council role)',
      request: { params: idParam, ...jsonBodyOf(addMemberBody) },
      responses: { 200: jsonContent(councilSchema), 403: forbidden, 404: notFound, 409: refused },
    }),
    async (c) =>
      c.json(
        await councils.addMember(
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
      method: 'delete',
      path: '/councils/{id}/members/{memberId}',
      tags,
      summary: 'Remove a member (the council grant ends; sheets already sent stay)',
      request: { params: z.object({ id: z.uuid(), memberId: z.uuid() }) },
      responses: { 200: jsonContent(councilSchema), 403: forbidden, 404: notFound },
    }),
    async (c) => {
      const { id, memberId } = c.req.valid('param');
      return c.json(
        await councils.removeMember(c.get('deps'), requireGrant(c), auditActor(c), id, memberId),
        200,
      );
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/council-sessions',
      tags,
      summary: 'Sessions of the councils the caller runs or sits on, newest meeting first',
      request: { query: z.object({ councilId: z.uuid().optional() }) },
      responses: { 200: jsonContent(sessionList) },
    }),
    async (c) => {
      const deps = c.get('deps');
      const grant = requireGrant(c);
      const actor = auditActor(c);
      const mine = (await councils.listCouncils(deps, grant, actor)).map((k) => k.id);
      const { councilId } = c.req.valid('query');
      const ids = councilId ? mine.filter((k) => k === councilId) : mine;
      return c.json(await sessions.listSessions(deps, ids), 200);
    },
  );
  router.openapi(
    route({
      method: 'post',
      path: '/councils/{id}/sessions',
      tags,
      summary: 'Plan a session of the council (a meeting, or written opinions for re-evaluations)',
      request: { params: idParam, ...jsonBodyOf(createSessionBody) },
      responses: { 201: jsonContent(sessionSchema, 'Planned'), 403: forbidden, 404: notFound },
    }),
    async (c) =>
      c.json(
        await sessions.createSession(
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
