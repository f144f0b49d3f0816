// Filing a dossier and moving it: a producer opens a dossier of a kind for a product
// (starting from the product's previous dossier and its own papers, so nothing that
// has not changed is typed again), fills Mẫu 01 and Mẫu 02, links the year's
// self-assessment as part III, records the samples, and submits; the commune checks
// within its working days (Mẫu 03) or returns with a reason per item; the province
// accepts into a round or returns to the commune; the advisory group reviews; the
// dossier goes to the council. Every move goes through the transition table.
import type { Grant } from '../../../domain/access/policy.ts';
import { COMMUNE_CHECK_ITEMS, form03Problems, type Form03 } from '../../../domain/dossiers/commune-check.ts';
import {
  carriedOverContent,
  dossierGaps,
  DOSSIER_ITEMS,
  PRODUCER_ITEMS,
  returnProblems,
  type BusinessYear,
  type Form01,
  type Form02General,
  type Form02Plan,
  type ReturnReason,
  type SampleHandover,
} from '../../../domain/dossiers/dossier-content.ts';
import { communeCheckDue } from '../../../domain/dossiers/dossier-clock.ts';
import { form02FromIdea } from '../../../domain/ideas/idea-content.ts';
import {
  dossierWorkflow,
  mayEditDossier,
  type DossierEvent,
} from '../../../domain/dossiers/dossier.workflow.ts';
import { procedureForDossier } from '../../../domain/regimes/procedure-versions.ts';
import type { DOSSIER_KINDS } from '../../../shared/enums.ts';
import { termOf, V } from '../../../shared/vocabulary.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { workingCalendarOf } from '../calendar/calendar.service.ts';
import { recognitionOf } from '../certificates/certificates.service.ts';
import { assertRenewableProduct } from '../certificates/lifecycle.service.ts';
import { ideaBehindProduct } from '../ideas/ideas.service.ts';
import { producerDetails } from '../registry/producer-write.service.ts';
import { getProductFacts } from '../registry/registry.service.ts';
import { sheetFacts, sheetsOfYear } from '../self-assessment/self-assessment.service.ts';
import { applyTransition, assertAllowed } from '../workflow/workflow.service.ts';
import { contentOf, dossierFor, form02Of } from './dossier-access.ts';
import { dossierAggregate } from './dossier-aggregate.ts';
import { getDossier } from './dossier-view.service.ts';
import * as repo from './dossiers.repository.ts';
import { assignRound } from './rounds.service.ts';
import { renewalEffects } from './dossier-renewal.ts';

type DossierKind = (typeof DOSSIER_KINDS)[number];

/** Opens a dossier of a kind for a product, from its previous dossier and its producer's contacts. */
export async function createDossier(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  input: { productId: string; kind: DossierKind },
) {
  const { db } = deps.database;
  const { product, actions } = await getProductFacts(db, grant, input.productId);
  if (!actions.includes('edit')) throw new AppError('FORBIDDEN');
  const today = deps.clock.today();
  const open = await repo.openDossierOf(db, input.productId);
  if (open)
    throw new AppError(
      'DOSSIER_OPEN_EXISTS',
      { stage: dossierWorkflow.labels[open.stage].vi },
      { dossierId: open.id },
    );
  const inForce = await recognitionOf(db, input.productId, today);
  if (input.kind === 'first' && inForce)
    throw new AppError('DOSSIER_KIND_MISMATCH', {
      kind: 'lần đầu',
      why: `sản phẩm đang có giấy chứng nhận ${inForce.stars ?? '?'} sao còn hiệu lực`,
    });
  if (input.kind !== 'first' && !inForce)
    throw new AppError('DOSSIER_KIND_MISMATCH', {
      kind: input.kind === 'upgrade' ? 'nâng hạng' : 'đánh giá lại',
      why: 'sản phẩm không có giấy chứng nhận còn hiệu lực',
    });
  // a re-evaluation is filed in the window of 180 to 120 days before expiry (QĐ 26/2026 Art. 12)
  if (input.kind === 'reEvaluation') await assertRenewableProduct(db, input.productId, today);
  const producer = await producerDetails(deps, grant, product.producerId);
  const previous = await repo.previousDossierOf(db, input.productId);
  const carried = previous
    ? carriedOverContent({
        form01: previous.form01 as Form01 | null,
        ...form02Of(previous),
      })
    : null;
  // a first dossier without a previous one starts from the approved idea and its business plan
  const idea = previous ? null : await ideaBehindProduct(db, input.productId);
  const fromIdea = idea ? form02FromIdea(idea, idea.plan) : null;
  const form01: Form01 = carried?.form01 ?? {
    representative: producer.representativeName ?? '',
    title: '',
    phone: producer.phone ?? '',
    email: producer.email ?? null,
    commitment: false,
  };
  const year = Number(today.slice(0, 4));
  const sheet = (await sheetsOfYear(deps, [input.productId], year)).get(input.productId) ?? null;
  return db.transaction(async (tx) => {
    const id = await repo.insertDraft(tx, {
      productId: input.productId,
      producerId: product.producerId,
      kind: input.kind,
      procedureVersionId: procedureForDossier(today, input.kind, today),
      year,
      copiedFrom: previous?.id ?? null,
      selfAssessmentId: sheet?.id ?? null,
      form01,
      form02: {
        general: carried?.general ?? fromIdea?.general ?? null,
        business: carried?.business ?? [],
        plan: carried?.plan ?? fromIdea?.plan ?? null,
      },
      createdBy: actor.userId,
    });
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'dossier.created',
      objectType: 'dossier',
      objectId: id,
      after: {
        dossierId: id,
        productId: input.productId,
        kind: input.kind,
        year,
        copiedFrom: previous?.id ?? null,
        fromIdea: idea?.id ?? null,
      },
    });
    return { id };
  });
}

