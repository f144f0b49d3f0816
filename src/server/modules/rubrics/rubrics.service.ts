// Rubric versions in the database: the shipped ones load at first start, an
// administrator imports new ones (validated, diffed against the version before),
// and a version used by any sheet never changes. Packs are cached in memory per
// checksum, so scoring reads no JSON from the database on the hot path.
import { createHash } from 'node:crypto';
import { diffPacks, type PackChange } from '../../../domain/rubric/diff-packs.ts';
import type { RubricPack, RubricSet } from '../../../domain/rubric/pack.ts';
import {
  rulesForSet,
  validateOverlay,
  type RulesOverlay,
  type SetRules,
} from '../../../domain/rubric/rules.ts';
import { validatePack, type RubricWarning } from '../../../domain/rubric/validate-pack.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { AppError } from '../../core/app-error.ts';
import { SYSTEM_ACTOR, type AuditActor } from '../../core/actor.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { shippedRubrics, type RubricBundle } from './rubric-files.ts';
import * as repo from './rubrics.repository.ts';
import { loadShippedProcedures } from './procedures.service.ts';
import { lookUpNames, type AuditNameSource } from '../../core/audit-names.ts';

export const checksumOf = (b: RubricBundle) =>
  createHash('sha256').update(JSON.stringify(b.pack)).update(JSON.stringify(b.rules)).digest('hex');

export interface RubricSummary {
  id: string;
  title: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  verified: boolean;
  rulesId: string | null;
  origin: 'shipped' | 'imported';
  sets: number;
  warnings: number;
  inUse: boolean;
  checksum: string;
}

/** parsed bundles by checksum: the same content is the same bundle, whichever database holds it */
const cache = new Map<string, RubricBundle>();

/**
 * Inserts the shipped versions that are missing; a changed shipped file replaces an unused
 * version. The procedure versions that point to them are written alongside.
 */
export async function loadShippedRubrics(
  db: Executor,
  secret: Buffer,
): Promise<{ inserted: string[]; kept: string[] }> {
  const inserted: string[] = [];
  const kept: string[] = [];
  for (const bundle of shippedRubrics()) {
    const checksum = checksumOf(bundle);
    const stored = await repo.findChecksum(db, bundle.pack.id);
    if (stored === checksum) continue;
    if (stored && (await repo.isInUse(db, bundle.pack.id))) {
      kept.push(bundle.pack.id);
      continue;
    }
    await db.transaction((tx) => saveVersion(tx, secret, SYSTEM_ACTOR, bundle, 'shipped', null));
    inserted.push(bundle.pack.id);
  }
  await loadShippedProcedures(db);
  return { inserted, kept };
}

async function saveVersion(
  db: Tx,
  secret: Buffer,
  actor: AuditActor,
  bundle: RubricBundle,
  origin: 'shipped' | 'imported',
  userId: string | null,
) {
  const { pack, rules } = bundle;
  const values = {
    id: pack.id,
    title: pack.title,
    effectiveFrom: pack.effectiveFrom,
    effectiveTo: pack.effectiveTo,
    verified: pack.verified,
    pack,
    rules,
    rulesId: rules?.id ?? null,
    checksum: checksumOf(bundle),
    origin,
    warnings: validatePack(pack).length,
    importedBy: userId,
  };
  await repo.upsertVersion(db, values);
  await appendAudit(db, secret, actor, {
    action: origin === 'shipped' ? 'rubric.loaded' : 'rubric.imported',
    objectType: 'rubric_version',
    objectId: pack.id,
    after: {
      checksum: values.checksum,
      rulesId: values.rulesId,
      sets: pack.sets.length,
      warnings: values.warnings,
    },
  });
}

export interface ImportReport {
  id: string;
  replaced: boolean;
  warnings: RubricWarning[];
  previous: string | null;
  diff: PackChange[];
}

/** Checks a parsed bundle against itself and the database, then stores it (unless dryRun). */
export async function importRubric(
  db: Executor,
  secret: Buffer,
  actor: AuditActor,
  bundle: RubricBundle,
  options: { dryRun?: boolean } = {},
): Promise<ImportReport> {
  const { pack, rules } = bundle;
  const problems = rules ? validateOverlay(pack, rules) : [];
  if (problems.length)
    throw new AppError('RUBRIC_INVALID', {
      detail: problems
        .map((p) => `${p.set ? `set ${p.set} ` : ''}${p.rule}: ${p.message}`)
        .slice(0, 10)
        .join('; '),
    });
  const checksum = checksumOf(bundle);
  const storedChecksum = await repo.findChecksum(db, pack.id);
  const existing = storedChecksum === null ? undefined : { checksum: storedChecksum };
  if (existing && existing.checksum !== checksum && (await repo.isInUse(db, pack.id)))
    throw new AppError('RUBRIC_IN_USE', { id: pack.id });
  const all = await repo.listVersionStarts(db);
  // the version before it: the same id when re-imported, else the latest that starts no later,
  // preferring the versions procedures score with (a corrected copy is not the line of record)
  const official = await repo.officialVersionIds(db);
  const earlier = all.filter((v) => v.effectiveFrom <= pack.effectiveFrom && v.id !== pack.id);
  const previousId = existing
    ? pack.id
    : ((earlier.filter((v) => official.has(v.id)).at(-1) ?? earlier.at(-1))?.id ?? null);
  const previous = previousId ? await getRubric(db, previousId) : null;
  const report: ImportReport = {
    id: pack.id,
    replaced: Boolean(existing),
    warnings: validatePack(pack),
    previous: previousId,
    diff: previous ? diffPacks(previous.pack, pack) : [],
  };
  if (!options.dryRun && existing?.checksum !== checksum) {
    await db.transaction((tx) => saveVersion(tx, secret, actor, bundle, 'imported', actor.userId ?? null));
  }
  return report;
}

export function listRubrics(db: Executor): Promise<RubricSummary[]> {
  return repo.listVersions(db);
}

/** The stored bundle; the checksum is read each time (a key lookup) and the parsed JSON cached under it. */
export async function getRubric(db: Executor, id: string): Promise<RubricBundle> {
  const checksum = await repo.findChecksum(db, id);
  if (!checksum) throw new AppError('RUBRIC_NOT_FOUND', { id });
  const hit = cache.get(checksum);
  if (hit) return hit;
  const row = await repo.findBundle(db, id);
  if (!row) throw new AppError('RUBRIC_NOT_FOUND', { id });
  const bundle = { pack: row.pack as RubricPack, rules: (row.rules ?? null) as RulesOverlay | null };
  cache.set(checksum, bundle);
  return bundle;
}

export interface LoadedSet {
  pack: RubricPack;
  set: RubricSet;
  rules: SetRules;
}

export async function getRubricSet(db: Executor, id: string, setNo: number): Promise<LoadedSet> {
  const { pack, rules } = await getRubric(db, id);
  const set = pack.sets.find((s) => s.no === setNo);
  if (!set) throw new AppError('RUBRIC_SET_NOT_FOUND', { id, set: setNo });
  return { pack, set, rules: rulesForSet(rules, setNo) };
}

/** How the audit trail names rubric versions: by their title (core/audit-names.ts). */
export const RUBRICS_AUDIT_NAMES: AuditNameSource[] = [
  { type: 'rubric_version', namesOf: (db, ids) => lookUpNames([...ids], (r) => repo.rubricTitles(db, r)) },
];
