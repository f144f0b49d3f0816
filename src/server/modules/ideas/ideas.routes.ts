// The annual cycle's first steps over HTTP: a province's yearly call for ideas with
// its deadlines, the ideas and business plans producers file, the commune's review
// (return, decline, select, approve the plan), the product an approved idea becomes,
// and the roll-up of a call by commune for the province.
import { z } from 'zod';
import { errorSchema } from '../../../shared/contracts/common.ts';
import {
  createCallBody,
  createIdeaBody,
  editCallBody,
  ideaEventBody,
  ideaListQuery,
  ideaPage,
  ideaSchema,
  registrationCallList,
  registrationCallSchema,
  rollupSchema,
  saveIdeaBody,
} from '../../../shared/contracts/ideas.ts';
import { createRouter, jsonBodyOf, jsonContent, route } from '../../http/openapi.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import { actOnIdea, createIdea, saveIdea } from './idea-filing.service.ts';
import { getIdea, listIdeas, rollUpCall } from './ideas.service.ts';
import { editCall, listCalls, openCall } from './registration-calls.service.ts';

const tags = ['Product ideas'];
const idParam = z.object({ id: z.uuid() });
const notFound = jsonContent(errorSchema, 'Not found or outside scope');

export function ideaRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/registration-calls',
      tags,
      summary: "The yearly calls for product ideas of the caller's province (all for national grants)",
      responses: { 200: jsonContent(registrationCallList) },
    }),
    async (c) => c.json(await listCalls(c.get('deps'), requireGrant(c)), 200),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/registration-calls',
      tags,
      summary: "Open the province's call of a year with its deadlines for ideas and for business plans",
      request: jsonBodyOf(createCallBody),
      responses: {
        201: jsonContent(registrationCallSchema, 'Opened'),
        409: jsonContent(errorSchema, 'The year already has a call'),
        403: jsonContent(errorSchema),
      },
    }),
    async (c) =>
      c.json(await openCall(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('json')), 201),
  );
  router.openapi(
    route({
      method: 'put',
      path: '/registration-calls/{id}',
      tags,
      summary: 'Change (extend) a call’s deadlines; audited',
      request: { params: idParam, ...jsonBodyOf(editCallBody) },
      responses: {
        200: jsonContent(registrationCallSchema),
        409: jsonContent(errorSchema, 'Changed meanwhile'),
        403: jsonContent(errorSchema),
        404: notFound,
      },
    }),
    async (c) =>
      c.json(
        await editCall(
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
      path: '/registration-calls/{id}/rollup',
      tags,
      summary:
        "A call's ideas by commune and stage within the caller's territory, with what waits past its deadline",
      request: { params: idParam },
      responses: { 200: jsonContent(rollupSchema), 404: notFound },
    }),
    async (c) => c.json(await rollUpCall(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/ideas',
      tags,
      summary:
        'Product ideas within scope: all, a call’s, a stage’s, or those waiting for the caller (queue=mine)',
      request: { query: ideaListQuery },
      responses: { 200: jsonContent(ideaPage) },
    }),
    async (c) => c.json(await listIdeas(c.get('deps'), requireGrant(c), c.req.valid('query')), 200),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/ideas',
      tags,
      summary: "Write a product idea under the province's call of the current year (producers)",
      request: jsonBodyOf(createIdeaBody),
      responses: {
        201: jsonContent(ideaSchema, 'Created'),
        409: jsonContent(errorSchema, 'The province has no call this year'),
        403: jsonContent(errorSchema),
      },
    }),
    async (c) =>
      c.json(await createIdea(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('json')), 201),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/ideas/{id}',
      tags,
      summary: 'A product idea with its business plan, gaps, deadline, actions and moves',
      request: { params: idParam },
      responses: { 200: jsonContent(ideaSchema), 404: notFound },
    }),
    async (c) => c.json(await getIdea(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({
      method: 'put',
      path: '/ideas/{id}',
      tags,
      summary: 'Save the idea (draft or returned) or its business plan (once selected)',
      request: { params: idParam, ...jsonBodyOf(saveIdeaBody) },
      responses: {
        200: jsonContent(ideaSchema),
        409: jsonContent(errorSchema, 'Changed meanwhile, or not editable at this stage'),
        403: jsonContent(errorSchema),
        404: notFound,
      },
    }),
    async (c) =>
      c.json(
        await saveIdea(
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
      path: '/ideas/{id}/events',
      tags,
      summary:
        'Move the idea: send (422 IDEA_INCOMPLETE with the gaps; 409 REGISTRATION_CLOSED after the deadline), return or decline with a reason, select, the plan, register as a product',
      request: { params: idParam, ...jsonBodyOf(ideaEventBody) },
      responses: {
        200: jsonContent(ideaSchema),
        400: jsonContent(errorSchema, 'Reason missing'),
        409: jsonContent(errorSchema, 'Not possible at this stage or past the deadline'),
        422: jsonContent(errorSchema, 'Incomplete'),
        404: notFound,
      },
    }),
    async (c) =>
      c.json(
        await actOnIdea(
          c.get('deps'),
          requireGrant(c),
          auditActor(c),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
        200,
      ),
  );
  return router;
}
