// Imports of provincial spreadsheets: upload (read, find the header, guess the
// mapping), validate (stage every row with its errors, match the registry), and
// commit (everything valid in one transaction, or nothing). Rows without a
// producer or a decision wait in the review queue.
import type { IMPORT_LIST_KINDS } from '../../../shared/enums.ts';
import { createHash } from 'node:crypto';
import {
  capabilitiesFor,
  coversPlace,
  registryListScope,
  type Grant,
} from '../../../domain/access/policy.ts';
import { CURRENT_STRUCTURE } from '../../../domain/admin-units/structures.ts';
import { findUnitIn } from '../admin-units/admin-units.service.ts';
import { applyMapping } from '../../../domain/import/sheet/column-mapping.ts';
import { foldVietnamese } from '../../../domain/text/vietnamese.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { AuditActor } from '../../core/actor.ts';
import { buildStagingRows } from './import-staging.ts';
import { getUnitResolver } from './import-units.ts';
import * as repo from './imports.repository.ts';
import { describeSheet, fieldsOf, readImportSheet, type ImportKind } from './import-sheet.ts';
import { findUserNames } from '../users/users.service.ts';
import { lookUpNames, uuidsAmong, type AuditNameSource } from '../../core/audit-names.ts';
import { readProgress, reportProgress } from './import-progress.ts';
import { importActions, presentImport, presentImportListItem, presentRow } from './imports.presenter.ts';
import type {
  ImportListItem,
  ImportSheetView,
  ImportView,
  StartedImport,
} from '../../../shared/contracts/imports.ts';
import { importWorkflow } from '../../../domain/import/import.workflow.ts';
import { applyTransition, assertAllowed, workflowActorOf } from '../workflow/workflow.service.ts';
import { importAggregate, importContext } from './import-aggregate.ts';

export type { ImportKind } from './import-sheet.ts';

export function headerSignature(labels: string[]): string {
  return createHash('sha256')
    .update(labels.map((l) => foldVietnamese(l)).join('|'))
    .digest('hex')
    .slice(0, 32);
}

/** The list's own unit (for addresses that omit it) must be a current unit within the importer's territory. */
async function assertScopeUnit(deps: AppDeps, grant: Grant, unitId: string) {
  const unit = await findUnitIn(deps.database.db, unitId);
  if (!unit || unit.level === 'district')
    throw new AppError('UNIT_NOT_FOUND', { code: unitId }, { field: 'scopeUnitId' });
  if (unit.versionId !== CURRENT_STRUCTURE)
    throw new AppError('UNIT_NOT_CURRENT', { code: unit.code }, { field: 'scopeUnitId' });
  const place = { provinceId: unit.provinceId, communeId: unit.level === 'commune' ? unit.id : null };
  if (grant.scopeKind !== 'nation' && !coversPlace(grant, place))
    throw new AppError('FORBIDDEN', {}, { field: 'scopeUnitId' });
}

function assertMayImport(grant: Grant) {
  if (!capabilitiesFor(grant).includes('importRegistry')) throw new AppError('FORBIDDEN');
}

export async function startImport(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  input: {
    kind: ImportKind;
    /** what the rows whose own cells say nothing are (default: recognitions) */
    listKind?: (typeof IMPORT_LIST_KINDS)[number];
    fileName: string;
    bytes: Uint8Array;
    scopeUnitId?: string;
  },
): Promise<StartedImport> {
  assertMayImport(grant);
  if (input.scopeUnitId) await assertScopeUnit(deps, grant, input.scopeUnitId);
  const { sheet, header } = await readImportSheet(input.bytes, input.kind);
  const signature = headerSignature(header.columns.map((c) => c.label));
  const saved = await repo.findSavedMapping(deps.database.db, input.kind, signature);
  const described = describeSheet(
    sheet,
    header,
    input.kind,
    saved?.mapping as Record<string, number | null> | undefined,
  );
  const mapping = described.mapping;
  const sha = createHash('sha256').update(input.bytes).digest('hex');
  const id = crypto.randomUUID();
  const fileKey = `imports/${id}/source`;
  await deps.storage.put(fileKey, input.bytes);
  await repo.insertImport(deps.database.db, {
    id,
    kind: input.kind,
    listKind: input.listKind ?? 'recognitions',
    fileName: input.fileName.slice(0, 200),
    fileSha256: sha,
    fileKey,
    bytes: input.bytes.byteLength,
    status: 'uploaded',
    scopeUnitId: input.scopeUnitId ?? grant.unitId,
    createdBy: actor.userId,
    mapping,
    sheet: {
      format: sheet.format,
      columns: header.columns,
      headerTop: header.headerTop,
      headerBottom: header.headerBottom,
      dataStart: header.dataStart,
      dataEnd: header.dataEnd,
      skipped: header.skippedRows.length,
      signature,
    },
  });
  return { id, status: 'uploaded' as const, ...described, savedMapping: saved?.name ?? null };
}

