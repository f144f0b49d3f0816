import { z } from 'zod';
import { producerListQuery, producerPage, producerSchema, productListQuery, productPage, productSchema } from '../../../shared/contracts/registry.ts';
import { errorSchema } from '../../../shared/contracts/common.ts';
import { createRouter, jsonContent, route } from '../../http/openapi.ts';
import { requireGrant } from '../../http/session.ts';
import * as service from './registry.service.ts';

const idParam = z.object({ id: z.uuid() });

export function registryRoutes() {
  const router = createRouter();
  router.openapi(
    route({ method: 'get', path: '/producers', tags: ['Registry'], summary: 'Producers in the active grant’s scope', request: { query: producerListQuery }, responses: { 200: jsonContent(producerPage) } }),
    async (c) => c.json(await service.listProducers(c.get('deps'), requireGrant(c), c.req.valid('query')), 200),
  );
  router.openapi(
    route({ method: 'get', path: '/producers/{id}', tags: ['Registry'], summary: 'One producer (404 outside scope)', request: { params: idParam }, responses: { 200: jsonContent(producerSchema), 404: jsonContent(errorSchema, 'Not found or outside scope') } }),
    async (c) => c.json(await service.getProducer(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({ method: 'get', path: '/products', tags: ['Registry'], summary: 'Products in the active grant’s scope', request: { query: productListQuery }, responses: { 200: jsonContent(productPage) } }),
    async (c) => c.json(await service.listProducts(c.get('deps'), requireGrant(c), c.req.valid('query')), 200),
  );
  router.openapi(
    route({ method: 'get', path: '/products/{id}', tags: ['Registry'], summary: 'One product (404 outside scope)', request: { params: idParam }, responses: { 200: jsonContent(productSchema), 404: jsonContent(errorSchema, 'Not found or outside scope') } }),
    async (c) => c.json(await service.getProduct(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  return router;
}
