// Use cases over versioned admin units: browse and search a structure, find the
// current commune of an old one, and settle a doubtful mapping row by hand.
import { allowedActions, can, type Grant } from '../../../domain/access/policy.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { AuditActor } from '../../core/actor.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { rebuildUnitScopes } from './admin-units-load.repository.ts';
import { CURRENT_STRUCTURE, PREVIOUS_STRUCTURE } from '../../../domain/admin-units/structures.ts';
import type { Executor } from '../../db/client.ts';
import type { StructureVersion } from '../../../shared/contracts/admin-units.ts';
import type { Locale } from '../../../shared/errors.ts';
import { renderMappingNote, type MappingNote } from '../../../shared/mapping-notes.ts';
import * as repo from './admin-units.repository.ts';
import { integersAmong, lookUpNames, type AuditNameSource } from '../../core/audit-names.ts';

export async function listVersions(deps: AppDeps) {
  const rows = await repo.listVersions(deps.database.db);
  // source and counts are written from the shipped files (resources/admin-units), in the shape the contract names
  return rows.map(
    (r): StructureVersion => ({
      ...r,
      source: r.source as StructureVersion['source'],
      counts: r.counts as StructureVersion['counts'],
      current: r.id === CURRENT_STRUCTURE,
    }),
  );
}

