import { z } from 'zod';
import { can } from '../../../domain/access/policy.ts';
import { AppError } from '../../core/app-error.ts';
import { createRouter, jsonContent, route } from '../../http/openapi.ts';
import { requireGrant } from '../../http/session.ts';
import { listAudit } from './audit.service.ts';
import { signedHead } from './audit-checkpoint.ts';
import { verifyAuditChain } from './audit-verify.ts';

const tags = ['Audit'];
const chainHeadSchema = z
  .object({
    lastId: z.number().int(),
    lastHash: z.string(),
    at: z.iso.datetime(),
    alg: z.literal('ed25519'),
    keyId: z.string(),
    signature: z
      .string()
      .meta({ description: 'Ed25519 over "ocop-audit-head:<lastId>:<lastHash>:<at>", base64' }),
    publicKey: z
      .string()
      .meta({ description: 'the signing key (SPKI PEM); compare its keyId with one obtained out of band' }),
  })
  .meta({ id: 'AuditChainHead' });
const entrySchema = z
  .object({
    id: z.number(),
    at: z.string(),
    actorLabel: z.string(),
    ip: z.string().nullable(),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string().nullable(),
    summary: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });

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
        200: jsonContent(z.object({ items: z.array(entrySchema), nextBefore: z.number().nullable() })),
      },
    }),
    async (c) => {
      if (!can(requireGrant(c), 'view', { kind: 'auditLog' })) throw new AppError('FORBIDDEN');
      const { before, limit } = c.req.valid('query');
      return c.json(await listAudit(c.get('deps').database.db, before, limit), 200);
    },
  );
  router.openapi(
    route({
      method: 'post',
      path: '/verify',
      tags,
      summary: 'Verify the whole chain against the exported checkpoints',
      responses: {
        200: jsonContent(
          z.object({
            ok: z.boolean(),
            rows: z.number(),
            lastId: z.number(),
            checkpoints: z.number(),
            redacted: z.number(),
            hashesChecked: z.boolean(),
            problems: z.array(z.object({ id: z.number().nullable(), kind: z.string(), message: z.string() })),
          }),
        ),
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
