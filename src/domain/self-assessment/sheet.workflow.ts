// The self-assessment sheet's transition table (Mẫu 02 part III, QĐ 26/2026 and
// QĐ 148: the producer fills and signs its own sheet before filing a dossier).
// States: draft (answers, notes and evidence change) → final (read-only, goes with
// the dossier). Events: finalise and reopen, by the producer or an officer of its
// commune or province acting on its behalf (the same people who may edit the product).
import { SHEET_ACTIONS, SHEET_STATUSES } from '../../shared/enums.ts';
import type { Guard, WorkflowContext, WorkflowTable } from '../workflow/kit.ts';

// the ids live in src/shared (with their words in vocabulary.ts); the table is here
export const SHEET_STATES = SHEET_STATUSES;
export type SheetStatus = (typeof SHEET_STATES)[number];
export const SHEET_EVENTS = SHEET_ACTIONS;
export type SheetEvent = (typeof SHEET_EVENTS)[number];

export interface SheetContext extends WorkflowContext {
  /** the product's policy allows this grant to edit it */
  canEditProduct: boolean;
}

const mayEditProduct: Guard<SheetContext> = {
  name: 'mayEditProduct',
  check: (ctx) => (ctx.canEditProduct ? null : 'FORBIDDEN'),
};

const EDITORS = ['producer', 'commune_officer', 'province_officer'] as const;

export const sheetWorkflow: WorkflowTable<SheetStatus, SheetEvent, SheetContext> = {
  aggregate: 'self_assessment',
  title: { vi: 'Phiếu tự đánh giá', en: 'Self-assessment sheet' },
  states: SHEET_STATES,
  initial: 'draft',
  events: SHEET_EVENTS,
  labels: {
    draft: { vi: 'bản nháp', en: 'draft' },
    final: { vi: 'đã hoàn tất', en: 'final' },
    finalise: { vi: 'hoàn tất phiếu', en: 'finalise the sheet' },
    reopen: { vi: 'mở lại phiếu', en: 'reopen the sheet' },
  },
  transitions: [
    {
      from: 'draft',
      event: 'finalise',
      to: 'final',
      roles: EDITORS,
      guards: [mayEditProduct],
      effects: { audit: 'self_assessment.finalised' },
    },
    {
      from: 'final',
      event: 'reopen',
      to: 'draft',
      roles: EDITORS,
      guards: [mayEditProduct],
      effects: { audit: 'self_assessment.reopened' },
    },
  ],
};
