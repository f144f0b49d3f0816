// A council session's transition table (phiên họp hội đồng): the province's OCOP agency
// (or the centre's, for the central council) plans it with its dossiers and records who
// is present; scoring opens only with a quorum under the council's rules (checked on
// the attendance); the chair closes the session once every dossier in it is closed. A
// session decided by written opinion (re-evaluations, QĐ 26/2026 Art. 7.6) opens
// without a meeting and needs none unless the opinions diverge.
import { SESSION_EVENTS, SESSION_STATES } from '../../shared/enums.ts';
import type { Guard, WorkflowContext, WorkflowTable } from '../workflow/kit.ts';

export type SessionState = (typeof SESSION_STATES)[number];
export type SessionEvent = (typeof SESSION_EVENTS)[number];

export interface SessionContext extends WorkflowContext {
  /** an officer of the council's province (or a central officer for the central council) */
  officerOfCouncil: boolean;
  /** the actor chairs this session (the chair, or the vice-chair when the chair is absent) */
  chairs: boolean;
  quorumMet: boolean;
  /** every dossier of the session has its result */
  itemsClosed: boolean;
  /** the session has at least one dossier */
  hasItems: boolean;
}

const officer: Guard<SessionContext> = {
  name: 'officerOfCouncil',
  check: (ctx) => (ctx.officerOfCouncil ? null : 'FORBIDDEN'),
};
const chair: Guard<SessionContext> = {
  name: 'chairOfSession',
  check: (ctx) => (ctx.chairs ? null : 'FORBIDDEN'),
};
const quorum: Guard<SessionContext> = {
  name: 'quorumMet',
  check: (ctx) => (ctx.quorumMet ? null : 'QUORUM_NOT_MET'),
};
const hasItems: Guard<SessionContext> = {
  name: 'hasDossiers',
  check: (ctx) => (ctx.hasItems ? null : 'SESSION_EMPTY'),
};
const itemsClosed: Guard<SessionContext> = {
  name: 'everyDossierClosed',
  check: (ctx) => (ctx.itemsClosed ? null : 'SESSION_ITEMS_OPEN'),
};

const OFFICERS = ['province_officer', 'central_officer'] as const;

export const sessionWorkflow: WorkflowTable<SessionState, SessionEvent, SessionContext> = {
  aggregate: 'council_session',
  title: { vi: 'Phiên họp hội đồng đánh giá, phân hạng', en: 'Council session' },
  states: SESSION_STATES,
  initial: 'planned',
  events: SESSION_EVENTS,
  labels: {
    planned: { vi: 'đã lên lịch', en: 'planned' },
    scoring: { vi: 'đang chấm điểm', en: 'scoring' },
    closed: { vi: 'đã kết thúc', en: 'closed' },
    cancelled: { vi: 'đã hủy', en: 'cancelled' },
    openScoring: { vi: 'mở chấm điểm', en: 'open the scoring' },
    closeSession: { vi: 'kết thúc phiên họp', en: 'close the session' },
    cancel: { vi: 'hủy phiên họp', en: 'cancel the session' },
  },
  transitions: [
    {
      from: 'planned',
      event: 'openScoring',
      to: 'scoring',
      roles: OFFICERS,
      guards: [officer, hasItems, quorum],
      effects: { audit: 'council_session.opened', notify: ['council_member'] },
    },
    {
      from: 'planned',
      event: 'openScoring',
      to: 'scoring',
      roles: ['council_member'],
      guards: [chair, hasItems, quorum],
      effects: { audit: 'council_session.opened', notify: ['council_member'] },
    },
    {
      from: 'scoring',
      event: 'closeSession',
      to: 'closed',
      roles: ['council_member'],
      guards: [chair, itemsClosed],
      effects: { audit: 'council_session.closed', notify: ['province_officer'] },
    },
    {
      from: 'planned',
      event: 'cancel',
      to: 'cancelled',
      roles: OFFICERS,
      guards: [officer],
      effects: { audit: 'council_session.cancelled', notify: ['council_member'] },
    },
  ],
};
