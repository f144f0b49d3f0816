// Certificates of recognition over HTTP: a product's certificates with the state each
// is in today. Issuing arrives with council decisions; past ones come with imports.
import { z } from 'zod';
import { errorSchema } from '../../../shared/contracts/common.ts';
import { certificateListSchema } from '../../../shared/contracts/registry-records.ts';
import { createRouter, jsonContent, route } from '../../http/openapi.ts';
import { requireGrant } from '../../http/session.ts';
import { certificatesOf } from './certificates.service.ts';

export function certificateRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/products/{id}/certificates',
      tags: ['Registry'],
      summary: 'Certificates of a product, with the state each is in today (valid, renewal window, expired…)',
      request: { params: z.object({ id: z.uuid() }) },
      responses: {
        200: jsonContent(certificateListSchema),
        404: jsonContent(errorSchema, 'Not found or outside scope'),
      },
    }),
    async (c) => c.json(await certificatesOf(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  return router;
}
