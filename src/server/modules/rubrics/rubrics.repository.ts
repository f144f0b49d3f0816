// SQL of rubric versions (owned by the rubrics module; procedure versions are in
// procedures.repository.ts). Whether a version is in use is read from the sheets
// scored with it (a documented read of self_assessments: such a version never changes).
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { procedureVersions, rubricVersions, selfAssessments } from '../../db/schema/index.ts';

export type RubricVersionInsert = typeof rubricVersions.$inferInsert;

export async function findChecksum(db: Executor, id: string): Promise<string | null> {
  const [row] = await db
    .select({ checksum: rubricVersions.checksum })
    .from(rubricVersions)
    .where(eq(rubricVersions.id, id));
  return row?.checksum ?? null;
}

export async function findBundle(db: Executor, id: string) {
  const [row] = await db
    .select({ pack: rubricVersions.pack, rules: rubricVersions.rules })
    .from(rubricVersions)
    .where(eq(rubricVersions.id, id));
  return row ?? null;
}

export async function isInUse(db: Executor, id: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(selfAssessments)
    .where(eq(selfAssessments.rubricVersionId, id))
    .limit(1);
  return Boolean(row);
}

export async function upsertVersion(tx: Tx, values: RubricVersionInsert): Promise<void> {
  await tx
    .insert(rubricVersions)
    .values(values)
    .onConflictDoUpdate({ target: rubricVersions.id, set: { ...values, createdAt: sql`now()` } });
}

/** Versions in order of effect, for finding the one before an import. */
export function listVersionStarts(db: Executor) {
  return db
    .select({ id: rubricVersions.id, effectiveFrom: rubricVersions.effectiveFrom })
    .from(rubricVersions)
    .orderBy(asc(rubricVersions.effectiveFrom), asc(rubricVersions.createdAt), asc(rubricVersions.id));
}

/** The rubric versions procedures score with. */
export async function officialVersionIds(db: Executor): Promise<Set<string>> {
  return new Set(
    (await db.select({ id: procedureVersions.rubricVersionId }).from(procedureVersions)).map((r) => r.id),
  );
}

export function listVersions(db: Executor) {
  return db
    .select({
      id: rubricVersions.id,
      title: rubricVersions.title,
      effectiveFrom: rubricVersions.effectiveFrom,
      effectiveTo: rubricVersions.effectiveTo,
      verified: rubricVersions.verified,
      rulesId: rubricVersions.rulesId,
      origin: rubricVersions.origin,
      warnings: rubricVersions.warnings,
      checksum: rubricVersions.checksum,
      sets: sql<number>`jsonb_array_length(${rubricVersions.pack}->'sets')`.mapWith(Number),
      inUse: sql<boolean>`EXISTS (SELECT 1 FROM self_assessments s WHERE s.rubric_version_id = rubric_versions.id)`,
    })
    .from(rubricVersions)
    .orderBy(asc(rubricVersions.effectiveFrom));
}

/** Rubric versions by id, named by their title, for the audit trail. */
export function rubricTitles(db: Executor, ids: string[]) {
  return db
    .select({ id: rubricVersions.id, name: rubricVersions.title })
    .from(rubricVersions)
    .where(inArray(rubricVersions.id, ids));
}
