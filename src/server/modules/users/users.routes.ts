import { createUserBody, userListQuery, userPage } from '../../../shared/contracts/users.ts';
import { can } from '../../../domain/access/policy.ts';
import { AppError } from '../../core/app-error.ts';
import { createdSchema, errorSchema } from '../../../shared/contracts/common.ts';
import { createRouter, jsonBodyOf, jsonContent, route } from '../../http/openapi.ts';
import { auditActor, requireGrant } from '../../http/session.ts';
import * as service from './users.service.ts';

const tags = ['Users'];

export function userRoutes() {
  const router = createRouter();
  router.openapi(
    route({
      method: 'get',
      path: '/',
      tags,
      summary: 'Accounts with their grants (system admin)',
      request: { query: userListQuery },
      responses: { 200: jsonContent(userPage) },
    }),
    async (c) => c.json(await service.listUsers(c.get('deps'), requireGrant(c), c.req.valid('query')), 200),
  );
  router.openapi(
    route({
      method: 'post',
      path: '/',
      tags,
      summary: 'Create an account with role grants (system admin)',
      request: jsonBodyOf(createUserBody),
      responses: {
        201: jsonContent(createdSchema, 'Created'),
        409: jsonContent(errorSchema, 'Email taken'),
      },
    }),
    async (c) => {
      if (!can(requireGrant(c), 'create', { kind: 'user' })) throw new AppError('FORBIDDEN');
      const id = await service.createUser(c.get('deps'), auditActor(c), c.req.valid('json'));
      return c.json({ id }, 201);
    },
  );
  return router;
}
