// The session endpoints, one fetcher each, typed from the shared contracts.
import type { z } from 'zod';
import type { changePasswordBody, loginBody, Me, switchGrantBody } from '../../../shared/contracts/auth.ts';
import type { okSchema } from '../../../shared/contracts/common.ts';
import type { registerProducerBody } from '../../../shared/contracts/registry-write.ts';
import { api } from '../../lib/api.ts';

type Ok = z.infer<typeof okSchema>;

export const getMe = () => api<Me>('/api/auth/me');
export const login = (body: z.input<typeof loginBody>) =>
  api<Me>('/api/auth/login', { method: 'POST', body });
export const logout = () => api<Ok>('/api/auth/logout', { method: 'POST' });
export const switchGrant = (body: z.input<typeof switchGrantBody>) =>
  api<Me>('/api/auth/active-grant', { method: 'POST', body });
export const changePassword = (body: z.input<typeof changePasswordBody>) =>
  api<Ok>('/api/auth/password', { method: 'POST', body });
/** A producer registers itself: an account, its record and its grant, signed in at once. */
export const registerProducer = (body: z.input<typeof registerProducerBody>) =>
  api<Me>('/api/auth/register', { method: 'POST', body });
