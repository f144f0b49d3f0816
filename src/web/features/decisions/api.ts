// The decision endpoints, one fetcher each, typed from the shared contracts
// (src/shared/contracts/decisions.ts): decisions drafted, printed, signed and
// published; and what a decided dossier carries — its council result for its
// producer and officers, its complaints, and the ministry's order to redo it.
import type { z } from 'zod';
import type {
  complaintsSchema,
  councilResultSchema,
  decisionList,
  decisionSchema,
  draftDecisionBody,
} from '../../../shared/contracts/decisions.ts';
import type { dossierPage, DossierView } from '../../../shared/contracts/dossiers.ts';
import { api, apiUpload } from '../../lib/api.ts';

export type Decision = z.infer<typeof decisionSchema>;
export type DecisionItem = Decision['items'][number];
export type DecisionRow = z.infer<typeof decisionList>[number];
export type DraftDecision = z.input<typeof draftDecisionBody>;
export type CouncilResult = z.infer<typeof councilResultSchema>;
export type Complaints = z.infer<typeof complaintsSchema>;
export type DossierPage = z.infer<typeof dossierPage>;

const enc = encodeURIComponent;
const decisionPath = (id: string) => `/api/decisions/${enc(id)}`;
const dossierPath = (id: string) => `/api/dossiers/${enc(id)}`;

export const listDecisions = () => api<DecisionRow[]>('/api/decisions');
export const draftDecision = (body: DraftDecision) =>
  api<Decision>('/api/decisions', { method: 'POST', body });
export const getDecision = (id: string) => api<Decision>(decisionPath(id));
/** The signed decision: multipart "number", "signedOn", "signerName" and "file" (a PDF, checked by its bytes). */
export const uploadSignedDecision = (id: string, form: FormData) =>
  apiUpload<Decision>(`${decisionPath(id)}/signed`, form);
export const publishDecision = (id: string) =>
  api<Decision>(`${decisionPath(id)}/events`, { method: 'POST', body: { event: 'publish' } });

/** Where the printed decision is (a marked draft until the signed copy is uploaded). */
export const decisionPdfUrl = (id: string) => `${decisionPath(id)}/pdf`;
/** Where a certificate is printed, with the QR code of the product's public address. */
export const certificatePdfUrl = (id: string) => `/api/certificates/${enc(id)}/pdf`;

/** The dossiers a decision of the caller's level is drafted from: the province's awaiting one, the centre's under review. */
export const listAwaitingDecision = (level: 'province' | 'central') =>
  api<DossierPage>('/api/dossiers', {
    query: { stage: level === 'central' ? 'centreReview' : 'awaitingDecision', page: 1, pageSize: 200 },
  });

/** A dossier's council result per criterion and the advice to the next star; 404 before it may be read. */
export const getCouncilResult = (dossierId: string) =>
  api<CouncilResult>(`${dossierPath(dossierId)}/council-result`);
export const getComplaints = (dossierId: string) => api<Complaints>(`${dossierPath(dossierId)}/complaints`);
export const lodgeComplaint = (dossierId: string, text: string) =>
  api<Complaints>(`${dossierPath(dossierId)}/complaints`, { method: 'POST', body: { text } });
export const answerComplaint = (dossierId: string, complaintId: string, answer: string) =>
  api<Complaints>(`${dossierPath(dossierId)}/complaints/${enc(complaintId)}/answer`, {
    method: 'POST',
    body: { answer },
  });
/** The ministry's order to redo an evaluation: multipart "on", "note" and "file"; answers with the dossier. */
export const orderRedo = (dossierId: string, form: FormData) =>
  apiUpload<DossierView>(`${dossierPath(dossierId)}/redo-order`, form);
