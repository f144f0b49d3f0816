// GET /api/worklist: the records of the caller's territory that lack a fact, with counts per fact.
import { worklistQuery, worklistSchema } from '../../../shared/contracts/worklist.ts';
import { errorSchema } from '../../../shared/contracts/common.ts';
import { createRouter, jsonContent, route } from '../../http/openapi.ts';
import { requireGrant } from '../../http/session.ts';
import { worklistOf } from './worklist.service.ts';

export function worklistRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/worklist',
      tags: ['Registry'],
      summary:
        'The data-quality worklist: products of your territory whose records lack their producer, commune, product set, stars, decision number or date (gaps recorded from published lists), with counts per fact',
      request: { query: worklistQuery },
      responses: { 200: jsonContent(worklistSchema), 403: jsonContent(errorSchema, 'No territory') },
    }),
    async (c) => c.json(await worklistOf(c.get('deps'), requireGrant(c), c.req.valid('query')), 200),
  );
  return router;
}
