// Reading product ideas: one idea with its gaps, deadline, actions and moves; the
// lists each role works from (its queue, a stage, a call) within its territory; the
// roll-up of a call by commune for the province; and, for the dossiers module, the
// approved idea behind a product, from which the first dossier's Mẫu 02 is filled.
import { registryListScope, type Grant } from '../../../domain/access/policy.ts';
import {
  stepDeadline,
  stepGaps,
  stepOfStage,
  type BusinessPlan,
} from '../../../domain/ideas/idea-content.ts';
import { ideaStagesWaitingFor, ideaWorkflow, type IdeaStage } from '../../../domain/ideas/idea.workflow.ts';
import { allowedEvents } from '../../../domain/workflow/kit.ts';
import { IDEA_STAGES } from '../../../shared/enums.ts';
import type { AppDeps } from '../../core/deps.ts';
import { lookUpNames, uuidsAmong, type AuditNameSource } from '../../core/audit-names.ts';
import type { Executor } from '../../db/client.ts';
import { statusHistoryOf } from '../workflow/workflow.service.ts';
import { editablePart, ideaContentOf, ideaFor } from './idea-access.ts';
import * as repo from './ideas.repository.ts';
import { callFor, presentCall } from './registration-calls.service.ts';

/** The deadline of the step an idea is at (the call's date for it), none once the plan is approved. */
function deadlineOf(stage: IdeaStage, dues: { ideasDueOn: string; plansDueOn: string }, today: string) {
  const step = stepOfStage(stage);
  return step ? stepDeadline(step === 'ideas' ? dues.ideasDueOn : dues.plansDueOn, today) : null;
}

function listItem(
  r: {
    idea: repo.IdeaRow;
    year: number;
    ideasDueOn: string;
    plansDueOn: string;
    producerName: string;
    communeName: string | null;
  },
  today: string,
) {
  const i = r.idea;
  return {
    id: i.id,
    callId: i.callId,
    year: r.year,
    name: i.name,
    kind: i.kind,
    productSetNo: i.productSetNo ?? null,
    stage: i.status,
    producerId: i.producerId,
    producerName: r.producerName,
    communeName: r.communeName,
    productId: i.productId ?? null,
    submittedOn: i.submittedOn ?? null,
    planSubmittedOn: i.planSubmittedOn ?? null,
    deadline: deadlineOf(i.status, r, today),
    updatedAt: i.updatedAt.toISOString(),
  };
}

export async function getIdea(deps: AppDeps, grant: Grant, id: string) {
  const { db } = deps.database;
  const today = deps.clock.today();
  const { record, ctx } = await ideaFor(db, grant, id, today);
  const i = record.idea;
  const part = editablePart(i.status, ctx);
  const { fields, plan } = ideaContentOf(i);
  return {
    ...listItem(record, today),
    description: i.description,
    rawMaterials: i.rawMaterials,
    localIdentity: i.localIdentity,
    plan,
    selectedOn: i.selectedOn,
    planApprovedOn: i.planApprovedOn,
    gaps: stepGaps(i.status, fields, plan),
    version: i.version,
    actions: ['view', ...allowedEvents(ideaWorkflow, i.status, ctx), ...(part ? [`edit:${part}`] : [])],
    statusHistory: (await statusHistoryOf(db, ideaWorkflow.aggregate, i.id)).map((h) => ({
      ...h,
      at: h.at.toISOString(),
    })),
  };
}

export interface IdeaListInput {
  callId?: string;
  stage?: IdeaStage;
  queue?: 'mine';
  page: number;
  pageSize: number;
}

/** Ideas within the caller's territory: all, a call's, a stage's, or those waiting for the caller's role. */
export async function listIdeas(deps: AppDeps, grant: Grant, f: IdeaListInput) {
  const today = deps.clock.today();
  const stages = f.queue === 'mine' ? ideaStagesWaitingFor(grant.role) : f.stage ? [f.stage] : undefined;
  const { items, total } = await repo.listIdeas(deps.database.db, registryListScope(grant), {
    callId: f.callId,
    stages,
    page: f.page,
    pageSize: f.pageSize,
  });
  return {
    items: items.map((r) => listItem(r, today)),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** A call's ideas by commune and stage within the caller's territory, with what waits past its deadline. */
export async function rollUpCall(deps: AppDeps, grant: Grant, callId: string) {
  const today = deps.clock.today();
  const call = await callFor(deps, grant, callId);
  const rows = await repo.rollUp(deps.database.db, callId, registryListScope(grant), today);
  const byCommune = new Map<string, ReturnType<typeof emptyRow>>();
  const totals = emptyRow(null, 'Tổng cộng');
  for (const r of rows) {
    const key = r.communeId ?? '';
    const row = byCommune.get(key) ?? emptyRow(r.communeId, r.communeName);
    byCommune.set(key, row);
    for (const target of [row, totals]) {
      target.stages[r.stage] += r.count;
      target.total += r.count;
      target.waitingPastDeadline += r.late;
    }
  }
  return { call: presentCall(call, today), rows: [...byCommune.values()], totals };
}

function emptyRow(communeId: string | null, communeName: string | null) {
  return {
    communeId,
    communeName,
    stages: Object.fromEntries(IDEA_STAGES.map((s) => [s, 0])) as Record<IdeaStage, number>,
    total: 0,
    waitingPastDeadline: 0,
  };
}

/** The idea a product was registered from, with its business plan: what its first dossier starts from. */
export async function ideaBehindProduct(db: Executor, productId: string) {
  const row = await repo.ideaOfProduct(db, productId);
  if (!row) return null;
  return {
    id: row.id,
    description: row.description,
    rawMaterials: row.rawMaterials,
    plan: (row.plan as BusinessPlan | null) ?? null,
  };
}

/** How the audit trail names ideas and calls. */
export const IDEAS_AUDIT_NAMES: AuditNameSource[] = [
  { type: 'product_idea', namesOf: (db, ids) => lookUpNames(uuidsAmong(ids), (r) => repo.ideaNames(db, r)) },
  {
    type: 'registration_call',
    namesOf: (db, ids) => lookUpNames(uuidsAmong(ids), (r) => repo.callNames(db, r)),
  },
];
