// Producers' self-assessment (Mẫu 02, part III): one sheet per product and year,
// scored with the rubric version in force when it is opened, saved as drafts with
// optimistic concurrency, finalised, reopened, and started again next year from
// the previous answers and evidence. The score itself is the shared domain function.
import type { Grant } from '../../../domain/access/policy.ts';
import { registryListScope } from '../../../domain/access/policy.ts';
import { currentCertificateOn } from '../../../domain/certificates/current-certificate.ts';
import { procedureVersionOn, rubricVersionOf } from '../../../domain/regimes/procedure-versions.ts';
import { readAnswers, readFacts } from '../../../domain/scoring/answers.ts';
import { adviseNextStar } from '../../../domain/scoring/advice.ts';
import {
  compileSet,
  notApplicableCriteria,
  scoreSheet,
  type Answers,
  type Facts,
} from '../../../domain/scoring/score.ts';
import { predictSheet } from '../../../domain/self-assessment/prediction.ts';
import { carriedOver, isEditable, sheetActions } from '../../../domain/self-assessment/sheet.ts';
import { mayStartSelfAssessment } from '../../../domain/registry/producer.workflow.ts';
import { termOf, V } from '../../../shared/vocabulary.ts';
import {
  sheetWorkflow,
  type SheetContext,
  type SheetEvent,
} from '../../../domain/self-assessment/sheet.workflow.ts';
import { AppError } from '../../core/app-error.ts';
import { scoringError } from '../../core/scoring-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { AuditActor } from '../../core/actor.ts';
import { sameValue } from '../../../shared/audit-changes.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  applyTransition,
  statusHistoryOf,
  workflowActorOf,
  type AggregateWorkflow,
} from '../workflow/workflow.service.ts';
import * as repo from './self-assessment.repository.ts';
import * as evidenceRepo from './self-assessment-evidence.repository.ts';
import { getRubricSet } from '../rubrics/rubrics.service.ts';
import { assessmentFor, productFor } from './self-assessment.access.ts';
import { suggestionsFor } from './self-assessment.derived.ts';
import { copyEvidence, listEvidence } from './self-assessment.evidence.ts';

export async function getAssessment(deps: AppDeps, grant: Grant, id: string) {
  return (await assessmentWithSet(deps, grant, id)).view;
}

/** The sheet as the API shows it, with the rubric set it is scored on (for the PDF). */
export async function assessmentWithSet(deps: AppDeps, grant: Grant, id: string) {
  const { db } = deps.database;
  const { row, product, canEdit } = await assessmentFor(db, grant, id);
  const { pack, set, rules } = await getRubricSet(db, row.rubricVersionId, row.setNo);
  const answers = row.answers as Answers;
  const facts = row.facts as Facts;
  const advice = adviseNextStar(set, answers, facts, rules);
  const view = {
    id: row.id,
    productId: row.productId,
    productName: product.name,
    producerName: product.producerName,
    year: row.year,
    setNo: row.setNo,
    rubric: { id: pack.id, title: pack.title, verified: pack.verified, rulesId: rules.overlayId },
    procedureVersionId: row.procedureVersionId,
    answers,
    facts,
    comments: row.comments as Record<string, string>,
    status: row.status,
    copiedFrom: row.copiedFrom,
    result: advice.current,
    prediction: predictSheet(set, answers, advice),
    advice: {
      targetStars: advice.targetStars,
      pointsMissing: advice.pointsMissing,
      reachable: advice.reachable,
      steps: advice.steps,
    },
    suggestions: await suggestionsFor(db, row.producerId, rules.derived ?? []),
    evidence: await listEvidence(db, row.id),
    updatedAt: row.updatedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    actions: sheetActions(row.status, workflowActorOf(grant), canEdit),
    statusHistory: (await statusHistoryOf(db, sheetWorkflow.aggregate, row.id)).map((h) => ({
      ...h,
      at: h.at.toISOString(),
    })),
  };
  return { view, set };
}

export type { ListFilter } from './self-assessment.repository.ts';

