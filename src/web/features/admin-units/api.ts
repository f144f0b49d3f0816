// The administrative-unit endpoints, one fetcher each, typed from the shared contracts.
import type { z } from 'zod';
import type {
  mappingListQuery,
  mappingPage,
  settleMappingBody,
  StructureVersion,
  unitListQuery,
  unitPage,
} from '../../../shared/contracts/admin-units.ts';
import { api } from '../../lib/api.ts';

export type UnitPage = z.infer<typeof unitPage>;
export type AdminUnit = UnitPage['items'][number];
export type MappingPage = z.infer<typeof mappingPage>;
export type Mapping = MappingPage['items'][number];
export type { StructureVersion };

type Query<T extends z.ZodType> = Partial<z.infer<T>>;

export const listStructureVersions = () => api<StructureVersion[]>('/api/admin-units/versions');
export const listUnits = (query: Query<typeof unitListQuery>) => api<UnitPage>('/api/admin-units', { query });
export const listMappings = (query: Query<typeof mappingListQuery>) =>
  api<MappingPage>('/api/admin-units/mappings', { query });
export const settleMapping = (mappingId: number, body: z.input<typeof settleMappingBody>) =>
  api<{ id: number }>(`/api/admin-units/mappings/${mappingId}/settle`, { method: 'POST', body });
