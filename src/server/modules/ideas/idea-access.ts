// An idea as its services read it: the row with its call's deadlines, who may see it
// (its producer, officers whose territory covers the producer's commune, national
// grants; 404 to anyone else) and the facts the transition table's guards need.
import { coversPlace, type Grant } from '../../../domain/access/policy.ts';
import { stepOpen, type BusinessPlan, type IdeaFields } from '../../../domain/ideas/idea-content.ts';
import {
  IDEA_EDITABLE,
  PLAN_EDITABLE,
  type IdeaContext,
  type IdeaStage,
} from '../../../domain/ideas/idea.workflow.ts';
import { AppError } from '../../core/app-error.ts';
import type { Executor } from '../../db/client.ts';
import { workflowActorOf } from '../workflow/workflow.service.ts';
import * as repo from './ideas.repository.ts';

export type IdeaRecord = NonNullable<Awaited<ReturnType<typeof repo.findIdea>>>;

export async function ideaFor(db: Executor, grant: Grant, id: string, today: string) {
  const record = await repo.findIdea(db, id);
  if (!record) throw new AppError('NOT_FOUND');
  const own = grant.role === 'producer' && grant.producerId === record.idea.producerId;
  const covers =
    grant.role !== 'producer' &&
    coversPlace(grant, { provinceId: record.scopeProvinceId, communeId: record.scopeCommuneId });
  if (!own && !covers) throw new AppError('NOT_FOUND');
  const ctx: IdeaContext = {
    actor: workflowActorOf(grant),
    ownIdea: own,
    coversPlace: covers,
    ideasOpen: stepOpen(record.ideasDueOn, today),
    plansOpen: stepOpen(record.plansDueOn, today),
  };
  return { record, ctx };
}

/** The idea's own fields and its plan, as the domain's rules read them. */
export function ideaContentOf(i: IdeaRecord['idea']): { fields: IdeaFields; plan: BusinessPlan | null } {
  return {
    fields: {
      kind: i.kind,
      name: i.name,
      productSetNo: i.productSetNo,
      description: i.description,
      rawMaterials: i.rawMaterials,
      localIdentity: i.localIdentity,
    },
    plan: (i.plan as BusinessPlan | null) ?? null,
  };
}

/** What of the idea its producer may still change at a stage: the idea itself, or its business plan. */
export function editablePart(stage: IdeaStage, ctx: IdeaContext): 'idea' | 'plan' | null {
  if (!ctx.ownIdea) return null;
  if (IDEA_EDITABLE.includes(stage)) return 'idea';
  if (PLAN_EDITABLE.includes(stage)) return 'plan';
  return null;
}