/** The file of an import described again for its mapping step, with the mapping now in force. */
export async function getImportSheet(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
): Promise<ImportSheetView> {
  const imp = await getOwnImport(deps, grant, actor, id);
  const bytes = await deps.storage.get(imp.fileKey);
  if (!bytes) throw new AppError('NOT_FOUND');
  const { sheet, header } = await readImportSheet(bytes, imp.kind);
  const signature = (imp.sheet as { signature: string }).signature;
  const saved = await repo.findSavedMapping(deps.database.db, imp.kind, signature);
  const mapping = imp.mapping as Record<string, number | null>;
  return { id, ...describeSheet(sheet, header, imp.kind, mapping), savedMapping: saved?.name ?? null };
}

export async function validateImport(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  input: { mapping?: Record<string, number | null>; saveMappingAs?: string },
) {
  assertMayImport(grant);
  const { db } = deps.database;
  const imp = await getOwnImport(deps, grant, actor, id);
  const context = importContext(workflowActorOf(grant), actor);
  assertAllowed(importWorkflow, imp.status, 'validate', context(imp));
  const bytes = await deps.storage.get(imp.fileKey);
  if (!bytes) throw new AppError('NOT_FOUND');
  const { sheet, header } = await readImportSheet(bytes, imp.kind);
  const mapping = input.mapping ?? (imp.mapping as Record<string, number | null>);
  const known = new Set(header.columns.map((c) => c.index));
  const fieldKeys = new Set(fieldsOf(imp.kind).map((f) => f.key));
  for (const [field, col] of Object.entries(mapping)) {
    if (!fieldKeys.has(field) || (col !== null && !known.has(col)))
      throw new AppError('IMPORT_MAPPING_INVALID', { detail: `${field} → ${col}` });
  }
  reportProgress(id, 'reading', 0, 1);
  const records = applyMapping(sheet.grid, header, mapping);
  const { resolver, byId } = await getUnitResolver(db);
  const scope = imp.scopeUnitId ? (byId.get(imp.scopeUnitId) ?? null) : null;
  const staged = buildStagingRows(records, imp.kind, resolver, scope, deps.clock.today(), imp.listKind);
  // staging is scratch space: written in short chunks, each its own statement, with a
  // pause between them so that on the embedded engine other requests are served too
  await repo.replaceStagingRows(db, id, staged, (n) => reportProgress(id, 'staging', n, staged.length));
  await db.transaction(async (tx) => {
    await repo.flagOutsideScope(tx, id, registryListScope(grant));
    await repo.matchExisting(tx, id);
    if (imp.kind === 'products') {
      await repo.flagAlreadyRecorded(tx, id);
      await repo.flagPossibleDuplicates(tx, id);
    }
    const counts = await repo.countRows(tx, id);
    await repo.updateImport(tx, id, { mapping, counts, validatedAt: new Date(), error: null });
    await applyTransition(tx, deps.auditSecret, importAggregate, id, 'validate', actor, {
      context,
      audit: () => ({ after: { counts } }),
    });
    if (input.saveMappingAs) {
      const signature = (imp.sheet as { signature: string }).signature;
      await repo.saveMapping(tx, {
        kind: imp.kind,
        name: input.saveMappingAs,
        headerSignature: signature,
        mapping,
        createdBy: actor.userId,
      });
    }
  });
  reportProgress(id, 'done', staged.length, staged.length);
  return getImport(deps, grant, actor, id);
}

/** An import is seen by the officer who uploaded it and by operators (system administrators); others get 404. */
async function getOwnImport(deps: AppDeps, grant: Grant, actor: AuditActor, id: string) {
  const imp = await repo.findImport(deps.database.db, id);
  if (!imp || (imp.createdBy !== actor.userId && grant.role !== 'system_admin'))
    throw new AppError('NOT_FOUND');
  return imp;
}

/** The import as the API shows it, with its progress and the caller's actions. */
export async function getImport(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
): Promise<ImportView> {
  const imp = await getOwnImport(deps, grant, actor, id);
  const actions = importActions(imp, workflowActorOf(grant), imp.createdBy === actor.userId);
  return presentImport(imp, readProgress(id), actions);
}

