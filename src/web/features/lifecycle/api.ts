// The endpoints of life after certification, one fetcher each, typed from the shared
// contracts (src/shared/contracts/lifecycle.ts): the expiry radar of the caller's
// unit, its list and spreadsheet, the lifecycle indicators, and a certificate's
// revocation cases (opened, decided by the signed decision, dropped).
import type { z } from 'zod';
import type {
  LifecycleIndicators,
  openRevocationBody,
  Radar,
  RadarPage,
  Revocation,
  revocationList,
} from '../../../shared/contracts/lifecycle.ts';
import type { RADAR_GROUPS } from '../../../shared/enums.ts';
import { api, apiUpload } from '../../lib/api.ts';

export type { LifecycleIndicators, Radar, RadarPage, Revocation };
export type RadarGroup = (typeof RADAR_GROUPS)[number];
export type RadarItem = RadarPage['items'][number];
export type RevocationList = z.infer<typeof revocationList>;
export type OpenRevocation = z.input<typeof openRevocationBody>;

/** The radar's territory: a central officer's one province, or one commune of the scope. */
export interface RadarScope {
  provinceId?: string;
  communeId?: string;
}

const enc = encodeURIComponent;

export const getRadar = (scope: RadarScope) => api<Radar>('/api/lifecycle/radar', { query: { ...scope } });
export const listRadarItems = (q: RadarScope & { group?: RadarGroup; cursor?: string; limit?: number }) =>
  api<RadarPage>('/api/lifecycle/radar/items', { query: { ...q } });
export const getIndicators = (scope: RadarScope) =>
  api<LifecycleIndicators>('/api/lifecycle/indicators', { query: { ...scope } });

export const listRevocations = (certificateId: string) =>
  api<RevocationList>(`/api/certificates/${enc(certificateId)}/revocations`);
export const openRevocation = (certificateId: string, body: OpenRevocation) =>
  api<Revocation>(`/api/certificates/${enc(certificateId)}/revocations`, { method: 'POST', body });
/** The signed decision: multipart "number", "signedOn" and "file" (a PDF, checked by its bytes). */
export const decideRevocation = (id: string, form: FormData) =>
  apiUpload<Revocation>(`/api/revocations/${enc(id)}/signed`, form);
export const dropRevocation = (id: string, reason: string) =>
  api<Revocation>(`/api/revocations/${enc(id)}/drop`, { method: 'POST', body: { reason } });
