// Councils over HTTP: councils with their rules and members, the sessions of the
// councils the caller runs or sits on, and planning a session. Sessions, sheets and
// results have their own routes (sessions.routes.ts, council-items.routes.ts).
import { z } from 'zod';
import {
  addMemberBody,
  councilList,
  councilSchema,
  createCouncilBody,
  createSessionBody,
  editCouncilBody,
  sessionList,
  sessionSchema,
} from '../../../shared/contracts/councils.ts';
import { createRouter, jsonBodyOf, jsonContent, route } from '../../http/openapi.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import { forbidden, idParam, notFound, refused, tags } from './parts.routes.ts';
import * as councils from './councils.service.ts';
import * as sessions from './sessions.service.ts';

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
  return router;
}
