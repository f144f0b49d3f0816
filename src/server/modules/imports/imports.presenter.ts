// The only way from import rows to JSON: dates as ISO strings, the counts and sheet
// as the contract declares them, and the actions the caller may take now (from the
// import's transition table), so the screen never re-decides.
import { importWorkflow } from '../../../domain/import/import.workflow.ts';
import { allowedEvents, type WorkflowActor } from '../../../domain/workflow/kit.ts';
import type { ImportListItem, ImportRowView, ImportView } from '../../../shared/contracts/imports.ts';
import type { ImportProgress } from './import-progress.ts';
import type { ImportRow } from './imports.repository.ts';
import type { importRows } from '../../db/schema/index.ts';

type StagedRow = typeof importRows.$inferSelect;

export function importActions(
  row: Pick<ImportRow, 'status'>,
  actor: WorkflowActor,
  isOwner: boolean,
): ImportView['actions'] {
  const events = allowedEvents(importWorkflow, row.status, { actor, isOwner }).filter(
    (e): e is 'validate' | 'commit' | 'cancel' => e === 'validate' || e === 'commit' || e === 'cancel',
  );
  return row.status === 'validated' && isOwner ? [...events, 'correct'] : events;
}

export function presentImport(
  row: ImportRow,
  progress: ImportProgress | null,
  actions: ImportView['actions'],
): ImportView {
  return {
    id: row.id,
    kind: row.kind,
    listKind: row.listKind,
    fileName: row.fileName,
    fileSha256: row.fileSha256,
    bytes: row.bytes,
    status: row.status,
    scopeUnitId: row.scopeUnitId,
    counts: row.counts as ImportView['counts'],
    mapping: row.mapping as ImportView['mapping'],
    sheet: row.sheet as ImportView['sheet'],
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    validatedAt: row.validatedAt?.toISOString() ?? null,
    committedAt: row.committedAt?.toISOString() ?? null,
    progress,
    actions,
  };
}

export function presentImportListItem(
  row: Pick<
    ImportRow,
    'id' | 'kind' | 'fileName' | 'status' | 'counts' | 'error' | 'createdAt' | 'validatedAt' | 'committedAt'
  >,
  createdBy: ImportListItem['createdBy'],
  actions: ImportView['actions'],
): ImportListItem {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status,
    counts: row.counts as ImportView['counts'],
    error: row.error,
    createdBy,
    createdAt: row.createdAt.toISOString(),
    validatedAt: row.validatedAt?.toISOString() ?? null,
    committedAt: row.committedAt?.toISOString() ?? null,
    actions,
  };
}

export function presentRow(row: StagedRow): ImportRowView {
  const values = row.values as ImportRowView['values'];
  return {
    rowNo: row.rowNo,
    status: row.status,
    raw: row.raw as ImportRowView['raw'],
    values: {
      // rows staged before rows had kinds read as the recognitions they were
      kind: values.kind ?? 'recognition',
      evaluation: values.evaluation ?? null,
      gaps: values.gaps ?? [],
      producer: { ...values.producer, placeholder: values.producer.placeholder ?? false },
      product: values.product ?? null,
      certificate: values.certificate
        ? { ...values.certificate, decisionYear: values.certificate.decisionYear ?? null }
        : null,
      dossier: values.dossier ?? null,
      revocation: values.revocation ?? null,
      unitId: values.unitId ?? null,
      placeNote: values.placeNote ?? null,
    },
    errors: row.errors as ImportRowView['errors'],
    warnings: row.warnings as ImportRowView['warnings'],
    matchedProducerId: row.matchedProducerId,
    matchedProductId: row.matchedProductId,
  };
}
