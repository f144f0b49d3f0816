// Reading dossiers: one dossier with its forms, papers, gaps, the commune's deadline,
// returns, review and timeline, with what the caller may do; and the lists each role
// works from (its queue, a stage, the overdue commune checks), within its territory.
import type { Grant } from '../../../domain/access/policy.ts';
import { registryListScope } from '../../../domain/access/policy.ts';
import { suggestLocalLabour, type Form03 } from '../../../domain/dossiers/commune-check.ts';
import { dossierGaps, paperStanding, type ReturnReason } from '../../../domain/dossiers/dossier-content.ts';
import { communeDeadline } from '../../../domain/dossiers/dossier-clock.ts';
import { reEvaluationDeadline } from '../../../domain/dossiers/re-evaluation-clock.ts';
import {
  dossierActions,
  dossierWorkflow,
  EDITABLE_DOSSIER_STAGES,
  stagesWaitingFor,
  type DossierStage,
} from '../../../domain/dossiers/dossier.workflow.ts';
import { livesLocally, localLabourShare } from '../../../domain/scoring/derived.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor } from '../../db/client.ts';
import { workingCalendarOf } from '../calendar/calendar.service.ts';
import { workforcePlacesOf } from '../registry/registry.service.ts';
import { statusHistoryOf } from '../workflow/workflow.service.ts';
import { contentOf, dossierFor, form02Of } from './dossier-access.ts';
import { reviewViews } from './dossier-review.service.ts';
import * as repo from './dossiers.repository.ts';
import { roundViewOf } from './rounds.service.ts';

export async function getDossier(deps: AppDeps, grant: Grant, id: string) {
  const { db } = deps.database;
  const { row, product, canEdit, ctx } = await dossierFor(db, grant, id);
  const place = await repo.placeNames(db, product.scopeCommuneId, product.scopeProvinceId);
  const today = deps.clock.today();
  const calendar = await workingCalendarOf(db);
  const { content, sheet, producer } = await contentOf(deps, grant, row, product.productSet);
  const f2 = form02Of(row);
  const stage = row.status;
  const labour =
    stage === 'submitted' || stage === 'returnedByProvince' || stage === 'communeChecked'
      ? await localLabourSuggestion(db, row.producerId)
      : null;
  return {
    id: row.id,
    productId: row.productId,
    productName: product.name,
    productSetNo: product.productSet,
    producerId: row.producerId,
    producerName: product.producerName,
    communeName: place.communeName,
    provinceName: place.provinceName,
    kind: row.kind,
    stage,
    procedureVersionId: row.procedureVersionId,
    year: row.year,
    round: row.roundId ? await roundViewOf(db, row.roundId) : null,
    copiedFrom: row.copiedFrom,
    form01: content.form01,
    general: f2.general,
    business: f2.business,
    plan: f2.plan,
    samples: content.samples,
    selfAssessment: sheet,
    papers: producer.documents.map((d) => ({
      kind: d.kind,
      number: d.number,
      validUntil: d.validUntil,
      standing: paperStanding(d.validUntil, today),
    })),
    form03: row.form03 as Form03 | null,
    localLabourSuggestion: labour,
    gaps: EDITABLE_DOSSIER_STAGES.includes(stage) ? dossierGaps(content, today) : [],
    receivedOn: row.receivedOn,
    council: row.score === null ? null : { score: row.score, stars: row.proposedStars, on: row.councilDate },
    communeDeadline: communeDeadline(
      { receivedOn: row.receivedOn, due: row.communeDueOn, versionId: row.procedureVersionId, stage },
      today,
      calendar,
    ),
    reEvaluationDue: reEvaluationDeadline(row, today, calendar),
    communeCheckedOn: row.communeCheckedOn,
    acceptedOn: row.acceptedOn,
    returns: (await repo.listReturns(db, row.id)).map((r) => ({
      id: r.id,
      byLevel: r.byLevel,
      items: r.items as ReturnReason[],
      actorLabel: r.actorLabel,
      at: r.createdAt.toISOString(),
      answeredAt: r.answeredAt?.toISOString() ?? null,
    })),
    reviews: await reviewViews(db, row.id),
    version: row.version,
    actions: dossierActions(stage, ctx, canEdit),
    statusHistory: (await statusHistoryOf(db, dossierWorkflow.aggregate, row.id)).map((h) => ({
      ...h,
      at: h.at.toISOString(),
    })),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The local-labour item of Mẫu 03 as the workforce records suggest it (workers living in the commune). */
async function localLabourSuggestion(db: Executor, producerId: string) {
  const rows = await workforcePlacesOf(db, producerId);
  if (!rows.length) return null;
  const home = { communeId: rows[0].homeCommuneId, districtId: rows[0].homeDistrictId };
  return suggestLocalLabour(
    localLabourShare(rows.map((r) => ({ workers: r.workers, local: livesLocally('commune', home, r) }))),
  );
}

export interface ListInput {
  stage?: DossierStage;
  queue?: 'mine' | 'overdue';
  productId?: string;
  roundId?: string;
  page: number;
  pageSize: number;
}

/** Dossiers within the caller's territory: all, a stage, the caller's queue, or the overdue commune checks. */
export async function listDossiers(deps: AppDeps, grant: Grant, f: ListInput) {
  const { db } = deps.database;
  const today = deps.clock.today();
  const stages = f.queue === 'mine' ? stagesWaitingFor(grant.role) : f.stage ? [f.stage] : undefined;
  const { items, total } = await repo.listDossiers(db, registryListScope(grant), {
    stages,
    overdueOn: f.queue === 'overdue' ? today : undefined,
    productId: f.productId,
    roundId: f.roundId,
    page: f.page,
    pageSize: f.pageSize,
  });
  const calendar = await workingCalendarOf(db);
  return {
    items: items.map(({ communeDueOn, procedureVersionId, roundNo, roundYear, roundKind, ...i }) => ({
      ...i,
      round:
        roundNo !== null && roundYear !== null && roundKind
          ? { no: roundNo, year: roundYear, kind: roundKind }
          : null,
      communeDeadline: communeDeadline(
        { receivedOn: i.receivedOn, due: communeDueOn, versionId: procedureVersionId, stage: i.stage },
        today,
        calendar,
      ),
      updatedAt: i.updatedAt.toISOString(),
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}
