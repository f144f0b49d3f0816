import { z } from 'zod';
import { duplicatePageSchema } from '../../../shared/contracts/registry-records.ts';
import {
  producerListQuery,
  producerPage,
  producerSchema,
  productListQuery,
  productPage,
  productSchema,
} from '../../../shared/contracts/registry.ts';
import { errorSchema } from '../../../shared/contracts/common.ts';
import { createRouter, jsonContent, route } from '../../http/openapi.ts';
import { requireGrant } from '../../http/session.ts';
import { capabilitiesFor } from '../../../domain/access/policy.ts';
import { AppError } from '../../core/app-error.ts';
import { exportRegistry, type ExportFormat } from './export.service.ts';
import { listSuspectedDuplicates } from './duplicates.service.ts';
import * as service from './registry.service.ts';

const idParam = z.object({ id: z.uuid() });

const exportFormat = z.object({ format: z.enum(['xlsx', 'csv', 'json']).default('xlsx') });

export function registryRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/products/duplicates',
      tags: ['Registry'],
      summary: 'Suspected duplicates in the scope, ranked, with the signals that matched',
      request: {
        query: z.object({
          minScore: z.coerce.number().min(0).max(1).default(0.6),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
      },
      responses: { 200: jsonContent(duplicatePageSchema) },
    }),
    async (c) =>
      c.json(await listSuspectedDuplicates(c.get('deps'), requireGrant(c), c.req.valid('query')), 200),
  );
  // before /{id}: "export" is not an id
  for (const kind of ['producers', 'products'] as const) {
    const query =
      kind === 'producers'
        ? producerListQuery.omit({ page: true, pageSize: true }).extend(exportFormat.shape)
        : productListQuery.omit({ page: true, pageSize: true }).extend(exportFormat.shape);
    router.openapi(
      route({
        method: 'get',
        path: `/${kind}/export`,
        tags: ['Registry'],
        summary: `Export the filtered ${kind} list (.xlsx with Vietnamese headers, .csv or JSON)`,
        request: { query },
        responses: {
          200: {
            description: 'The file',
            content: {
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: z.string().meta({ format: 'binary' }),
              },
            },
          },
        },
      }),
      async (c) => {
        const grant = requireGrant(c);
        if (!capabilitiesFor(grant).includes('exportRegistry')) throw new AppError('FORBIDDEN');
        const { format, sort, ...filter } = c.req.valid('query') as Record<string, unknown> & {
          format: ExportFormat;
          sort: string;
        };
        const file = await exportRegistry(c.get('deps'), grant, kind, filter, sort, format);
        const name = `${kind === 'producers' ? 'chu-the' : 'san-pham'}-ocop-${c.get('deps').clock.today()}.${file.extension}`;
        return c.body(new Uint8Array(file.body), 200, {
          'content-type': file.mime,
          'content-disposition': `attachment; filename="${name}"`,
          'x-row-count': String(file.rows),
        });
      },
    );
  }
  router.openapi(
    route({
      method: 'get',
      path: '/producers',
      tags: ['Registry'],
      summary: 'Producers in the active grant’s scope',
      request: { query: producerListQuery },
      responses: { 200: jsonContent(producerPage) },
    }),
    async (c) =>
      c.json(await service.listProducers(c.get('deps'), requireGrant(c), c.req.valid('query')), 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/producers/{id}',
      tags: ['Registry'],
      summary: 'One producer (404 outside scope)',
      request: { params: idParam },
      responses: {
        200: jsonContent(producerSchema),
        404: jsonContent(errorSchema, 'Not found or outside scope'),
      },
    }),
    async (c) =>
      c.json(await service.getProducer(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/products',
      tags: ['Registry'],
      summary: 'Products in the active grant’s scope',
      request: { query: productListQuery },
      responses: { 200: jsonContent(productPage) },
    }),
    async (c) =>
      c.json(await service.listProducts(c.get('deps'), requireGrant(c), c.req.valid('query')), 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/products/{id}',
      tags: ['Registry'],
      summary: 'One product (404 outside scope)',
      request: { params: idParam },
      responses: {
        200: jsonContent(productSchema),
        404: jsonContent(errorSchema, 'Not found or outside scope'),
      },
    }),
    async (c) =>
      c.json(await service.getProduct(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  return router;
}
