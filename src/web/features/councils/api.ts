// The council endpoints, one fetcher each, typed from the shared contracts
// (src/shared/contracts/councils.ts): councils and members, sessions with their
// dossiers, attendance and moves, a member's own sheet, and the dossiers at the
// council's stage that a session can take.
import type { z } from 'zod';
import type {
  addMemberBody,
  councilList,
  councilSchema,
  createCouncilBody,
  createSessionBody,
  editCouncilBody,
  mySheetSchema,
  sessionItemSchema,
  sessionList,
  sessionSchema,
  sheetSaveBody,
} from '../../../shared/contracts/councils.ts';
import type { dossierPage } from '../../../shared/contracts/dossiers.ts';
import type { SESSION_EVENTS, SESSION_ITEM_EVENTS } from '../../../shared/enums.ts';
import { api } from '../../lib/api.ts';

export type Council = z.infer<typeof councilSchema>;
export type CouncilRow = z.infer<typeof councilList>[number];
export type CouncilRules = Council['rules'];
export type Session = z.infer<typeof sessionSchema>;
export type SessionRow = z.infer<typeof sessionList>[number];
export type SessionItem = z.infer<typeof sessionItemSchema>;
export type MySheet = z.infer<typeof mySheetSchema>;
export type SheetSave = z.input<typeof sheetSaveBody>;
export type CreateCouncil = z.input<typeof createCouncilBody>;
export type EditCouncil = z.input<typeof editCouncilBody>;
export type CreateSession = z.input<typeof createSessionBody>;
export type AddMember = z.input<typeof addMemberBody>;
export type SessionEvent = (typeof SESSION_EVENTS)[number];
export type ItemEvent = (typeof SESSION_ITEM_EVENTS)[number];

const enc = encodeURIComponent;
const councilPath = (id: string) => `/api/councils/${enc(id)}`;
const sessionPath = (id: string) => `/api/council-sessions/${enc(id)}`;
const itemPath = (id: string) => `/api/council-items/${enc(id)}`;

export const listCouncils = () => api<CouncilRow[]>('/api/councils');
export const getCouncil = (id: string) => api<Council>(councilPath(id));
export const createCouncil = (body: CreateCouncil) => api<Council>('/api/councils', { method: 'POST', body });
export const editCouncil = (id: string, body: EditCouncil) =>
  api<Council>(councilPath(id), { method: 'PUT', body });
export const addMember = (id: string, body: AddMember) =>
  api<Council>(`${councilPath(id)}/members`, { method: 'POST', body });
export const removeMember = (id: string, memberId: string) =>
  api<Council>(`${councilPath(id)}/members/${enc(memberId)}`, { method: 'DELETE' });

export const listSessions = (councilId?: string) =>
  api<SessionRow[]>('/api/council-sessions', { query: { councilId } });
export const createSession = (councilId: string, body: CreateSession) =>
  api<Session>(`${councilPath(councilId)}/sessions`, { method: 'POST', body });
export const getSession = (id: string) => api<Session>(sessionPath(id));
export const addSessionDossiers = (id: string, dossierIds: string[]) =>
  api<Session>(`${sessionPath(id)}/dossiers`, { method: 'POST', body: { dossierIds } });
export const removeSessionDossier = (id: string, itemId: string) =>
  api<Session>(`${sessionPath(id)}/dossiers/${enc(itemId)}`, { method: 'DELETE' });
export const recordAttendance = (id: string, present: string[]) =>
  api<Session>(`${sessionPath(id)}/attendance`, { method: 'PUT', body: { present } });
export const actOnSession = (id: string, event: SessionEvent) =>
  api<Session>(`${sessionPath(id)}/events`, { method: 'POST', body: { event } });
export const declareConflict = (id: string, itemId: string, body: { reason: string; memberId?: string }) =>
  api<Session>(`${sessionPath(id)}/items/${enc(itemId)}/conflicts`, { method: 'POST', body });

export const actOnItem = (itemId: string, event: ItemEvent) =>
  api<SessionItem>(`${itemPath(itemId)}/events`, { method: 'POST', body: { event } });
export const getMySheet = (itemId: string) => api<MySheet>(`${itemPath(itemId)}/my-sheet`);
export const saveMySheet = (itemId: string, body: SheetSave) =>
  api<MySheet>(`${itemPath(itemId)}/my-sheet`, { method: 'PUT', body });

/** Dossiers at the council's stage in the caller's territory, to put to a session. */
export const listScoringDossiers = () =>
  api<z.infer<typeof dossierPage>>('/api/dossiers', {
    query: { stage: 'councilScoring', page: 1, pageSize: 200 },
  });
