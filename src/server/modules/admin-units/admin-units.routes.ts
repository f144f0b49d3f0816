// Versioned administrative units: public reads (addresses are public data),
// mapping review for officers, manual settlement for central/admin.
import { z } from 'zod';
import {
  adminUnitSchema,
  currentOfOldSchema,
  mappingListQuery,
  mappingPage,
  settleMappingBody,
  structureVersionSchema,
  unitListQuery,
  unitPage,
} from '../../../shared/contracts/admin-units.ts';
import { errorSchema } from '../../../shared/contracts/common.ts';
import { createRouter, jsonBodyOf, jsonContent, route } from '../../http/openapi.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import * as service from './admin-units.service.ts';

const tags = ['Admin units'];
const idParam = z.object({
  id: z
    .string()
    .min(3)
    .max(60)
    .meta({ description: 'unit id: <version>:<GSO code>, e.g. vn-2tier-2025:00004' }),
});

export function adminUnitRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/versions',
      tags,
      summary: 'Structure versions with effective dates and provenance',
      responses: { 200: jsonContent(z.array(structureVersionSchema)) },
    }),
    async (c) => c.json(await service.listVersions(c.get('deps')), 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/',
      tags,
      summary: 'List or search units of a structure (accent-insensitive)',
      request: { query: unitListQuery },
      responses: { 200: jsonContent(unitPage) },
    }),
    async (c) => c.json(await service.listUnits(c.get('deps'), c.req.valid('query')), 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/mappings',
      tags,
      summary: 'Old→new mapping rows with their confidence (officers)',
      request: { query: mappingListQuery },
      responses: { 200: jsonContent(mappingPage) },
    }),
    async (c) =>
      c.json(
        await service.listMappings(c.get('deps'), requireGrant(c), c.req.valid('query'), c.get('locale')),
        200,
      ),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/mappings/{mappingId}/settle',
      tags,
      summary: 'Settle a mapping row by hand (confidence becomes manual)',
      request: {
        params: z.object({ mappingId: z.coerce.number().int().positive() }),
        ...jsonBodyOf(settleMappingBody),
      },
      responses: { 200: jsonContent(z.object({ id: z.number().int() }).meta({ id: 'SettledMapping' })) },
    }),
    async (c) => {
      const { newUnitId, note } = c.req.valid('json');
      const id = await service.settleMapping(
        c.get('deps'),
        requireGrant(c),
        auditActor(c),
        c.req.valid('param').mappingId,
        newUnitId,
        note,
      );
      return c.json({ id }, 200);
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/{id}/current',
      tags,
      summary: 'The current unit(s) an old unit became',
      request: { params: idParam },
      responses: { 200: jsonContent(currentOfOldSchema), 404: jsonContent(errorSchema, 'Unknown unit') },
    }),
    async (c) =>
      c.json(await service.currentOfOld(c.get('deps'), c.req.valid('param').id, c.get('locale')), 200),
  );
  router.openapi(
    route({
      method: 'get',
      path: '/{id}',
      tags,
      summary: 'One unit',
      request: { params: idParam },
      responses: { 200: jsonContent(adminUnitSchema), 404: jsonContent(errorSchema, 'Unknown unit') },
    }),
    async (c) => c.json(await service.getUnit(c.get('deps'), c.req.valid('param').id), 200),
  );
  return router;
}
