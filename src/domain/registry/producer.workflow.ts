// A producer record's transition table. A producer that registers itself (Mẫu 01
// names the commune that receives its dossiers, QĐ 26/2026 Art. 6–7) starts
// `pending` until an officer of its commune — or of its province — confirms it
// (`active`) or rejects it with a reason (`rejected`); a rejected producer corrects
// its record and sends it back (`resubmit` → `pending`), or an officer confirms it
// after all. Officers record a producer that stopped operating (`deactivate`, with
// a reason) and one that operates again (`reactivate`). Records entered by officers
// or imported from a province's lists are `active` from the start: their officers
// vouch for them.
import { PRODUCER_STATUSES, PRODUCER_WORKFLOW_EVENTS } from '../../shared/enums.ts';
import type { Guard, WorkflowContext, WorkflowTable } from '../workflow/kit.ts';

// the ids live in src/shared (with their words in vocabulary.ts); the table is here
export const PRODUCER_STATES = PRODUCER_STATUSES;
export type ProducerStatus = (typeof PRODUCER_STATES)[number];
export const PRODUCER_EVENTS = PRODUCER_WORKFLOW_EVENTS;
export type ProducerEvent = (typeof PRODUCER_EVENTS)[number];

export interface ProducerContext extends WorkflowContext {
  /** the officer's territory covers the producer's place (its commune, or its province) */
  coversPlace: boolean;
  /** the actor is the producer itself, acting on its own record */
  ownRecord: boolean;
  /**
   * the reason given with the move; null while only asking which moves are open
   * (the reason is typed when the move is made)
   */
  reason: string | null;
}

const officerOfItsPlace: Guard<ProducerContext> = {
  name: 'officerOfItsPlace',
  check: (ctx) => (ctx.coversPlace ? null : 'FORBIDDEN'),
};
const ownRecord: Guard<ProducerContext> = {
  name: 'ownRecord',
  check: (ctx) => (ctx.ownRecord ? null : 'FORBIDDEN'),
};
const reasonGiven: Guard<ProducerContext> = {
  name: 'reasonGiven',
  check: (ctx) => (ctx.reason === null || ctx.reason.trim() ? null : 'REASON_REQUIRED'),
};

/** Officers of a unit (commune or province) decide; central officers and inspectors do not. */
const OFFICERS = ['commune_officer', 'province_officer'] as const;
const UNIT = ['unit'] as const;

export const producerWorkflow: WorkflowTable<ProducerStatus, ProducerEvent, ProducerContext> = {
  aggregate: 'producer',
  title: { vi: 'Xác nhận chủ thể OCOP', en: 'Producer confirmation' },
  states: PRODUCER_STATES,
  initial: 'pending',
  events: PRODUCER_EVENTS,
  labels: {
    pending: { vi: 'chờ xác nhận', en: 'awaiting confirmation' },
    active: { vi: 'đang hoạt động', en: 'active' },
    rejected: { vi: 'bị từ chối', en: 'rejected' },
    inactive: { vi: 'ngừng hoạt động', en: 'inactive' },
    confirm: { vi: 'xác nhận chủ thể', en: 'confirm the producer' },
    reject: { vi: 'từ chối', en: 'reject' },
    resubmit: { vi: 'gửi lại để xã xem xét', en: 'send back for review' },
    deactivate: { vi: 'ghi nhận ngừng hoạt động', en: 'record as inactive' },
    reactivate: { vi: 'ghi nhận hoạt động trở lại', en: 'record as active again' },
  },
  transitions: [
    {
      from: 'pending',
      event: 'confirm',
      to: 'active',
      roles: OFFICERS,
      scopeKinds: UNIT,
      guards: [officerOfItsPlace],
      effects: { audit: 'producer.confirmed', notify: ['producer'] },
    },
    {
      from: 'pending',
      event: 'reject',
      to: 'rejected',
      roles: OFFICERS,
      scopeKinds: UNIT,
      guards: [officerOfItsPlace, reasonGiven],
      effects: { audit: 'producer.rejected', notify: ['producer'] },
    },
    {
      from: 'rejected',
      event: 'resubmit',
      to: 'pending',
      roles: ['producer'],
      guards: [ownRecord],
      effects: { audit: 'producer.resubmitted', notify: ['commune_officer'] },
    },
    {
      from: 'rejected',
      event: 'confirm',
      to: 'active',
      roles: OFFICERS,
      scopeKinds: UNIT,
      guards: [officerOfItsPlace],
      effects: { audit: 'producer.confirmed', notify: ['producer'] },
    },
    {
      from: 'active',
      event: 'deactivate',
      to: 'inactive',
      roles: OFFICERS,
      scopeKinds: UNIT,
      guards: [officerOfItsPlace, reasonGiven],
      effects: { audit: 'producer.deactivated', notify: ['producer'] },
    },
    {
      from: 'inactive',
      event: 'reactivate',
      to: 'active',
      roles: OFFICERS,
      scopeKinds: UNIT,
      guards: [officerOfItsPlace],
      effects: { audit: 'producer.reactivated', notify: ['producer'] },
    },
  ],
};

/** Until an officer confirms it, a producer's record is its own declaration (see producer-fields.ts). */
export const isConfirmed = (status: ProducerStatus) => status === 'active' || status === 'inactive';

/**
 * A product is self-assessed (and later filed) only for a confirmed, operating
 * producer: a pending one fills its record and registers its products meanwhile.
 */
export const mayStartSelfAssessment = (status: ProducerStatus) => status === 'active';

/** The moves that carry a reason (the form asks for it before the move is made). */
export const needsReason = (event: ProducerEvent) =>
  producerWorkflow.transitions.some((t) => t.event === event && t.guards?.includes(reasonGiven));
