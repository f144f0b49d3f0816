// Procedure versions of the OCOP evaluation (DOMAIN.md §2). Each points to the
// rubric version it scores with. A dossier is judged under the version in force on
// its filing date; QĐ 26/2026 Art. 12 lets dossiers filed before 22/5/2026 finish
// under the old rules within 60 days (first evaluation or upgrade) or 30 days
// (re-evaluation). Transition windows are data of the newer version.
export type DossierKind = 'first' | 'upgrade' | 'reevaluation';

export interface ProcedureVersion {
  id: string;
  rubricVersionId: string;
  instrument: string;
  from: string;
  to: string | null;
  /** days, counted from this version's first day, in which dossiers filed earlier finish under the older version */
  transitionDays?: Record<DossierKind, number>;
}

export const PROCEDURE_VERSIONS = [
  {
    id: 'r1048',
    rubricVersionId: 'qd1048-2019',
    instrument: 'QĐ 1048/QĐ-TTg (21/8/2019), QĐ 781/QĐ-TTg',
    from: '2019-08-21',
    to: '2023-02-23',
  },
  {
    id: 'r148',
    rubricVersionId: 'qd148-2023',
    instrument: 'QĐ 148/QĐ-TTg (24/02/2023)',
    from: '2023-02-24',
    to: '2025-07-06',
  },
  {
    id: 'r148_1489',
    rubricVersionId: 'qd148-2023',
    instrument: 'QĐ 148/QĐ-TTg amended by QĐ 1489/QĐ-TTg (06/7/2025)',
    from: '2025-07-07',
    to: '2026-05-21',
  },
  {
    id: 'r26_2026',
    rubricVersionId: 'qd26-2026',
    instrument: 'QĐ 26/2026/QĐ-TTg (22/5/2026)',
    from: '2026-05-22',
    to: null,
    transitionDays: { first: 60, upgrade: 60, reevaluation: 30 },
  },
] as const satisfies readonly ProcedureVersion[];

export type ProcedureVersionId = (typeof PROCEDURE_VERSIONS)[number]['id'];

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
  for (const v of PROCEDURE_VERSIONS as readonly ProcedureVersion[]) {
    if (v.from <= filedOn || v.from > decidedOn) continue;
    const window = v.transitionDays?.[kind];
    // without a transition rule a dossier keeps its filing regime
    if (window !== undefined && decidedOn > addDays(v.from, window - 1)) id = v.id as ProcedureVersionId;
  }
  return id;
}

export const rubricVersionOf = (id: ProcedureVersionId) =>
  PROCEDURE_VERSIONS.find((v) => v.id === id)!.rubricVersionId;
