// The dossier and round endpoints, one fetcher each, typed from the shared contracts
// (src/shared/contracts/dossiers.ts): no screen writes a response type by hand.
import type { z } from 'zod';
import type {
  createDossierBody,
  createRoundBody,
  dossierEventBody,
  dossierListQuery,
  dossierPage,
  DossierView,
  reviewView,
  RoundView,
  saveDossierBody,
} from '../../../shared/contracts/dossiers.ts';
import type { DOSSIER_REVIEW_KINDS } from '../../../shared/enums.ts';
import { api, apiUpload } from '../../lib/api.ts';

export type { DossierView, RoundView };
export type DossierPage = z.infer<typeof dossierPage>;
export type DossierListRow = DossierPage['items'][number];
export type DossierEvent = z.input<typeof dossierEventBody>;
export type SaveDossier = z.input<typeof saveDossierBody>;
export type ReviewEntry = z.infer<typeof reviewView>;
/** the entries written as JSON; a lab result comes as a file (uploadLabResult) */
export type ReviewEntryKind = Exclude<(typeof DOSSIER_REVIEW_KINDS)[number], 'labResult' | 'redoOrder'>;

const dossierPath = (id: string) => `/api/dossiers/${encodeURIComponent(id)}`;

export const listDossiers = (query: Partial<z.infer<typeof dossierListQuery>>) =>
  api<DossierPage>('/api/dossiers', { query });
export const getDossier = (id: string) => api<DossierView>(dossierPath(id));
export const createDossier = (body: z.input<typeof createDossierBody>) =>
  api<{ id: string }>('/api/dossiers', { method: 'POST', body });
export const saveDossier = (id: string, body: SaveDossier) =>
  api<DossierView>(dossierPath(id), { method: 'PUT', body });
export const actOnDossier = (id: string, body: DossierEvent) =>
  api<DossierView>(`${dossierPath(id)}/events`, { method: 'POST', body });
export const addReview = (id: string, body: { kind: ReviewEntryKind; on: string; note: string }) =>
  api<ReviewEntry[]>(`${dossierPath(id)}/reviews`, { method: 'POST', body });
/** A lab report: multipart "on", "note", "answers" (the test request) and "file", checked by its bytes on the server. */
export const uploadLabResult = (id: string, form: FormData) =>
  apiUpload<ReviewEntry[]>(`${dossierPath(id)}/lab-results`, form);

export const listRounds = (year?: number) => api<RoundView[]>('/api/rounds', { query: { year } });
export const openRounds = (body: z.input<typeof createRoundBody>) =>
  api<RoundView[]>('/api/rounds', { method: 'POST', body });

/** Where the printed forms are (Mẫu 01, 02, 03 as PDF). */
export const formPdfUrl = (id: string, form: '01' | '02' | '03') => `${dossierPath(id)}/forms/${form}`;
