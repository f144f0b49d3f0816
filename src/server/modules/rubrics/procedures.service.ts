// Procedure versions in the database: the shipped file (the domain's own view of it,
// PROCEDURE_FILE) is checked and written into procedure_versions at every start
// when a version differs from what is stored; the API and the CLI read it back,
// each version with the publications it cites.
import { isDeepStrictEqual } from 'node:util';
import { PROCEDURE_FILE } from '../../../domain/regimes/procedure-versions.ts';
import { citedSources, validateProcedureFile } from '../../../domain/regimes/validate-procedures.ts';
import {
  procedureVersionReplySchema,
  type ProcedureFile,
  type ProcedureVersion,
  type ProcedureVersionReply,
} from '../../../shared/contracts/procedures.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../core/app-error.ts';
import * as repo from './procedures.repository.ts';

/** A version with the publications it cites, as the API answers it. */
export function procedureReply(file: ProcedureFile, version: ProcedureVersion): ProcedureVersionReply {
  const cited = citedSources(version);
  const sources = Object.fromEntries(Object.entries(file.sources).filter(([id]) => cited.has(id)));
  return { ...version, sources };
}

function fromRow(row: repo.StoredProcedureVersion): ProcedureVersionReply {
  const { effectiveFrom, effectiveTo, ...rest } = row;
  return procedureVersionReplySchema.parse({ ...rest, from: effectiveFrom, to: effectiveTo });
}

/** Writes the shipped versions that are missing or differ; refuses a file that does not hold together. */
export async function loadShippedProcedures(
  db: Executor,
  file: ProcedureFile = PROCEDURE_FILE,
): Promise<{ written: string[] }> {
  const problems = validateProcedureFile(file);
  if (problems.length) throw new Error(`procedure-versions.json: ${problems.join('; ')}`);
  const stored = new Map((await repo.listProcedureVersions(db)).map((r) => [r.id, r]));
  const written: string[] = [];
  for (const version of file.versions) {
    const reply = procedureReply(file, version);
    const row = stored.get(version.id);
    if (row && isDeepStrictEqual(safeFromRow(row), reply)) continue;
    const { from, to, ...rest } = reply;
    await repo.upsertProcedureVersion(db, {
      ...rest,
      instrument: version.instruments.map((i) => i.ref).join(' + '),
      effectiveFrom: from,
      effectiveTo: to,
    });
    written.push(version.id);
  }
  return { written };
}

/** a row stored before the versions carried their steps does not read as a version */
function safeFromRow(row: repo.StoredProcedureVersion): ProcedureVersionReply | null {
  try {
    return fromRow(row);
  } catch {
    return null;
  }
}

export async function listProcedureVersions(db: Executor): Promise<ProcedureVersionReply[]> {
  return (await repo.listProcedureVersions(db)).map(fromRow);
}

export async function getProcedureVersion(db: Executor, id: string): Promise<ProcedureVersionReply> {
  const row = await repo.findProcedureVersion(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return fromRow(row);
}