export async function listAssessments(deps: AppDeps, grant: Grant, f: repo.ListFilter) {
  const { items, total } = await repo.listAssessments(deps.database.db, registryListScope(grant), f);
  const today = deps.clock.today();
  return {
    items: items.map((i) => ({
      ...i,
      certificate: currentCertificateOn(i.certificate, today),
      updatedAt: i.updatedAt.toISOString(),
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** For a producer's home: this year's sheet of each of its products (read through its grant). */
export async function sheetsOfYear(
  deps: AppDeps,
  productIds: string[],
  year: number,
): Promise<Map<string, { id: string; status: 'draft' | 'final' }>> {
  const rows = await repo.sheetsOfYear(deps.database.db, productIds, year);
  return new Map(rows.map((r) => [r.productId, { id: r.id, status: r.status }]));
}

/** A sheet's year, status and score at its last save (a dossier's part III); null when there is none. */
export async function sheetFacts(deps: AppDeps, id: string) {
  const row = await repo.findAssessment(deps.database.db, id);
  if (!row) return null;
  return {
    id: row.id,
    productId: row.productId,
    year: row.year,
    status: row.status,
    total: row.total,
    stars: row.stars,
  };
}

/**
 * The producer's part III as the council reads it beside its own sheet: the answers,
 * explanations and evidence per criterion. For a caller that has already decided the
 * reader may see the dossier (the councils module, for members of its session); the
 * evidence's addresses are the council's own.
 */
export async function sheetForCouncil(
  deps: AppDeps,
  id: string,
  evidenceUrl: (evidenceId: string) => string,
) {
  const row = await repo.findAssessment(deps.database.db, id);
  if (!row) return null;
  return {
    id: row.id,
    answers: row.answers as Answers,
    comments: row.comments as Record<string, string>,
    total: row.total,
    stars: row.stars,
    evidence: (await listEvidence(deps.database.db, id)).map((e) => ({ ...e, url: evidenceUrl(e.id) })),
  };
}

/** An evidence file of a sheet, for a caller that has decided the reader may see it (the council's members). */
export async function evidenceFileForCouncil(deps: AppDeps, assessmentId: string, evidenceId: string) {
  const r = await evidenceRepo.findEvidence(deps.database.db, assessmentId, evidenceId);
  if (!r) throw new AppError('NOT_FOUND');
  const data = await deps.storage.get(r.storageKey);
  if (!data) throw new AppError('NOT_FOUND');
  return { data, mime: r.mime, fileName: r.fileName };
}

/** For the caller's home: its sheets in draft, by province (a producer's own, an officer's scope). */
export async function countDraftSheets(deps: AppDeps, grant: Grant): Promise<Map<string | null, number>> {
  const rows = await repo.countDraftsByProvince(deps.database.db, registryListScope(grant));
  return new Map(rows.map((r) => [r.provinceId, r.n]));
}

export interface CreateInput {
  productId: string;
  year: number;
  reusePrevious: boolean;
}

export async function createAssessment(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  input: CreateInput,
  today = deps.clock.today(),
) {
  const { db } = deps.database;
  const { product, actions } = await productFor(db, grant, input.productId);
  if (!actions.includes('edit')) throw new AppError('FORBIDDEN');
  if (!mayStartSelfAssessment(product.producerStatus))
    throw new AppError('PRODUCER_NOT_ACTIVE', {
      name: product.producerName,
      statusVi: termOf(V.producerStatus, product.producerStatus, 'vi'),
      statusEn: termOf(V.producerStatus, product.producerStatus, 'en'),
    });
  if (!product.productSet) throw new AppError('PRODUCT_SET_MISSING');
  const procedureVersionId = procedureVersionOn(today);
  const rubricVersionId = rubricVersionOf(procedureVersionId);
  const { set, rules } = await getRubricSet(db, rubricVersionId, product.productSet);
  const previous = input.reusePrevious ? await repo.findPreviousAssessment(db, product.id, input.year) : null;
  const facts: Facts = previous ? (previous.facts as Facts) : { hasStory: Boolean(product.story?.trim()) };
  const codes = compileSet(set).byCode;
  const notApplicable = notApplicableCriteria(rules, facts);
  const { answers, comments } = carriedOver(
    previous
      ? {
          rubricVersionId: previous.rubricVersionId,
          setNo: previous.setNo,
          answers: previous.answers as Answers,
          comments: previous.comments as Record<string, string>,
        }
      : undefined,
    rubricVersionId,
    product.productSet,
    (code) => codes.has(code) && !notApplicable.has(code),
  );
  const result = scoreSheet(set, answers, facts, rules);
  const id = await db.transaction(async (tx) => {
    const insertedId = await repo.insertAssessment(tx, {
      productId: product.id,
      producerId: product.producerId,
      rubricVersionId,
      procedureVersionId,
      setNo: product.productSet!,
      year: input.year,
      answers,
      facts,
      comments,
      total: result.total,
      stars: result.stars,
      copiedFrom: previous?.id ?? null,
      createdBy: actor.userId,
      updatedBy: actor.userId,
    });
    if (!insertedId) throw new AppError('ASSESSMENT_EXISTS', { year: input.year });
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'self_assessment.created',
      objectType: 'product',
      objectId: product.id,
      after: {
        assessmentId: insertedId,
        year: input.year,
        rubricVersionId,
        copiedFrom: previous?.id ?? null,
      },
    });
    return insertedId;
  });
  if (previous) await copyEvidence(deps, previous.id, id, new Set(Object.keys(answers)), actor.userId);
  return getAssessment(deps, grant, id);
}

const keysThatDiffer = <T>(a: Record<string, T>, b: Record<string, T>) =>
  Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);
const pick = <T>(o: Record<string, T>, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));

export interface SaveInput {
  answers: unknown;
  facts?: unknown;
  comments?: Record<string, string>;
  expectedUpdatedAt: string;
}

export async function saveAssessment(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  input: SaveInput,
) {
  const { db } = deps.database;
  const { row, canEdit } = await assessmentFor(db, grant, id);
  if (!canEdit) throw new AppError('FORBIDDEN');
  if (!isEditable(row.status)) throw new AppError('ASSESSMENT_FINAL');
  const { set, rules } = await getRubricSet(db, row.rubricVersionId, row.setNo);
  let answers: Answers;
  let facts: Facts;
  let result: ReturnType<typeof scoreSheet>;
  try {
    answers = readAnswers(set, input.answers);
    facts = readFacts(input.facts ?? row.facts);
    result = scoreSheet(set, answers, facts, rules);
  } catch (err) {
    scoringError(err);
  }
  // a criterion that does not apply takes no answer (only "none" passes the score): none is kept,
  // so an answered sheet is one with an answer that counts
  for (const code of result.notApplicable) delete answers[code];
  const comments = Object.fromEntries(
    Object.entries(input.comments ?? (row.comments as Record<string, string>))
      .filter(([code, text]) => compileSet(set).byCode.has(code) && text.trim())
      .map(([code, text]) => [code, text.trim().slice(0, 2000)]),
  );
  const wasAnswers = row.answers as Answers;
  const wasComments = row.comments as Record<string, string>;
  const changed = keysThatDiffer(wasAnswers, answers);
  const commentCodes = keysThatDiffer(wasComments, comments);
  const factsChanged = !sameValue(row.facts, facts);
  if (!changed.length && !commentCodes.length && !factsChanged) {
    // nothing to write and nothing to audit; a stale copy is still told so, as a write would be
    if (Date.parse(input.expectedUpdatedAt) !== row.updatedAt.getTime()) throw new AppError('CONFLICT');
    return getAssessment(deps, grant, id);
  }
  // the snapshots hold what changed: answers and explanations by criterion, facts, the score
  const side = (a: Answers, c: Record<string, string>, f: unknown, total: number, stars: number) => ({
    assessmentId: id,
    answers: pick(a, changed),
    ...(commentCodes.length ? { comments: pick(c, commentCodes) } : {}),
    ...(factsChanged ? { facts: { ...(f as Facts) } } : {}),
    ...(row.total !== result.total ? { total } : {}),
    ...(row.stars !== result.stars ? { stars } : {}),
  });
  await db.transaction(async (tx) => {
    const saved = await repo.saveAssessmentAnswers(
      tx,
      id,
      { answers, facts, comments, total: result.total, stars: result.stars, updatedBy: actor.userId },
      input.expectedUpdatedAt,
    );
    if (!saved) throw new AppError('CONFLICT');
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'self_assessment.saved',
      objectType: 'product',
      objectId: row.productId,
      before: side(wasAnswers, wasComments, row.facts, row.total, row.stars),
      after: side(answers, comments, facts, result.total, result.stars),
    });
  });
  return getAssessment(deps, grant, id);
}

const sheetAggregate: AggregateWorkflow<
  repo.AssessmentRow['status'],
  SheetEvent,
  SheetContext,
  repo.AssessmentRow
> = {
  table: sheetWorkflow,
  store: {
    lock: repo.lockAssessment,
    setStatus: (tx, id, from, to, actor) => repo.setAssessmentStatus(tx, id, from, to, actor.userId),
  },
  auditObject: (row) => ({ objectType: 'product', objectId: row.productId }),
};

/** Finalise or reopen through the sheet's transition table; a move the table does not have is refused (409). */
export async function changeStatus(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  event: SheetEvent,
) {
  const { row: seen, canEdit } = await assessmentFor(deps.database.db, grant, id);
  await deps.database.db.transaction((tx) =>
    applyTransition(tx, deps.auditSecret, sheetAggregate, seen.id, event, actor, {
      context: () => ({ actor: workflowActorOf(grant), canEditProduct: canEdit }),
      audit: (row) => ({ after: { assessmentId: id, total: row.total, stars: row.stars } }),
    }),
  );
  return getAssessment(deps, grant, id);
}
