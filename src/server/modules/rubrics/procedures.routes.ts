// Procedure versions over HTTP: every version with its steps, forms, time limits,
// rounds, score routing and certifying authorities, or one by id (any signed-in user).
import { z } from 'zod';
import { errorSchema } from '../../../shared/contracts/common.ts';
import {
  procedureVersionListSchema,
  procedureVersionReplySchema,
} from '../../../shared/contracts/procedures.ts';
import { createRouter, jsonContent, route } from '../../http/openapi.ts';
import { requireGrant } from '../../http/session.ts';
import { getProcedureVersion, listProcedureVersions } from './procedures.service.ts';

const tags = ['Procedures'];

export function procedureRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/',
      tags,
      summary:
        'Procedure versions of the evaluation, oldest first: steps and who acts, forms, time limits (unit, legal basis), rounds, score routing, who certifies each star',
      responses: { 200: jsonContent(procedureVersionListSchema) },
    }),
    async (c) => {
      requireGrant(c);
      return c.json({ items: await listProcedureVersions(c.get('deps').database.db) }, 200);
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'One procedure version, with the publications it cites',
      request: { params: z.object({ id: z.string().max(64) }) },
      responses: {
        200: jsonContent(procedureVersionReplySchema),
        404: jsonContent(errorSchema, 'Not found'),
      },
    }),
    async (c) => {
      requireGrant(c);
      return c.json(await getProcedureVersion(c.get('deps').database.db, c.req.valid('param').id), 200);
    },
  );
  return router;
}
