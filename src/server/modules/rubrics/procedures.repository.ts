// SQL of procedure versions (owned by the rubrics module): the shipped versions
// written at start, read whole for the API and the CLI.
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { procedureVersions } from '../../db/schema/index.ts';

export type ProcedureVersionRow = typeof procedureVersions.$inferInsert;

export async function upsertProcedureVersion(db: Executor, values: ProcedureVersionRow): Promise<void> {
  const { id: _id, ...rest } = values;
  await db
    .insert(procedureVersions)
    .values(values)
    .onConflictDoUpdate({ target: procedureVersions.id, set: rest });
}

const columns = {
  id: procedureVersions.id,
  rubricVersionId: procedureVersions.rubricVersionId,
  effectiveFrom: procedureVersions.effectiveFrom,
  effectiveTo: procedureVersions.effectiveTo,
  verified: procedureVersions.verified,
  title: procedureVersions.title,
  centralBody: procedureVersions.centralBody,
  instruments: procedureVersions.instruments,
  transition: procedureVersions.transition,
  steps: procedureVersions.steps,
  limits: procedureVersions.limits,
  rounds: procedureVersions.rounds,
  starBands: procedureVersions.starBands,
  scoringLevels: procedureVersions.scoringLevels,
  authorities: procedureVersions.authorities,
  notes: procedureVersions.notes,
  sources: procedureVersions.sources,
};
export type StoredProcedureVersion = Awaited<ReturnType<typeof listProcedureVersions>>[number];

/** Every stored version, oldest first. */
export function listProcedureVersions(db: Executor) {
  return db.select(columns).from(procedureVersions).orderBy(asc(procedureVersions.effectiveFrom));
}

export async function findProcedureVersion(db: Executor, id: string): Promise<StoredProcedureVersion | null> {
  const [row] = await db.select(columns).from(procedureVersions).where(eq(procedureVersions.id, id));
  return row ?? null;
}
