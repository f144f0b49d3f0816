// What the councils module asks of a dossier: whether an officer may put it to a
// session (its stage and province, the sheet it is scored on), what the members read
// of it beside their sheets, and the dossier's move when the chair closes its scoring
// with the council's result (closeScoring → awaitingDecision, the score and the stars
// proposed), or when a closed result is corrected before the decision.
import type { Grant } from '../../../domain/access/policy.ts';
import type { Form03 } from '../../../domain/dossiers/commune-check.ts';
import type { DossierStage } from '../../../domain/dossiers/dossier.workflow.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Tx } from '../../db/client.ts';
import { getProcedureVersion } from '../rubrics/procedures.service.ts';
import { applyTransition } from '../workflow/workflow.service.ts';
import { dossierFor, form02Of } from './dossier-access.ts';
import { dossierAggregate } from './dossier-aggregate.ts';
import { reviewViews } from './dossier-review.service.ts';
import * as repo from './dossiers.repository.ts';

export interface SessionCandidate {
  id: string;
  stage: DossierStage;
  provinceId: string | null;
  setNo: number;
  rubricVersionId: string;
  productName: string;
}

/** A dossier an officer puts to a session: seen by the officer, with its product's set and its rubric version. */
export async function dossierForSession(deps: AppDeps, grant: Grant, id: string): Promise<SessionCandidate> {
  const { db } = deps.database;
  const { row, product } = await dossierFor(db, grant, id);
  if (!product.productSet)
    throw new AppError('VALIDATION_FAILED', {}, { field: 'dossierIds', reason: 'PRODUCT_SET_MISSING' });
  if (!row.procedureVersionId)
    throw new AppError('VALIDATION_FAILED', {}, { field: 'dossierIds', reason: 'PROCEDURE_MISSING' });
  const procedure = await getProcedureVersion(db, row.procedureVersionId);
  return {
    id: row.id,
    stage: row.status,
    provinceId: product.scopeProvinceId,
    setNo: product.productSet,
    rubricVersionId: procedure.rubricVersionId,
    productName: product.name,
  };
}

/** What a council member reads of a dossier beside the sheet (the caller has checked the member's seat). */
export async function dossierForMembers(deps: AppDeps, id: string) {
  const { db } = deps.database;
  const row = await repo.findDossier(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const f2 = form02Of(row);
  return {
    id: row.id,
    kind: row.kind,
    stage: row.status,
    year: row.year,
    selfAssessmentId: row.selfAssessmentId,
    general: f2.general,
    plan: f2.plan,
    form03: row.form03 as Form03 | null,
    reviews: (await reviewViews(db, id)).filter((r) => r.kind !== 'labResult' || r.file),
  };
}

export interface CouncilOutcome {
  score: string;
  stars: number;
  councilDate: string;
}

/** The chair closes the dossier's scoring: it awaits its decision with the council's score and stars. */
export async function councilClosed(
  tx: Tx,
  deps: AppDeps,
  actor: AuditActor,
  dossierId: string,
  outcome: CouncilOutcome,
): Promise<void> {
  await applyTransition(tx, deps.auditSecret, dossierAggregate, dossierId, 'closeScoring', actor, {
    context: () => ({
      actor: { role: 'council_member', scopeKind: 'council' },
      coversPlace: false,
      ownDossier: false,
      importedAt: null,
      councilChair: true,
    }),
    audit: () => ({ after: { score: outcome.score, proposedStars: outcome.stars } }),
  });
  await repo.updateDossier(tx, dossierId, {
    score: outcome.score,
    proposedStars: outcome.stars,
    councilDate: outcome.councilDate,
  });
}

/** A corrected council result, while the dossier still awaits its decision; false once decided. */
export async function councilResultCorrected(
  tx: Tx,
  dossierId: string,
  outcome: Omit<CouncilOutcome, 'councilDate'>,
): Promise<boolean> {
  const row = await repo.lockDossier(tx, dossierId);
  if (row?.status !== 'awaitingDecision') return false;
  await repo.updateDossier(tx, dossierId, { score: outcome.score, proposedStars: outcome.stars });
  return true;
}
