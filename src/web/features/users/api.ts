// The account endpoints, one fetcher each, typed from the shared contracts.
import type { z } from 'zod';
import type { createdSchema } from '../../../shared/contracts/common.ts';
import type { createUserBody, userPage } from '../../../shared/contracts/users.ts';
import { api } from '../../lib/api.ts';

export type UserPage = z.infer<typeof userPage>;

export const listUsers = (query: { q?: string; page: number; pageSize: number }) =>
  api<UserPage>('/api/users', { query });
export const createUser = (body: z.input<typeof createUserBody>) =>
  api<z.infer<typeof createdSchema>>('/api/users', { method: 'POST', body });
