// Filing a product idea and moving it: the producer writes its idea under its
// province's call of the year, sends it before the deadline for ideas (complete, or
// every gap named), writes the business plan once the commune selects it and sends
// it before the deadline for plans; the commune returns or declines with a reason,
// selects, approves the plan; the approved idea is registered as a product with
// what the idea already says. Every move goes through the idea's transition table.
import type { Grant } from '../../../domain/access/policy.ts';
import { stepGaps, type BusinessPlan, type IdeaFields } from '../../../domain/ideas/idea-content.ts';
import {
  IDEA_EVENTS_WITH_REASON,
  ideaWorkflow,
  type IdeaContext,
  type IdeaEvent,
  type IdeaStage,
} from '../../../domain/ideas/idea.workflow.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Tx } from '../../db/client.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { createProductIn } from '../registry/product-write.service.ts';
import { getProducer } from '../registry/registry.service.ts';
import { applyTransition, assertAllowed, type AggregateWorkflow } from '../workflow/workflow.service.ts';
import { editablePart, ideaContentOf, ideaFor, type IdeaRecord } from './idea-access.ts';
import { getIdea } from './ideas.service.ts';
import * as repo from './ideas.repository.ts';
import { callOfYear } from './registration-calls.service.ts';

type LockedIdea = NonNullable<Awaited<ReturnType<typeof repo.lockIdea>>>;

const ideaAggregate: AggregateWorkflow<IdeaStage, IdeaEvent, IdeaContext, LockedIdea> = {
  table: ideaWorkflow,
  store: { lock: repo.lockIdea, setStatus: (tx, id, from, to) => repo.setIdeaStatus(tx, id, from, to) },
  auditObject: (row) => ({ objectType: 'product_idea', objectId: row.id }),
};

/** Writes a new idea of the caller's producer under its province's call of the current year. */
export async function createIdea(deps: AppDeps, grant: Grant, actor: AuditActor, input: IdeaFields) {
  if (grant.role !== 'producer' || !grant.producerId) throw new AppError('FORBIDDEN');
  const producer = await getProducer(deps, grant, grant.producerId);
  const year = Number(deps.clock.today().slice(0, 4));
  const call = producer.place.provinceId
    ? await callOfYear(deps.database.db, producer.place.provinceId, year)
    : null;
  if (!call) throw new AppError('REGISTRATION_CALL_MISSING', { year });
  const id = await deps.database.db.transaction(async (tx) => {
    const id = await repo.insertIdea(tx, {
      ...input,
      callId: call.call.id,
      producerId: producer.id,
      createdBy: actor.userId,
    });
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'idea.created',
      objectType: 'product_idea',
      objectId: id,
      after: { ...input, year },
    });
    return id;
  });
  return getIdea(deps, grant, id);
}

export type SaveIdeaInput = Partial<IdeaFields> & { plan?: BusinessPlan | null; version: number };

/** Saves the idea (draft or returned) or its business plan (selected); 409 when it changed meanwhile. */
export async function saveIdea(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  input: SaveIdeaInput,
) {
  const { db } = deps.database;
  const { record, ctx } = await ideaFor(db, grant, id, deps.clock.today());
  if (!ctx.ownIdea) throw new AppError('FORBIDDEN');
  const { version, plan, ...fields } = input;
  const part = editablePart(record.idea.status, ctx);
  const stage = ideaWorkflow.labels[record.idea.status].vi;
  if (Object.keys(fields).length && part !== 'idea') throw new AppError('IDEA_NOT_EDITABLE', { stage });
  if (plan !== undefined && part !== 'plan') throw new AppError('IDEA_NOT_EDITABLE', { stage });
  const values = { ...fields, ...(plan !== undefined ? { plan } : {}) };
  await db.transaction(async (tx) => {
    if (!(await repo.updateIdea(tx, id, values, version))) throw new AppError('CONFLICT');
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'idea.edited',
      objectType: 'product_idea',
      objectId: id,
      before: Object.fromEntries(
        Object.keys(fields).map((k) => [k, record.idea[k as keyof IdeaFields] as string | number | null]),
      ),
      after: { ...fields, ...(plan !== undefined ? { plan: plan ? 'đã cập nhật' : null } : {}) },
    });
  });
  return getIdea(deps, grant, id);
}

/** What a move needs before it is tried: a reason to return or decline, a complete idea or plan to send. */
function assertReady(record: IdeaRecord, event: IdeaEvent, reason: string | undefined) {
  if (IDEA_EVENTS_WITH_REASON.includes(event) && !reason?.trim())
    throw new AppError('REASON_REQUIRED', {
      eventVi: ideaWorkflow.labels[event].vi,
      eventEn: ideaWorkflow.labels[event].en,
    });
  // sending the idea or the plan needs what its stage asks for (the domain's stepGaps)
  const { fields, plan } = ideaContentOf(record.idea);
  const sends = event === 'submit' || event === 'resubmit' || event === 'submitPlan';
  const gaps = sends ? stepGaps(record.idea.status, fields, plan) : [];
  if (gaps.length)
    throw new AppError(
      'IDEA_INCOMPLETE',
      {
        count: gaps.length,
        whatVi: event === 'submitPlan' ? 'Phương án kinh doanh' : 'Ý tưởng sản phẩm',
        whatEn: event === 'submitPlan' ? 'business plan' : 'product idea',
      },
      { gaps },
    );
}

/** The date a move stamps on the idea (the step's own fact beside its status). */
const STAMPS: Partial<
  Record<IdeaEvent, 'submittedOn' | 'selectedOn' | 'planSubmittedOn' | 'planApprovedOn'>
> = {
  submit: 'submittedOn',
  resubmit: 'submittedOn',
  select: 'selectedOn',
  submitPlan: 'planSubmittedOn',
  approvePlan: 'planApprovedOn',
};

/** One move of the idea (with its reason where one is needed); the idea after it. */
export async function actOnIdea(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  input: { event: IdeaEvent; reason?: string },
) {
  const { db } = deps.database;
  const today = deps.clock.today();
  const { record, ctx } = await ideaFor(db, grant, id, today);
  assertAllowed(ideaWorkflow, record.idea.status, input.event, ctx);
  assertReady(record, input.event, input.reason);
  await db.transaction(async (tx) => {
    const { to } = await applyTransition(tx, deps.auditSecret, ideaAggregate, id, input.event, actor, {
      context: () => ctx,
      reason: input.reason?.trim(),
      audit: () => ({ after: { name: record.idea.name } }),
    });
    const stamp = STAMPS[input.event];
    if (stamp) await repo.updateIdea(tx, id, { [stamp]: today });
    if (to === 'productRegistered') await registerProduct(tx, deps, grant, actor, record);
  });
  return getIdea(deps, grant, id);
}

/** The approved idea as a product of its producer: its name, set, description, story and raw materials. */
async function registerProduct(tx: Tx, deps: AppDeps, grant: Grant, actor: AuditActor, record: IdeaRecord) {
  const i = record.idea;
  // a sent idea always names its set (ideaGaps); the check narrows the type
  if (i.productSetNo === null) throw new AppError('CONFLICT');
  const productId = await createProductIn(tx, deps, grant, actor, {
    producerId: i.producerId,
    name: i.name,
    productSet: i.productSetNo,
    description: i.description || undefined,
    story: i.localIdentity || undefined,
    rawMaterialOrigin: i.rawMaterials || undefined,
    trademarkNo: undefined,
    qualityDeclarationNo: undefined,
    packaging: undefined,
    labelInfo: undefined,
    gtin: undefined,
    legacyCode: undefined,
  });
  await repo.updateIdea(tx, i.id, { productId });
}
