// Evaluation dossiers. Every stage move goes through the dossier's transition table
// (domain/dossiers/dossier.workflow.ts) by applyTransition; this issue records the
// dossiers a province's published lists imply — a council result awaiting its
// decision, a proposal forwarded to the centre — through the `imported` event, the
// one way a dossier starts past its draft. The filing and review services follow.
import type { DOSSIER_KINDS } from '../../../shared/enums.ts';
import type { AuditActor } from '../../core/actor.ts';
import { lookUpNames, uuidsAmong, type AuditNameSource } from '../../core/audit-names.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { applyTransition } from '../workflow/workflow.service.ts';
import { dossierAggregate } from './dossier-aggregate.ts';
import { roundNames } from './rounds.service.ts';
import type { WorkflowActor } from '../../../domain/workflow/kit.ts';
import * as repo from './dossiers.repository.ts';

export interface ImportedDossier {
  productId: string;
  producerId: string;
  kind: (typeof DOSSIER_KINDS)[number];
  /** where the published list puts it */
  stage: 'awaitingDecision' | 'forwardedToCentre';
  procedureVersionId: string | null;
  year: number | null;
  roundLabel: string | null;
  proposedStars: number | null;
  score: number | null;
  councilDate: string | null;
  importId: string | null;
  sourceRow: number | null;
}

/** Records a dossier from a published list at its stage, in the caller's transaction; its id. */
export async function recordImportedDossier(
  tx: Tx,
  auditSecret: Buffer,
  actor: AuditActor,
  workflowActor: WorkflowActor,
  d: ImportedDossier,
): Promise<string> {
  const { stage, score, ...values } = d;
  const id = await repo.insertDraft(tx, { ...values, score: score === null ? null : String(score) });
  await applyTransition(tx, auditSecret, dossierAggregate, id, 'imported', actor, {
    context: () => ({ actor: workflowActor, coversPlace: true, ownDossier: false, importedAt: stage }),
    audit: () => ({
      after: {
        status: stage,
        kind: d.kind,
        proposedStars: d.proposedStars,
        year: d.year,
        roundLabel: d.roundLabel,
      },
    }),
  });
  return id;
}

/** The open dossier of each product that has one (its stage and the stars proposed), by product id. */
export async function openDossiers(db: Executor, productIds: string[]) {
  return new Map((await repo.openDossiersOf(db, productIds)).map((d) => [d.productId, d]));
}

/** How the audit trail names a dossier: by its product. */
export const DOSSIERS_AUDIT_NAMES: AuditNameSource[] = [
  { type: 'dossier', namesOf: (db, ids) => lookUpNames(uuidsAmong(ids), (r) => repo.dossierNames(db, r)) },
  {
    type: 'evaluation_round',
    namesOf: (db, ids) => lookUpNames(uuidsAmong(ids), (r) => roundNames(db, r)),
  },
];
