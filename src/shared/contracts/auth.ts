import { z } from 'zod';
import { LOCALES } from '../enums.ts';
import { ROLES, SCOPE_KINDS } from '../roles.ts';

export const loginBody = z
  .strictObject({
    email: z.string().trim().toLowerCase().email().max(254),
    password: z.string().min(1).max(200),
  })
  .meta({ id: 'LoginRequest' });

export const changePasswordBody = z
  .strictObject({
    currentPassword: z.string().min(1).max(200),
    newPassword: z.string().min(1).max(200),
  })
  .meta({ id: 'ChangePasswordRequest' });

export const switchGrantBody = z.strictObject({ grantId: z.uuid() }).meta({ id: 'SwitchGrantRequest' });

export const grantSchema = z
  .object({
    id: z.string(),
    role: z.enum(ROLES),
    scopeKind: z.enum(SCOPE_KINDS),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    unitLevel: z.enum(['province', 'commune']).nullable(),
    producerId: z.string().nullable(),
    councilId: z.string().nullable(),
    roundId: z.string().nullable(),
  })
  .meta({ id: 'Grant' });

export const meSchema = z
  .object({
    user: z.object({
      id: z.string(),
      email: z.string(),
      fullName: z.string(),
      locale: z.enum(LOCALES),
      mustChangePassword: z.boolean(),
    }),
    grants: z.array(grantSchema),
    activeGrantId: z.string().nullable(),
    navigation: z.array(z.string()),
    capabilities: z.array(z.string()).meta({ description: 'list-level actions the active grant allows' }),
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });

export type Me = z.infer<typeof meSchema>;
export type GrantView = z.infer<typeof grantSchema>;