export async function listRows(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  status: string | undefined,
  page: number,
  pageSize: number,
) {
  await getOwnImport(deps, grant, actor, id);
  const { items, total } = await repo.listRows(deps.database.db, id, status, page, pageSize);
  return { items: items.map(presentRow), total, page, pageSize };
}

/**
 * Past imports, newest first, as getImport lets the caller open them: an officer's
 * own files; an operator (system administrator) sees every file, the operator
 * command's too. Each comes with who uploaded it and what the caller may do now.
 */
export async function listImports(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  page: number,
  pageSize: number,
): Promise<{ items: ImportListItem[]; total: number; page: number; pageSize: number }> {
  assertMayImport(grant);
  const { db } = deps.database;
  const own = actor.userId;
  if (grant.role !== 'system_admin' && !own) throw new AppError('FORBIDDEN');
  const seen = grant.role === 'system_admin' || !own ? ('all' as const) : { createdBy: own };
  const { items, total } = await repo.listImports(db, seen, page, pageSize);
  const names = await findUserNames(
    db,
    items.flatMap((i) => (i.createdBy ? [i.createdBy] : [])),
  );
  const workflowActor = workflowActorOf(grant);
  return {
    items: items.map((row) =>
      presentImportListItem(
        row,
        row.createdBy ? { id: row.createdBy, name: names.get(row.createdBy) ?? '—' } : null,
        importActions(row, workflowActor, row.createdBy === actor.userId),
      ),
    ),
    total,
    page,
    pageSize,
  };
}

/**
 * For the caller's home: how many of the files it may open (as listImports) wait for
 * a step — to be checked, committed or, after a failure, checked again. Null for a
 * grant that does not import.
 */
export async function countOpenImports(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
): Promise<number | null> {
  if (!capabilitiesFor(grant).includes('importRegistry')) return null;
  const own = actor.userId;
  if (grant.role !== 'system_admin' && !own) return null;
  return repo.countOpenImports(
    deps.database.db,
    grant.role === 'system_admin' || !own ? 'all' : { createdBy: own },
  );
}

/** An officer corrects cells of one staged row; the row is checked again as if read from the file. */
export async function correctRow(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  rowNo: number,
  corrections: Record<string, string | null>,
) {
  assertMayImport(grant);
  const { db } = deps.database;
  const imp = await getOwnImport(deps, grant, actor, id);
  // corrections are made on checked rows, before the commit: the states where validating again is possible
  if (imp.status !== 'validated')
    throw new AppError('IMPORT_STATE', {
      stateVi: importWorkflow.labels[imp.status].vi,
      stateEn: importWorkflow.labels[imp.status].en,
    });
  const row = await repo.findRow(db, id, rowNo);
  if (!row) throw new AppError('NOT_FOUND');
  const fieldKeys = new Set(fieldsOf(imp.kind).map((f) => f.key));
  for (const field of Object.keys(corrections)) {
    if (!fieldKeys.has(field))
      throw new AppError('VALIDATION_FAILED', {}, { issues: [{ field, message: 'unknown field' }] });
  }
  const raw = { ...(row.raw as Record<string, unknown>), ...corrections };
  const context = (row.values as { place?: { context?: string | null } }).place?.context ?? undefined;
  const { resolver, byId } = await getUnitResolver(db);
  const scope = imp.scopeUnitId ? (byId.get(imp.scopeUnitId) ?? null) : null;
  const [staged] = buildStagingRows(
    [{ row: rowNo, values: raw as Record<string, string | null>, ...(context ? { context } : {}) }],
    imp.kind,
    resolver,
    scope,
    deps.clock.today(),
    imp.listKind,
  );
  await db.transaction(async (tx) => {
    await repo.replaceRow(tx, id, staged);
    await repo.flagOutsideScope(tx, id, registryListScope(grant));
    await repo.matchExisting(tx, id);
    await repo.updateImport(tx, id, { counts: await repo.countRows(tx, id) });
  });
  const corrected = await repo.findRow(db, id, rowNo);
  if (!corrected) throw new AppError('NOT_FOUND');
  return presentRow(corrected);
}

/** How the audit trail names imports: by their file (core/audit-names.ts). */
export const IMPORTS_AUDIT_NAMES: AuditNameSource[] = [
  { type: 'import', namesOf: (db, ids) => lookUpNames(uuidsAmong(ids), (u) => repo.importNames(db, u)) },
];
