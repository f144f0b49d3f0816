// The data-quality worklist's fetcher (types from the zod contract the server validates with).
import type { Worklist } from '../../../shared/contracts/worklist.ts';
import { api } from '../../lib/api.ts';

export const fetchWorklist = (query: { fact?: string; page: number; pageSize: number }) =>
  api<Worklist>('/api/worklist', { query });
