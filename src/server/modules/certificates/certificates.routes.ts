// Certificates of recognition over HTTP: a product's certificates with the state each
// is in today. Issuing arrives with council decisions; past ones come with imports.
import { z } from 'zod';
import { errorSchema } from '../../../shared/contracts/common.ts';
import { certificateListSchema } from '../../../shared/contracts/registry-records.ts';
import { createRouter, jsonContent, route } from '../../http/openapi.ts';
import { requireGrant } from '../../http/session.ts';
import { printedPdf } from '../../http/file-response.ts';
import { certificatePdf, certificatesOf } from './certificates.service.ts';

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
  router.openapi(
    route({
      method: 'get',
      path: '/certificates/{id}/pdf',
      tags: ['Registry'],
      summary:
        "A certificate printed (A4 landscape) with a QR code of the product's permanent public address; a superseded or revoked one is marked",
      request: { params: z.object({ id: z.uuid() }) },
      responses: {
        200: {
          description: 'A PDF',
          content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
        },
        404: jsonContent(errorSchema, 'Not found or outside scope'),
        409: jsonContent(errorSchema, 'Recorded from a list without the facts to print'),
      },
    }),
    async (c) =>
      printedPdf(c, await certificatePdf(c.get('deps'), requireGrant(c), c.req.valid('param').id), 'inline'),
  );
  return router;
}
