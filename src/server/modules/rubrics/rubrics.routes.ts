// Rubric versions over HTTP: list, one set with its rules (what the self-assessment
// page scores with, cached by checksum), and import by an administrator.
import { z } from 'zod';
import {
  rubricImportBody,
  rubricImportReportSchema,
  rubricSetReplySchema,
  rubricVersionListSchema,
} from '../../../shared/contracts/rubric-pack.ts';
import { can } from '../../../domain/access/policy.ts';
import { parseRubricFile } from '../../../domain/rubric/pack-schema.ts';
import { errorSchema } from '../../../shared/contracts/common.ts';
import { AppError } from '../../core/app-error.ts';
import { createRouter, jsonBodyOf, jsonContent, route } from '../../http/openapi.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import { getRubricSet, importRubric, listRubrics } from './rubrics.service.ts';

const tags = ['Rubrics'];
export const RUBRIC_IMPORT_PATH = /^\/api\/rubrics$/;
export const RUBRIC_IMPORT_MAX_BYTES = 4 * 1024 * 1024;

export function rubricRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/',
      tags,
      summary: 'Rubric versions, oldest first',
      responses: { 200: jsonContent(rubricVersionListSchema) },
    }),
    async (c) => {
      requireGrant(c);
      return c.json({ items: await listRubrics(c.get('deps').database.db) }, 200);
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/{id}/sets/{no}',
      tags,
      summary:
        'One score sheet as printed, with the rules of its overlay (immutable once used; cached five minutes)',
      request: { params: z.object({ id: z.string().max(64), no: z.coerce.number().int().min(1).max(99) }) },
      responses: { 200: jsonContent(rubricSetReplySchema), 404: jsonContent(errorSchema, 'Not found') },
    }),
    async (c) => {
      requireGrant(c);
      const { id, no } = c.req.valid('param');
      const { pack, set, rules } = await getRubricSet(c.get('deps').database.db, id, no);
      return c.json(
        {
          rubric: {
            id: pack.id,
            title: pack.title,
            verified: pack.verified,
            effectiveFrom: pack.effectiveFrom,
            effectiveTo: pack.effectiveTo,
          },
          set,
          rules: { overlayId: rules.overlayId, rules: rules.rules, categorical: [...rules.categorical] },
        },
        200,
        { 'cache-control': 'private, max-age=300' },
      );
    },
  );
  router.openapi(
    route({
      method: 'post',
      path: '/',
      tags,
      summary:
        'Import a rubric version (administrators): {pack, rules?, dryRun?}; every inconsistency reported, diff against the version before',
      request: jsonBodyOf(rubricImportBody),
      responses: {
        200: jsonContent(rubricImportReportSchema, 'Report'),
        400: jsonContent(errorSchema, 'Not a valid rubric'),
        409: jsonContent(errorSchema, 'Version in use'),
      },
    }),
    async (c) => {
      const grant = requireGrant(c);
      if (!can(grant, 'manage', { kind: 'rubricVersion' })) throw new AppError('FORBIDDEN');
      const { pack, rules, dryRun } = c.req.valid('json');
      const parsed = parseRubricFile(pack, rules ?? null);
      if (!parsed.ok)
        throw new AppError('RUBRIC_INVALID', { detail: parsed.problems.slice(0, 10).join('; ') });
      const deps = c.get('deps');
      return c.json(
        await importRubric(deps.database.db, deps.auditSecret, auditActor(c), parsed, { dryRun }),
        200,
      );
    },
  );
  return router;
}
