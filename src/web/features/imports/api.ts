// The import endpoints, one fetcher each, typed from the shared contracts.
import type { z } from 'zod';
import type {
  cancelImportBody,
  correctRowBody,
  importListQuery,
  importListSchema,
  importRowListSchema,
  importRowSchema,
  ImportSheetView,
  ImportView,
  StartedImport,
  validateImportBody,
} from '../../../shared/contracts/imports.ts';
import { api, apiUpload } from '../../lib/api.ts';

export type {
  ImportListItem,
  ImportRowView,
  ImportSheetView,
  ImportView,
  StartedImport,
} from '../../../shared/contracts/imports.ts';
export type ImportRowList = z.infer<typeof importRowListSchema>;
export type ImportList = z.infer<typeof importListSchema>;

const importPath = (id: string) => `/api/imports/${encodeURIComponent(id)}`;

export const startImport = (form: FormData) => apiUpload<StartedImport>('/api/imports', form);
export const listImports = (query: Partial<z.infer<typeof importListQuery>>) =>
  api<ImportList>('/api/imports', { query });
export const getImport = (id: string) => api<ImportView>(importPath(id));
export const getImportSheet = (id: string) => api<ImportSheetView>(`${importPath(id)}/sheet`);
export const validateImport = (id: string, body: z.input<typeof validateImportBody>) =>
  api<ImportView>(`${importPath(id)}/validate`, { method: 'POST', body });
export const commitImport = (id: string) => api<ImportView>(`${importPath(id)}/commit`, { method: 'POST' });
export const cancelImport = (id: string, body: z.input<typeof cancelImportBody>) =>
  api<ImportView>(`${importPath(id)}/cancel`, { method: 'POST', body });
export const listImportRows = (id: string, query: { status?: string; page: number; pageSize: number }) =>
  api<ImportRowList>(`${importPath(id)}/rows`, { query });
export const correctImportRow = (id: string, rowNo: number, body: z.input<typeof correctRowBody>) =>
  api<z.infer<typeof importRowSchema>>(`${importPath(id)}/rows/${rowNo}`, { method: 'PATCH', body });
