// Procedure versions of the OCOP evaluation (r1048, r148, r148_1489, r26_2026).
// The versions are data: resources/procedures/procedure-versions.json, imported
// here (and checked against its contract) so that the server, the CLI and the
// browser read the same versions without I/O; the rubrics module stores the same
// file in procedure_versions at start. Each version points to the rubric version it
// scores with. A dossier is judged under the version in force on its filing date;
// QĐ 26/2026 Art. 12 lets dossiers filed before 22/5/2026 finish under the old
// rules within 60 days (first evaluation or upgrade) or 30 days (re-evaluation).
// Transition windows are data of the newer version.
import shipped from '../../../resources/procedures/procedure-versions.json' with { type: 'json' };
import {
  procedureFileSchema,
  type DossierKind,
  type ProcedureFile,
  type ProcedureVersion,
} from '../../shared/contracts/procedures.ts';

export type { DossierKind, ProcedureVersion };
/** a version's id, e.g. "r26_2026"; the versions are data, so any string the file holds */
export type ProcedureVersionId = string;

/** The shipped file, checked against its contract when first imported. */
export const PROCEDURE_FILE: ProcedureFile = procedureFileSchema.parse(shipped);
/** The versions, oldest first. */
export const PROCEDURE_VERSIONS: readonly ProcedureVersion[] = PROCEDURE_FILE.versions;

export function findProcedureVersion(id: string): ProcedureVersion | undefined {
  return PROCEDURE_VERSIONS.find((v) => v.id === id);
}

/** The version by id; an id the file does not hold is a programming error. */
export function getProcedureVersion(id: ProcedureVersionId): ProcedureVersion {
  const version = findProcedureVersion(id);
  if (!version) throw new RangeError(`unknown procedure version "${id}"`);
  return version;
}

/** The procedure version in force on an ISO date (yyyy-mm-dd); the first one for earlier dates. */
export function procedureVersionOn(date: string): ProcedureVersionId {
  const found = PROCEDURE_VERSIONS.find((v) => date >= v.from && (v.to === null || date <= v.to));
  return (found ?? PROCEDURE_VERSIONS[0]).id;
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The version a dossier is evaluated under: the one in force when it was filed,
 * unless a newer version began since and its transition window (counted from its
 * first day, by dossier kind) has passed on `decidedOn` — then the newer one.
 * An interpretation of Art. 12 to be confirmed (DOMAIN.md §2); the window is data.
 */
export function procedureForDossier(
  filedOn: string,
  kind: DossierKind,
  decidedOn: string,
): ProcedureVersionId {
  let id = procedureVersionOn(filedOn);
  for (const v of PROCEDURE_VERSIONS) {
    if (v.from <= filedOn || v.from > decidedOn) continue;
    const window = v.transition?.days[kind];
    // without a transition rule a dossier keeps its filing regime
    if (window !== undefined && decidedOn > addDays(v.from, window - 1)) id = v.id;
  }
  return id;
}

export const rubricVersionOf = (id: ProcedureVersionId): string => getProcedureVersion(id).rubricVersionId;
