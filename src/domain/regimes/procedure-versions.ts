// Procedure versions of the OCOP evaluation (DOMAIN.md §2). Each points to the
// rubric version it scores with. A dossier or decision is judged under the
// version in force on its date; the transitional rules of QĐ 26/2026 Art. 12
// (old dossiers finish under the old rules) come with the certificate workflow.
export const PROCEDURE_VERSIONS = [
  { id: 'r1048', rubricVersionId: 'qd1048-2019', instrument: 'QĐ 1048/QĐ-TTg (21/8/2019), QĐ 781/QĐ-TTg', from: '2019-08-21', to: '2023-02-23' },
  { id: 'r148', rubricVersionId: 'qd148-2023', instrument: 'QĐ 148/QĐ-TTg (24/02/2023)', from: '2023-02-24', to: '2025-07-06' },
  { id: 'r148_1489', rubricVersionId: 'qd148-2023', instrument: 'QĐ 148/QĐ-TTg amended by QĐ 1489/QĐ-TTg (06/7/2025)', from: '2025-07-07', to: '2026-05-21' },
  { id: 'r26_2026', rubricVersionId: 'qd26-2026', instrument: 'QĐ 26/2026/QĐ-TTg (22/5/2026)', from: '2026-05-22', to: null },
] as const;

export type ProcedureVersionId = (typeof PROCEDURE_VERSIONS)[number]['id'];

/** The procedure version in force on an ISO date (yyyy-mm-dd); the first one for earlier dates. */
export function procedureVersionOn(date: string): ProcedureVersionId {
  const found = PROCEDURE_VERSIONS.find((v) => date >= v.from && (v.to === null || date <= v.to));
  return (found ?? PROCEDURE_VERSIONS[0]).id;
}
