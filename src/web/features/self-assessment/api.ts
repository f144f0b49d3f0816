// The self-assessment and rubric endpoints, one fetcher each, typed from the shared
// contracts (src/shared/contracts): no screen writes a response type by hand.
import type { z } from 'zod';
import type { okSchema } from '../../../shared/contracts/common.ts';
import type { productPage } from '../../../shared/contracts/registry.ts';
import type {
  rubricImportBody,
  rubricImportReportSchema,
  rubricSetReplySchema,
  rubricVersionListSchema,
} from '../../../shared/contracts/rubric-pack.ts';
import type {
  assessmentPage,
  assessmentSchema,
  createAssessmentBody,
  evidenceSchema,
  saveAssessmentBody,
  statusBody,
} from '../../../shared/contracts/self-assessment.ts';
import { api, apiUpload } from '../../lib/api.ts';

export type Sheet = z.infer<typeof assessmentSchema>;
export type SheetPage = z.infer<typeof assessmentPage>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Suggestion = Sheet['suggestions'][number];
export type RubricSetReply = z.infer<typeof rubricSetReplySchema>;
export type RubricVersionList = z.infer<typeof rubricVersionListSchema>;
export type RubricImportReport = z.infer<typeof rubricImportReportSchema>;

const sheetPath = (id: string) => `/api/self-assessments/${encodeURIComponent(id)}`;

export const listSheets = (query: { page: number; pageSize: number }) =>
  api<SheetPage>('/api/self-assessments', { query });
export const getSheet = (id: string) => api<Sheet>(sheetPath(id));
export const createSheet = (body: z.input<typeof createAssessmentBody>) =>
  api<Sheet>('/api/self-assessments', { method: 'POST', body });
export const saveSheet = (id: string, body: z.input<typeof saveAssessmentBody>) =>
  api<Sheet>(sheetPath(id), { method: 'PUT', body });
export const setSheetStatus = (id: string, body: z.input<typeof statusBody>) =>
  api<Sheet>(`${sheetPath(id)}/status`, { method: 'POST', body });
export const uploadEvidence = (id: string, form: FormData) =>
  apiUpload<Evidence>(`${sheetPath(id)}/evidence`, form);
export const removeEvidence = (id: string, evidenceId: string) =>
  api<z.infer<typeof okSchema>>(`${sheetPath(id)}/evidence/${encodeURIComponent(evidenceId)}`, {
    method: 'DELETE',
  });

/** The producer's products to open a sheet for (the registry's list, by name). */
export const listOwnProducts = () =>
  api<z.infer<typeof productPage>>('/api/products', { query: { page: 1, pageSize: 200, sort: 'name' } });

export const getRubricSet = (rubricId: string, setNo: number) =>
  api<RubricSetReply>(`/api/rubrics/${encodeURIComponent(rubricId)}/sets/${setNo}`);
export const listRubrics = () => api<RubricVersionList>('/api/rubrics');
export const importRubric = (body: z.input<typeof rubricImportBody>) =>
  api<RubricImportReport>('/api/rubrics', { method: 'POST', body });