export interface SaveInput {
  form01?: Form01 | null;
  general?: Form02General | null;
  business?: BusinessYear[];
  plan?: Form02Plan | null;
  samples?: SampleHandover | null;
  selfAssessmentId?: string | null;
  version: number;
}

/** Saves the producer's forms while the dossier is a draft or returned; 409 when it changed meanwhile. */
export async function saveDossier(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  input: SaveInput,
) {
  const { db } = deps.database;
  const { row, canEdit, ctx } = await dossierFor(db, grant, id);
  if (!canEdit || !(ctx.ownDossier || ctx.coversPlace)) throw new AppError('FORBIDDEN');
  if (!mayEditDossier(row.status, ctx, canEdit))
    throw new AppError('DOSSIER_NOT_EDITABLE', { stage: dossierWorkflow.labels[row.status].vi });
  if (input.selfAssessmentId) {
    const sheet = await sheetFacts(deps, input.selfAssessmentId);
    if (!sheet || sheet.productId !== row.productId) throw new AppError('NOT_FOUND');
  }
  const before = form02Of(row);
  const form02 = {
    general: input.general === undefined ? before.general : input.general,
    business: input.business ?? before.business,
    plan: input.plan === undefined ? before.plan : input.plan,
  };
  const values: Partial<repo.DossierInsert> = { form02 };
  if (input.form01 !== undefined) values.form01 = input.form01;
  if (input.samples !== undefined) values.samples = input.samples;
  if (input.selfAssessmentId !== undefined) values.selfAssessmentId = input.selfAssessmentId;
  await db.transaction(async (tx) => {
    if (!(await repo.updateDossier(tx, id, values, input.version))) throw new AppError('CONFLICT');
    const parts = Object.keys(input).flatMap((k) => PART_ITEMS[k] ?? []);
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'dossier.edited',
      objectType: 'dossier',
      objectId: id,
      before: { dossierId: id, version: input.version },
      after: { dossierId: id, version: input.version + 1, parts },
    });
  });
  return getDossier(deps, grant, id);
}

export interface EventInput {
  event: Exclude<DossierEvent, 'imported' | 'closeScoring' | 'recognise' | 'orderRedo'>;
  reasons?: ReturnReason[];
  form03?: Form03;
  roundId?: string;
  note?: string;
}

