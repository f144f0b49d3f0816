// The home page's data over HTTP: what the active grant has to do and to watch.
import { homeSchema } from '../../../shared/contracts/home.ts';
import { createRouter, jsonContent, route } from '../../http/openapi.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import { homeOf } from './home.service.ts';

export function homeRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/home',
      tags: ['Home'],
      summary:
        "The signed-in grant's home: a producer's products with their certificate state and next step; an officer's counts by star and certificate state, renewals due, open imports, sheets in draft and producers waiting, by province for national grants",
      responses: { 200: jsonContent(homeSchema) },
    }),
    async (c) => c.json(await homeOf(c.get('deps'), requireGrant(c), auditActor(c)), 200),
  );
  return router;
}