export async function listUnits(
  deps: AppDeps,
  q: { version?: string; parent?: string; level?: string; q?: string; page: number; pageSize: number },
) {
  const versionId = q.version ?? CURRENT_STRUCTURE;
  if (!(await repo.findVersion(deps.database.db, versionId)))
    throw new AppError('STRUCTURE_NOT_FOUND', { id: versionId });
  const { items, total } = await repo.listUnits(
    deps.database.db,
    { versionId, parentId: q.parent, level: q.level, q: q.q },
    q.page,
    q.pageSize,
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** A unit of any structure version, inside the caller's transaction (other modules check the places they record). */
export function findUnitIn(db: Executor, id: string) {
  return repo.findUnit(db, id);
}

/** Refuses, as a validation error on `field`, an id that is not a province's (rounds and calls are a province's). */
export async function assertProvince(db: Executor, id: string, field = 'provinceId'): Promise<void> {
  const unit = await repo.findUnit(db, id);
  if (unit?.level !== 'province')
    throw new AppError('VALIDATION_FAILED', {}, { field, reason: 'NOT_A_PROVINCE' });
}

/**
 * A unit of the current structure named by an operator: its id, its GSO code (two
 * digits for a province, five for a commune) or its name. Null when none matches.
 */
export async function findCurrentUnit(db: Executor, text: string) {
  const id = text.includes(':') ? text : /^\d{2}$|^\d{5}$/.test(text) ? `${CURRENT_STRUCTURE}:${text}` : null;
  const unit = await repo.findCurrentUnitByIdOrName(db, CURRENT_STRUCTURE, id, text);
  if (unit && unit.level !== 'district') return unit as { id: string; level: 'province' | 'commune' };
  // a province that merged on 1/7/2025 ("Trà Vinh", "Thừa Thiên Huế", vn-3tier:84) names the province it became
  const oldId = text.startsWith(`${PREVIOUS_STRUCTURE}:`) ? text : null;
  if (unit || (id && !oldId)) return null;
  const old = await repo.findSuccessorProvince(db, PREVIOUS_STRUCTURE, oldId, text);
  return old ? { id: old.successorId as string, level: 'province' as const } : null;
}

/** All units of both structures and the province map, for resolving place names (imports). */
export async function referenceUnits(db: Executor) {
  return { units: await repo.allUnits(db), provinceSuccessors: await repo.provinceSuccessors(db) };
}

export async function getUnit(deps: AppDeps, id: string) {
  const unit = await repo.findUnit(deps.database.db, id);
  if (!unit) throw new AppError('UNIT_NOT_FOUND', { code: id });
  return unit;
}

/**
 * A row's note for a reader: the reconciler's phrases in the reader's language
 * (and as phrases, for clients that word them themselves), or the officer's words.
 */
function noteFor(m: { notePhrases: MappingNote | null; note: string }, locale: Locale) {
  return {
    note: m.notePhrases ? renderMappingNote(m.notePhrases, locale) : m.note,
    notePhrases: m.notePhrases ?? null,
  };
}

export async function currentOfOld(deps: AppDeps, oldUnitId: string, locale: Locale) {
  const { db } = deps.database;
  const oldUnit = await getUnit(deps, oldUnitId);
  const candidates =
    oldUnit.versionId === CURRENT_STRUCTURE ? [] : await repo.mappingsOfOldUnit(db, oldUnitId);
  const scope = await repo.findScope(db, oldUnitId);
  const resolved = scope?.currentCommuneId ? await repo.findUnit(db, scope.currentCommuneId) : null;
  const currentProvince = scope?.currentProvinceId ? await repo.findUnit(db, scope.currentProvinceId) : null;
  return {
    oldUnit,
    candidates: candidates.map((c) => ({
      unit: c.newUnit as repo.UnitRow,
      confidence: c.m.confidence,
      partial: c.m.partial,
      ...noteFor(c.m, locale),
    })),
    resolved,
    currentProvince,
  };
}

export async function listMappings(
  deps: AppDeps,
  grant: Grant,
  q: { confidence?: string; oldUnit?: string; q?: string; page: number; pageSize: number },
  locale: Locale,
) {
  if (!can(grant, 'view', { kind: 'adminUnitMapping' })) throw new AppError('FORBIDDEN');
  const newProvinceId =
    grant.scopeKind === 'unit' && grant.unitLevel === 'province' ? (grant.unitId ?? undefined) : undefined;
  const { items, total } = await repo.listMappings(
    deps.database.db,
    { confidence: q.confidence, oldUnitId: q.oldUnit, q: q.q, newProvinceId },
    q.page,
    q.pageSize,
  );
  const actions = allowedActions(grant, { kind: 'adminUnitMapping' });
  return {
    items: items.map(({ m, oldUnit, newUnit }) => ({
      id: m.id,
      level: m.level,
      confidence: m.confidence,
      partial: m.partial,
      ...noteFor(m, locale),
      settledAt: m.settledAt?.toISOString() ?? null,
      oldUnit: oldUnit as repo.UnitRow | null,
      newUnit: newUnit as repo.UnitRow | null,
      actions: m.level === 'commune' ? actions : actions.filter((a) => a !== 'settle'),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function settleMapping(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: number,
  newUnitId: string | null,
  note: string,
) {
  if (!can(grant, 'settle', { kind: 'adminUnitMapping' })) throw new AppError('FORBIDDEN');
  return deps.database.db.transaction(async (tx) => {
    const before = await repo.findMapping(tx, id);
    if (before?.level !== 'commune') throw new AppError('MAPPING_NOT_FOUND');
    if (newUnitId) {
      const unit = await repo.findUnit(tx, newUnitId);
      if (!unit) throw new AppError('UNIT_NOT_FOUND', { code: newUnitId });
      if (unit.versionId !== before.toVersionId || unit.level !== 'commune')
        throw new AppError('UNIT_NOT_CURRENT', { code: unit.code });
      // provinces merged whole (NQ 202/2025/QH15): a successor commune lies in the successor province
      const scope = before.oldUnitId ? await repo.findScope(tx, before.oldUnitId) : null;
      if (scope?.currentProvinceId && unit.provinceId !== scope.currentProvinceId) {
        const province = await repo.findUnit(tx, scope.currentProvinceId);
        throw new AppError('MAPPING_PROVINCE_MISMATCH', {
          code: `${unit.name} (${unit.code})`,
          province: province?.name ?? scope.currentProvinceId,
        });
      }
    }
    const values = {
      newUnitId,
      confidence: newUnitId ? ('manual' as const) : ('unresolved' as const),
      // the officer's words replace the reconciler's phrases (kept in the audit row)
      notePhrases: null,
      note,
      settledBy: actor.userId,
      settledAt: new Date(),
    };
    // settling again as it stands changes nothing: no new settler, no scope rebuild, no audit row
    if (
      before.newUnitId === newUnitId &&
      before.confidence === values.confidence &&
      before.note === note &&
      before.settledAt
    )
      return id;
    await repo.updateMapping(tx, id, values);
    if (before.oldUnitId) {
      await rebuildUnitScopes(tx, before.oldUnitId);
      for (const t of deps.placeBearing) await t.refresh(tx, before.oldUnitId);
    }
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'admin_unit_mapping.settled',
      objectType: 'admin_unit_mapping',
      objectId: String(id),
      // the reconciler's note as its phrases (each reader words them), an officer's as typed
      before: {
        newUnitId: before.newUnitId,
        confidence: before.confidence,
        notePhrases: before.notePhrases,
        note: before.notePhrases ? '' : before.note,
      },
      after: { newUnitId, confidence: values.confidence, note },
    });
    return id;
  });
}

/** How the audit trail names units and mapping rows (core/audit-names.ts). */
export const ADMIN_UNITS_AUDIT_NAMES: AuditNameSource[] = [
  { type: 'admin_unit', namesOf: (db, ids) => lookUpNames([...ids], (u) => repo.unitNames(db, u)) },
  {
    type: 'admin_unit_mapping',
    namesOf: (db, ids) => lookUpNames(integersAmong(ids), (m) => repo.mappingNames(db, m)),
  },
];
