import { z } from 'zod';
import { can } from '../../../domain/access/policy.ts';
import { auditLogPageSchema, chainHeadSchema, verifyReportSchema } from '../../../shared/contracts/audit.ts';
import { AppError } from '../../core/app-error.ts';
import { createRouter, jsonContent, route } from '../../http/openapi.ts';
import { requireGrant } from '../../http/session.ts';
import { listAudit } from './audit.service.ts';
import { signedHead } from './audit-checkpoint.ts';
import { verifyAuditChain } from './audit-verify.ts';

const tags = ['Audit'];

export function auditRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/',
      tags,
      summary: 'Newest audit rows first (keyset: before=<id>)',
      request: {
        query: z.object({
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
      responses: {
        200: jsonContent(auditLogPageSchema),
      },
    }),
    async (c) => {
      if (!can(requireGrant(c), 'view', { kind: 'auditLog' })) throw new AppError('FORBIDDEN');
      const { before, limit } = c.req.valid('query');
      return c.json(await listAudit(c.get('deps'), before, limit), 200);
    },
  );
  router.openapi(
    route({
      method: 'post',
      path: '/verify',
      tags,
      summary: 'Verify the whole chain against the exported checkpoints',
      responses: {
        200: jsonContent(verifyReportSchema),
      },
    }),
    async (c) => {
      if (!can(requireGrant(c), 'verify', { kind: 'auditLog' })) throw new AppError('FORBIDDEN');
      const deps = c.get('deps');
      return c.json(
        await verifyAuditChain(
          deps.database.db,
          { secret: deps.auditSecret, signing: deps.auditSigning },
          deps.checkpointDir,
        ),
        200,
      );
    },
  );
  router.openapi(
    route({
      method: 'get',
      path: '/head',
      tags,
      summary:
        'The chain head, signed now with the Ed25519 key (public): keep copies elsewhere; `ocop audit verify --against` proves a later rewrite',
      responses: { 200: jsonContent(chainHeadSchema) },
    }),
    async (c) => {
      const deps = c.get('deps');
      c.header('Cache-Control', 'no-store');
      return c.json(await signedHead(deps.database.db, deps.auditSigning, deps.clock.now()), 200);
    },
  );
  return router;
}
