// What the decisions module asks of a dossier: whether an officer may put it into a
// decision (its stage, stars and place), the facts a certificate is issued with, the
// move to `recognised` once a signed decision recognises it (the certificates job,
// as the system), the central council's result, the ministry's order to redo an
// evaluation (QĐ 26/2026 Art. 10), and who may read its result and complain.
import { createHash, randomUUID } from 'node:crypto';
import type { Grant } from '../../../domain/access/policy.ts';
import { dossierWorkflow } from '../../../domain/dossiers/dossier.workflow.ts';
import { safeFileName } from '../../../domain/text/file-name.ts';
import { vietnamDateOf } from '../../../domain/time/vietnam-date.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { sniffEvidence } from '../../storage/sniff.ts';
import { applyTransition, statusHistoryOf } from '../workflow/workflow.service.ts';
import { dossierFor } from './dossier-access.ts';
import { dossierAggregate } from './dossier-aggregate.ts';
import { REVIEW_FILE_LIMIT } from './dossier-review.service.ts';
import { getDossier } from './dossier-view.service.ts';
import * as repo from './dossiers.repository.ts';

/** A dossier as a decision reads it, for an officer who may see it. */
export async function dossierForDecision(deps: AppDeps, grant: Grant, id: string) {
  const { row, product, ctx } = await dossierFor(deps.database.db, grant, id);
  return {
    id: row.id,
    stage: row.status,
    kind: row.kind,
    productId: row.productId,
    provinceId: product.scopeProvinceId,
    proposedStars: row.proposedStars,
    score: row.score,
    procedureVersionId: row.procedureVersionId,
    coversPlace: ctx.coversPlace,
  };
}

/** The facts a certificate is issued with (the caller holds the signed decision). */
export async function dossierFacts(db: Executor, id: string) {
  const row = await repo.findDossier(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  return { id: row.id, stage: row.status, kind: row.kind, procedureVersionId: row.procedureVersionId };
}

/** A signed decision recognises the dossier; a dossier already recognised stays so (a retried job). */
export async function recognisedByDecision(
  tx: Tx,
  deps: AppDeps,
  actor: AuditActor,
  dossierId: string,
  decision: { number: string; stars: number },
): Promise<void> {
  const row = await repo.lockDossier(tx, dossierId);
  if (!row || row.status === 'recognised') return;
  await applyTransition(tx, deps.auditSecret, dossierAggregate, dossierId, 'recognise', actor, {
    context: () => ({
      actor: { role: 'system', scopeKind: 'system' },
      coversPlace: false,
      ownDossier: false,
      importedAt: null,
      signedDecision: true,
    }),
    reason: `Quyết định số ${decision.number}`,
    audit: () => ({ after: { decisionNo: decision.number, stars: decision.stars } }),
  });
}

/** The central council's result on a dossier under central review: its score and the stars it supports. */
export async function centralResultRecorded(
  tx: Tx,
  dossierId: string,
  outcome: { score: string; stars: number },
) {
  await repo.updateDossier(tx, dossierId, { score: outcome.score, proposedStars: outcome.stars });
}

/**
 * The ministry orders a province to redo an evaluation (QĐ 26/2026 Art. 10): the
 * decided dossier opens again at the province's intake with the order attached.
 */
export async function orderRedo(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  input: { on: string; note: string; file: { name: string; bytes: Uint8Array } },
) {
  const { db } = deps.database;
  const { row, ctx } = await dossierFor(db, grant, id);
  // the product's newer dossier still open (an upgrade, a re-evaluation) is settled first
  const open = await repo.openDossierOf(db, row.productId);
  if (open)
    throw new AppError(
      'DOSSIER_OPEN_EXISTS',
      { stage: dossierWorkflow.labels[open.stage].vi },
      { dossierId: open.id },
    );
  if (input.file.bytes.byteLength > REVIEW_FILE_LIMIT)
    throw new AppError('FILE_TOO_LARGE', { limit: '20 MB' });
  const type = sniffEvidence(input.file.bytes, input.file.name);
  if (!type) throw new AppError('EVIDENCE_TYPE');
  const key = `dossiers/${id}/${randomUUID()}.${type.ext}`;
  await deps.storage.put(key, input.file.bytes);
  const sha256 = createHash('sha256').update(input.file.bytes).digest('hex');
  try {
    await db.transaction(async (tx) => {
      await applyTransition(tx, deps.auditSecret, dossierAggregate, id, 'orderRedo', actor, {
        context: () => ({ ...ctx, redoOrder: true }),
        reason: input.note,
        audit: () => ({ after: { sha256, on: input.on } }),
      });
      await repo.insertReview(tx, {
        dossierId: id,
        kind: 'redoOrder',
        on: input.on,
        note: input.note,
        storageKey: key,
        fileName: safeFileName(input.file.name, 'yeu-cau-danh-gia-lai'),
        mime: type.mime,
        bytes: input.file.bytes.byteLength,
        sha256,
        actorUserId: actor.userId,
        actorLabel: actor.label,
      });
      // the province takes it up again: a new round, a new council result
      await repo.updateDossier(tx, id, { proposedStars: null, score: null, councilDate: null });
    });
  } catch (err) {
    await deps.storage.remove(key);
    throw err;
  }
  return getDossier(deps, grant, id);
}

/** Who reads a dossier's result and may complain: its producer; officers of its place read it too. */
export async function dossierForResult(deps: AppDeps, grant: Grant, id: string) {
  const { row, product, ctx } = await dossierFor(deps.database.db, grant, id);
  const history = await statusHistoryOf(deps.database.db, 'dossier', id);
  const decided = history.find((h) => h.toStatus === 'recognised' || h.toStatus === 'notRecognised');
  return {
    id: row.id,
    stage: row.status,
    productId: row.productId,
    productName: product.name,
    selfAssessmentId: row.selfAssessmentId,
    procedureVersionId: row.procedureVersionId,
    own: ctx.ownDossier,
    officer: ctx.coversPlace,
    /** the day the result became final (recognised by decision, or not recognised), in Vietnam */
    decidedOn: decided ? vietnamDateOf(decided.at) : null,
  };
}
