// An import's transition table. uploaded → validated (rows staged and checked; again
// after corrections or a failure) → committing (the commit has begun) → committed,
// or failed when the commit could not be made; cancelled by its owner before it is
// committed. Importers are commune and province officers on their own files, and
// operators (system administrators, `ocop import`) who may commit any file. A
// commit interrupted by a crash is found at start-up in `committing` and finished
// or failed by the system: the writes themselves are one transaction, never half.
import { IMPORT_STATUSES, IMPORT_WORKFLOW_EVENTS } from '../../shared/enums.ts';
import type { Guard, WorkflowContext, WorkflowTable } from '../workflow/kit.ts';

// the ids live in src/shared (with their words in vocabulary.ts); the table is here
export const IMPORT_STATES = IMPORT_STATUSES;
export type ImportStatus = (typeof IMPORT_STATES)[number];
export const IMPORT_EVENTS = IMPORT_WORKFLOW_EVENTS;
export type ImportEvent = (typeof IMPORT_EVENTS)[number];

export interface ImportContext extends WorkflowContext {
  /** the actor uploaded this file */
  isOwner: boolean;
}

const ownsImport: Guard<ImportContext> = {
  name: 'ownsImport',
  check: (ctx) => (ctx.isOwner ? null : 'NOT_FOUND'),
};
const ownsImportOrOperator: Guard<ImportContext> = {
  name: 'ownsImportOrOperator',
  check: (ctx) =>
    ctx.isOwner || ctx.actor.role === 'system_admin' || ctx.actor.role === 'system' ? null : 'NOT_FOUND',
};

const IMPORTERS = ['commune_officer', 'province_officer', 'system_admin'] as const;
const WORKERS = [...IMPORTERS, 'system'] as const;

export const importWorkflow: WorkflowTable<ImportStatus, ImportEvent, ImportContext> = {
  aggregate: 'import',
  title: { vi: 'Nhập danh sách từ bảng tính', en: 'Spreadsheet import' },
  states: IMPORT_STATES,
  initial: 'uploaded',
  events: IMPORT_EVENTS,
  wrongStateCode: 'IMPORT_STATE',
  labels: {
    uploaded: { vi: 'đã tải lên', en: 'uploaded' },
    validated: { vi: 'đã kiểm tra', en: 'validated' },
    committing: { vi: 'đang ghi', en: 'committing' },
    committed: { vi: 'đã ghi vào sổ', en: 'committed' },
    failed: { vi: 'ghi thất bại', en: 'failed' },
    cancelled: { vi: 'đã hủy', en: 'cancelled' },
    validate: { vi: 'kiểm tra', en: 'validate' },
    commit: { vi: 'ghi vào sổ', en: 'commit' },
    finish: { vi: 'hoàn tất ghi', en: 'finish the commit' },
    fail: { vi: 'đánh dấu thất bại', en: 'mark as failed' },
    cancel: { vi: 'hủy', en: 'cancel' },
  },
  transitions: [
    {
      from: 'uploaded',
      event: 'validate',
      to: 'validated',
      roles: IMPORTERS,
      guards: [ownsImport],
      effects: { audit: 'import.validated' },
    },
    {
      from: 'validated',
      event: 'validate',
      to: 'validated',
      roles: IMPORTERS,
      guards: [ownsImport],
      effects: { audit: 'import.validated' },
    },
    {
      from: 'failed',
      event: 'validate',
      to: 'validated',
      roles: IMPORTERS,
      guards: [ownsImport],
      effects: { audit: 'import.validated' },
    },
    {
      from: 'validated',
      event: 'commit',
      to: 'committing',
      roles: IMPORTERS,
      guards: [ownsImportOrOperator],
      effects: { audit: 'import.commit_started' },
    },
    {
      from: 'committing',
      event: 'finish',
      to: 'committed',
      roles: WORKERS,
      guards: [ownsImportOrOperator],
      effects: { audit: 'import.committed' },
    },
    {
      from: 'committing',
      event: 'fail',
      to: 'failed',
      roles: WORKERS,
      guards: [ownsImportOrOperator],
      effects: { audit: 'import.failed' },
    },
    {
      from: 'uploaded',
      event: 'cancel',
      to: 'cancelled',
      roles: IMPORTERS,
      guards: [ownsImport],
      effects: { audit: 'import.cancelled' },
    },
    {
      from: 'validated',
      event: 'cancel',
      to: 'cancelled',
      roles: IMPORTERS,
      guards: [ownsImport],
      effects: { audit: 'import.cancelled' },
    },
    {
      from: 'failed',
      event: 'cancel',
      to: 'cancelled',
      roles: IMPORTERS,
      guards: [ownsImport],
      effects: { audit: 'import.cancelled' },
    },
  ],
};
