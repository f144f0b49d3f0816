// Registry writes and record history. Reads are in registry.routes.ts.
import { z } from 'zod';
import { recordHistorySchema } from '../../../shared/contracts/audit.ts';
import { producerSchema } from '../../../shared/contracts/registry.ts';
import {
  createdProductSchema,
  producerDetailsSchema,
  productDetailsSchema,
} from '../../../shared/contracts/registry-records.ts';
import { createdSchema, errorSchema, okSchema } from '../../../shared/contracts/common.ts';
import {
  createProducerBody,
  createProductBody,
  producerStatusBody,
  updateProducerBody,
  updateProductBody,
} from '../../../shared/contracts/registry-write.ts';
import { createRouter, jsonBodyOf, jsonContent, route } from '../../http/openapi.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import { createProducer, producerDetails, updateProducer } from './producer-write.service.ts';
import { createProduct, productDetails, updateProduct } from './product-write.service.ts';
import { getProducer, historyOf } from './registry.service.ts';
import { changeProducerStatus } from './change-producer-status.ts';
import { issueProductCodeFor } from './product-code.service.ts';

const idParam = z.object({ id: z.uuid() });
const created = jsonContent(createdSchema, 'Created');
const ok = jsonContent(okSchema);
const tags = ['Registry'];

export function registryWriteRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'post',
      path: '/producers',
      tags,
      summary: 'Register a producer (officer of its commune or province)',
      request: jsonBodyOf(createProducerBody),
      responses: { 201: created, 409: jsonContent(errorSchema, 'Tax code taken') },
    }),
    async (c) =>
      c.json(
        { id: await createProducer(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('json')) },
        201,
      ),
  );
  router.openapi(
    route({
      method: 'patch',
      path: '/producers/{id}',
      tags,
      summary:
        'Change a producer (officers of its unit: every field; the producer: its contacts, representative, papers and workforce once confirmed); null or an empty text clears a field that may be empty',
      request: { params: idParam, ...jsonBodyOf(updateProducerBody) },
      responses: {
        200: ok,
        403: jsonContent(errorSchema, 'A field this user may not change (named in details.field)'),
        404: jsonContent(errorSchema, 'Not found or outside scope'),
        409: jsonContent(errorSchema, 'Changed meanwhile, or tax code taken'),
      },
    }),
    async (c) => {
      await updateProducer(
        c.get('deps'),
        requireGrant(c),
        auditActor(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json({ ok: true as const }, 200);
    },
  );
  router.openapi(
    route({
      method: 'post',
      path: '/producers/{id}/status',
      tags,
      summary:
        'Confirm or reject a self-registered producer (its commune’s or province’s officers), send a rejected record back (the producer), record it as inactive or active again',
      request: { params: idParam, ...jsonBodyOf(producerStatusBody) },
      responses: {
        200: jsonContent(producerSchema),
        400: jsonContent(errorSchema, 'A reason is required'),
        403: jsonContent(errorSchema, 'Not this user’s move'),
        404: jsonContent(errorSchema, 'Not found or outside scope'),
        409: jsonContent(errorSchema, 'Not possible from this status, or changed meanwhile'),
      },
    }),
    async (c) => {
      const [deps, grant, { id }] = [c.get('deps'), requireGrant(c), c.req.valid('param')];
      await changeProducerStatus(deps, grant, auditActor(c), id, c.req.valid('json'));
      return c.json(await getProducer(deps, grant, id), 200);
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/producers/{id}/details',
      tags,
      summary: 'Contacts, legal papers and workforce of a producer (personal fields only for editors)',
      request: { params: idParam },
      responses: {
        200: jsonContent(producerDetailsSchema),
        404: jsonContent(errorSchema, 'Not found or outside scope'),
      },
    }),
    async (c) => c.json(await producerDetails(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/products/{id}/details',
      tags,
      summary: 'Every editable field of a product',
      request: { params: idParam },
      responses: {
        200: jsonContent(productDetailsSchema),
        404: jsonContent(errorSchema, 'Not found or outside scope'),
      },
    }),
    async (c) => c.json(await productDetails(c.get('deps'), requireGrant(c), c.req.valid('param').id), 200),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/products',
      tags,
      summary: 'Register a product of a producer (answers with suspected duplicates, if any)',
      request: jsonBodyOf(createProductBody),
      responses: {
        201: jsonContent(createdProductSchema, 'Created'),
        409: jsonContent(errorSchema, 'Code taken'),
      },
    }),
    async (c) =>
      c.json(await createProduct(c.get('deps'), requireGrant(c), auditActor(c), c.req.valid('json')), 201),
  );
  router.openapi(
    route({
      method: 'patch',
      path: '/products/{id}',
      tags,
      summary: 'Change a product',
      request: { params: idParam, ...jsonBodyOf(updateProductBody) },
      responses: {
        200: ok,
        404: jsonContent(errorSchema, 'Not found or outside scope'),
        409: jsonContent(errorSchema, 'Changed meanwhile'),
      },
    }),
    async (c) => {
      await updateProduct(
        c.get('deps'),
        requireGrant(c),
        auditActor(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json({ ok: true as const }, 200);
    },
  );
  router.openapi(
    route({
      method: 'post',
      path: '/products/{id}/code',
      tags,
      summary:
        'Issue the official product code by the rule in force (province officers; recognised products)',
      request: { params: idParam },
      responses: {
        200: jsonContent(z.object({ code: z.string() }).meta({ id: 'IssuedProductCode' })),
        409: jsonContent(errorSchema, 'Already coded, not recognised, or no commune'),
      },
    }),
    async (c) =>
      c.json(
        {
          code: await issueProductCodeFor(
            c.get('deps'),
            requireGrant(c),
            auditActor(c),
            c.req.valid('param').id,
          ),
        },
        200,
      ),
  );
  for (const kind of ['producers', 'products'] as const) {
    router.openapi(
      route({
        method: 'get',
        path: `/${kind}/{id}/history`,
        tags,
        summary: `Audit history of one ${kind.slice(0, -1)}`,
        request: { params: idParam },
        responses: {
          200: jsonContent(recordHistorySchema),
          404: jsonContent(errorSchema, 'Not found or outside scope'),
        },
      }),
      async (c) =>
        c.json(
          {
            items: await historyOf(
              c.get('deps'),
              requireGrant(c),
              kind === 'producers' ? 'producer' : 'product',
              c.req.valid('param').id,
            ),
          },
          200,
        ),
    );
  }
  return router;
}