/** One move of the dossier, with what that move carries (reasons, Mẫu 03, the round); the dossier after it. */
export async function actOnDossier(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  input: EventInput,
) {
  const { db } = deps.database;
  const { row, product, ctx } = await dossierFor(db, grant, id);
  const today = deps.clock.today();
  // who may act, and whether the move exists now, before any check of what it carries
  assertAllowed(dossierWorkflow, row.status, input.event, ctx);
  const values: Partial<repo.DossierInsert> = {};
  let reason = input.note;
  let returned: { byLevel: 'commune' | 'province'; items: ReturnReason[] } | null = null;
  let answers: 'commune' | 'province' | null = null;
  switch (input.event) {
    case 'submit':
    case 'resubmit': {
      const { content } = await contentOf(deps, grant, row, product.productSet);
      const gaps = dossierGaps(content, today);
      if (gaps.length) throw new AppError('DOSSIER_INCOMPLETE', { count: gaps.length }, { gaps });
      const calendar = await workingCalendarOf(db);
      const due = row.procedureVersionId ? communeCheckDue(row.procedureVersionId, today, calendar) : null;
      values.receivedOn = today;
      values.communeDueOn = due?.due ?? null;
      values.filedOn = row.filedOn ?? today;
      values.selfAssessmentId = content.selfAssessment?.id ?? null;
      if (input.event === 'resubmit') answers = 'commune';
      break;
    }
    case 'returnToProducer':
    case 'returnToCommune': {
      const items = input.reasons ?? [];
      const returnable = input.event === 'returnToProducer' ? PRODUCER_ITEMS : DOSSIER_ITEMS;
      const problems = returnProblems(items, returnable);
      if (problems.length)
        throw new AppError(
          'RETURN_REASONS_INVALID',
          { detail: problems.map((p) => ('item' in p ? `${p.code}: ${p.item}` : p.code)).join('; ') },
          { problems },
        );
      returned = { byLevel: input.event === 'returnToProducer' ? 'commune' : 'province', items };
      // the history keeps the reason as the producer reads it, each item by its name
      reason = items.map((i) => `${termOf(V.dossierItem, i.item, 'vi')}: ${i.reason}`).join('\n');
      break;
    }
    case 'checkAtCommune':
    case 'sendBackToProvince': {
      if (!input.form03)
        throw new AppError('FORM03_INCOMPLETE', { detail: 'form03' }, { problems: [{ code: 'missing' }] });
      const problems = form03Problems(input.form03);
      if (problems.length)
        throw new AppError(
          'FORM03_INCOMPLETE',
          {
            detail: problems
              .map((p) => ('item' in p ? `${p.code}: ${p.item}` : `${p.code}: ${p.field}`))
              .join('; '),
          },
          { problems },
        );
      values.form03 = {
        items: Object.fromEntries(COMMUNE_CHECK_ITEMS.map((k) => [k, input.form03?.items[k]])),
        proposal: input.form03.proposal,
        signer: input.form03.signer,
        signerTitle: input.form03.signerTitle,
      };
      values.communeCheckedOn = today;
      if (input.event === 'sendBackToProvince') answers = 'province';
      break;
    }
    case 'accept':
      values.acceptedOn = today;
      break;
    case 'notRecognise':
      // below 3 stars the province records the result without a decision (QĐ 26/2026 Art. 7)
      if (row.proposedStars !== null && row.proposedStars >= 3)
        throw new AppError('DECISION_ITEMS_INVALID', { detail: `${row.proposedStars} sao` });
      break;
    case 'returnFromCentre':
      // the province certifies 3★ or 4★ from the central result
      if (row.proposedStars !== null && row.proposedStars > 4) values.proposedStars = 4;
      break;
    case 'startScoring': {
      const reviews = await repo.listReviews(db, id);
      if (!reviews.some((r) => r.kind === 'advisoryReport')) throw new AppError('ADVISORY_REPORT_MISSING');
      break;
    }
    default:
      break;
  }
  await db.transaction(async (tx) => {
    if (input.event === 'accept') {
      const round = await assignRound(
        deps,
        actor,
        {
          provinceId: product.scopeProvinceId,
          procedureVersionId: row.procedureVersionId,
          roundId: input.roundId ?? null,
          today,
        },
        tx,
      );
      values.roundId = round.id;
      values.roundLabel = round.label;
    }
    await renewalEffects(tx, deps, actor, row, input.event, today, () => workingCalendarOf(tx));
    await applyTransition(tx, deps.auditSecret, dossierAggregate, id, input.event, actor, {
      context: () => ctx,
      reason,
      audit: () => ({
        after: { ...(returned ? { returned: returned.items.map((i) => i.item) } : {}), ...pick(values) },
      }),
    });
    if (Object.keys(values).length) await repo.updateDossier(tx, id, values);
    if (answers) await repo.answerReturns(tx, id, answers);
    if (returned)
      await repo.insertReturn(tx, {
        dossierId: id,
        byLevel: returned.byLevel,
        items: returned.items,
        actorUserId: actor.userId,
        actorLabel: actor.label,
      });
  });
  return getDossier(deps, grant, id);
}

/** The dates and round a move set, for its audit row. */
/** The dossier item each saved part is, as the returns and the history name them. */
const PART_ITEMS: Record<string, string> = {
  form01: 'form01',
  general: 'form02.general',
  business: 'form02.business',
  plan: 'form02.plan',
  selfAssessmentId: 'form02.selfAssessment',
  samples: 'samples',
};

function pick(values: Partial<repo.DossierInsert>) {
  const out: Record<string, string | null> = {};
  for (const k of ['receivedOn', 'communeDueOn', 'communeCheckedOn', 'acceptedOn', 'roundLabel'] as const)
    if (values[k] !== undefined) out[k] = values[k] as string | null;
  return out;
}
