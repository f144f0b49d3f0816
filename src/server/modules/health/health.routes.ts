import { healthSchema } from '../../../shared/contracts/common.ts';
import { pingDatabase } from '../../db/client.ts';
import { createRouter, jsonContent, route } from '../../http/openapi.ts';

export function healthRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/health',
      tags: ['System'],
      summary: 'Liveness and database reachability',
      responses: { 200: jsonContent(healthSchema), 503: jsonContent(healthSchema, 'Database unreachable') },
    }),
    async (c) => {
      const { database, version } = c.get('deps');
      const ok = await pingDatabase(database.db);
      return c.json(
        { status: ok ? ('ok' as const) : ('degraded' as const), db: database.kind, version },
        ok ? 200 : 503,
      );
    },
  );
  return router;
}
