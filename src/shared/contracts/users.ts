import { z } from 'zod';
import { LOCALES, USER_STATUSES } from '../enums.ts';
import { ROLES, SCOPE_KINDS } from '../roles.ts';
import { actionsSchema, pageOf, pageQuery, sortParam } from './common.ts';
import { grantSchema } from './auth.ts';

export const grantInput = z
  .strictObject({
    role: z.enum(ROLES),
    scopeKind: z.enum(SCOPE_KINDS),
    unitId: z.string().max(60).optional(),
    producerId: z.uuid().optional(),
    councilId: z.uuid().optional(),
    roundId: z.uuid().optional(),
  })
  .meta({ id: 'GrantInput' });

export const createUserBody = z
  .strictObject({
    email: z.string().trim().toLowerCase().email().max(254),
    fullName: z.string().trim().min(2).max(120),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 .-]{8,16}$/)
      .optional(),
    password: z.string().min(1).max(200),
    locale: z.enum(LOCALES).default('vi'),
    mustChangePassword: z.boolean().default(true),
    grants: z.array(grantInput).max(20).default([]),
  })
  .meta({ id: 'CreateUserRequest' });

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    fullName: z.string(),
    status: z.enum(USER_STATUSES),
    lastLoginAt: z.string().nullable(),
    grants: z.array(grantSchema),
    actions: actionsSchema,
  })
  .meta({ id: 'User' });

export const userListQuery = pageQuery.extend({
  sort: sortParam(['email', 'fullName', 'createdAt'], 'email'),
});
export const userPage = pageOf(userSchema, 'UserPage');
export type CreateUserInput = z.input<typeof createUserBody>;
export type GrantInput = z.infer<typeof grantInput>;
