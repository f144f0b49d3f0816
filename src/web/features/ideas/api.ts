// The product-idea and registration-call endpoints, one fetcher each, typed from the
// shared contracts (src/shared/contracts/ideas.ts): no screen writes a response type.
import type { z } from 'zod';
import type {
  businessPlanSchema,
  createCallBody,
  createIdeaBody,
  editCallBody,
  ideaEventBody,
  ideaListQuery,
  ideaPage,
  ideaSchema,
  registrationCallList,
  registrationCallSchema,
  rollupSchema,
  saveIdeaBody,
} from '../../../shared/contracts/ideas.ts';
import { api } from '../../lib/api.ts';

export type IdeaView = z.infer<typeof ideaSchema>;
export type IdeaPage = z.infer<typeof ideaPage>;
export type IdeaRow = IdeaPage['items'][number];
export type CallView = z.infer<typeof registrationCallSchema>;
export type Rollup = z.infer<typeof rollupSchema>;
export type BusinessPlan = z.infer<typeof businessPlanSchema>;
export type IdeaFieldsInput = z.input<typeof createIdeaBody>;
export type IdeaEvent = z.input<typeof ideaEventBody>['event'];

const ideaPath = (id: string) => `/api/ideas/${encodeURIComponent(id)}`;
const callPath = (id: string) => `/api/registration-calls/${encodeURIComponent(id)}`;

export const listCalls = () => api<z.infer<typeof registrationCallList>>('/api/registration-calls');
export const openCall = (body: z.input<typeof createCallBody>) =>
  api<CallView>('/api/registration-calls', { method: 'POST', body });
export const editCall = (id: string, body: z.input<typeof editCallBody>) =>
  api<CallView>(callPath(id), { method: 'PUT', body });
export const rollUp = (id: string) => api<Rollup>(`${callPath(id)}/rollup`);

export const listIdeas = (
  query: Pick<z.input<typeof ideaListQuery>, 'callId' | 'stage' | 'queue'> & {
    page: number;
    pageSize: number;
  },
) => api<IdeaPage>('/api/ideas', { query });
export const getIdea = (id: string) => api<IdeaView>(ideaPath(id));
export const createIdea = (body: IdeaFieldsInput) => api<IdeaView>('/api/ideas', { method: 'POST', body });
export const saveIdea = (id: string, body: z.input<typeof saveIdeaBody>) =>
  api<IdeaView>(ideaPath(id), { method: 'PUT', body });
export const actOnIdea = (id: string, body: { event: IdeaEvent; reason?: string }) =>
  api<IdeaView>(`${ideaPath(id)}/events`, { method: 'POST', body });
