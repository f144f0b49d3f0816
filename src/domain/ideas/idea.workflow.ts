// A product idea's transition table: the first two steps of the annual OCOP cycle
// (DOMAIN.md §1: đăng ký ý tưởng sản phẩm, phương án kinh doanh). The producer files
// its idea before the province's deadline for ideas; the commune selects it onto its
// yearly list, returns it with a reason or declines it; a selected idea gets its
// business plan, filed before the deadline for plans and approved or returned by the
// commune; an approved idea is registered as a product (by its producer or the
// commune), from which the first dossier starts. The producer may withdraw before
// its plan is approved. The province reads the communes' lists rolled up.
import { IDEA_EVENTS, IDEA_STAGES } from '../../shared/enums.ts';
import { statesAwaiting, type Guard, type WorkflowContext, type WorkflowTable } from '../workflow/kit.ts';

export type IdeaStage = (typeof IDEA_STAGES)[number];
export type IdeaEvent = (typeof IDEA_EVENTS)[number];

export interface IdeaContext extends WorkflowContext {
  /** the actor is the idea's producer */
  ownIdea: boolean;
  /** the officer's territory covers the producer's commune */
  coversPlace: boolean;
  /** today is on or before the province's deadline for ideas */
  ideasOpen: boolean;
  /** today is on or before the province's deadline for business plans */
  plansOpen: boolean;
}

const ownIdea: Guard<IdeaContext> = {
  name: 'ownIdea',
  check: (ctx) => (ctx.ownIdea ? null : 'FORBIDDEN'),
};
const officerOfItsPlace: Guard<IdeaContext> = {
  name: 'officerOfItsPlace',
  check: (ctx) => (ctx.coversPlace ? null : 'FORBIDDEN'),
};
const ideasOpen: Guard<IdeaContext> = {
  name: 'beforeIdeasDeadline',
  check: (ctx) => (ctx.ideasOpen ? null : 'REGISTRATION_CLOSED'),
};
const plansOpen: Guard<IdeaContext> = {
  name: 'beforePlansDeadline',
  check: (ctx) => (ctx.plansOpen ? null : 'REGISTRATION_CLOSED'),
};
const ownIdeaOrItsCommune: Guard<IdeaContext> = {
  name: 'ownIdeaOrItsCommune',
  check: (ctx) => (ctx.ownIdea || ctx.coversPlace ? null : 'FORBIDDEN'),
};

const PRODUCER = ['producer'] as const;
const COMMUNE = ['commune_officer'] as const;

export const ideaWorkflow: WorkflowTable<IdeaStage, IdeaEvent, IdeaContext> = {
  aggregate: 'product_idea',
  title: { vi: 'Ý tưởng sản phẩm và phương án kinh doanh', en: 'Product idea and business plan' },
  states: IDEA_STAGES,
  initial: 'draft',
  events: IDEA_EVENTS,
  labels: {
    draft: { vi: 'đang soạn', en: 'draft' },
    submitted: { vi: 'đã gửi xã', en: 'sent to the commune' },
    returned: { vi: 'xã trả lại để bổ sung', en: 'returned by the commune' },
    declined: { vi: 'xã không chọn', en: 'not selected' },
    selected: { vi: 'được chọn, chờ phương án kinh doanh', en: 'selected, business plan due' },
    planSubmitted: { vi: 'đã gửi phương án kinh doanh', en: 'business plan sent' },
    planApproved: { vi: 'phương án đã được duyệt', en: 'business plan approved' },
    productRegistered: { vi: 'đã thành sản phẩm', en: 'registered as a product' },
    withdrawn: { vi: 'đã rút', en: 'withdrawn' },
    submit: { vi: 'gửi ý tưởng cho xã', en: 'send the idea to the commune' },
    returnIdea: { vi: 'trả lại ý tưởng', en: 'return the idea' },
    resubmit: { vi: 'gửi lại ý tưởng', en: 'send the idea again' },
    decline: { vi: 'không chọn', en: 'decline' },
    select: { vi: 'chọn vào danh sách của xã', en: 'select for the commune’s list' },
    submitPlan: { vi: 'gửi phương án kinh doanh', en: 'send the business plan' },
    returnPlan: { vi: 'trả lại phương án', en: 'return the business plan' },
    approvePlan: { vi: 'duyệt phương án', en: 'approve the business plan' },
    registerProduct: { vi: 'đăng ký thành sản phẩm', en: 'register as a product' },
    withdraw: { vi: 'rút ý tưởng', en: 'withdraw the idea' },
  },
  transitions: [
    {
      from: 'draft',
      event: 'submit',
      to: 'submitted',
      roles: PRODUCER,
      guards: [ownIdea, ideasOpen],
      effects: { audit: 'idea.submitted', notify: ['commune_officer'] },
    },
    {
      from: 'submitted',
      event: 'returnIdea',
      to: 'returned',
      roles: COMMUNE,
      guards: [officerOfItsPlace],
      effects: { audit: 'idea.returned', notify: ['producer'] },
    },
    {
      from: 'returned',
      event: 'resubmit',
      to: 'submitted',
      roles: PRODUCER,
      guards: [ownIdea, ideasOpen],
      effects: { audit: 'idea.submitted', notify: ['commune_officer'] },
    },
    {
      from: 'submitted',
      event: 'decline',
      to: 'declined',
      roles: COMMUNE,
      guards: [officerOfItsPlace],
      effects: { audit: 'idea.declined', notify: ['producer'] },
    },
    {
      from: 'submitted',
      event: 'select',
      to: 'selected',
      roles: COMMUNE,
      guards: [officerOfItsPlace],
      effects: { audit: 'idea.selected', notify: ['producer', 'province_officer'] },
    },
    {
      from: 'selected',
      event: 'submitPlan',
      to: 'planSubmitted',
      roles: PRODUCER,
      guards: [ownIdea, plansOpen],
      effects: { audit: 'idea.plan_submitted', notify: ['commune_officer'] },
    },
    {
      from: 'planSubmitted',
      event: 'returnPlan',
      to: 'selected',
      roles: COMMUNE,
      guards: [officerOfItsPlace],
      effects: { audit: 'idea.plan_returned', notify: ['producer'] },
    },
    {
      from: 'planSubmitted',
      event: 'approvePlan',
      to: 'planApproved',
      roles: COMMUNE,
      guards: [officerOfItsPlace],
      effects: { audit: 'idea.plan_approved', notify: ['producer', 'province_officer'] },
    },
    {
      from: 'planApproved',
      event: 'registerProduct',
      to: 'productRegistered',
      roles: ['producer', 'commune_officer'],
      guards: [ownIdeaOrItsCommune],
      effects: { audit: 'idea.product_registered', notify: ['producer', 'commune_officer'] },
    },
    ...(['draft', 'submitted', 'returned', 'selected', 'planSubmitted'] as const).map((from) => ({
      from,
      event: 'withdraw' as const,
      to: 'withdrawn' as const,
      roles: PRODUCER,
      guards: [ownIdea],
      effects: { audit: 'idea.withdrawn', notify: ['commune_officer'] as const },
    })),
  ],
};

/** Events that need a reason written for the producer. */
export const IDEA_EVENTS_WITH_REASON: readonly IdeaEvent[] = ['returnIdea', 'decline', 'returnPlan'];

/** Where the producer may still change the idea itself, and where its business plan. */
export const IDEA_EDITABLE: readonly IdeaStage[] = ['draft', 'returned'];
export const PLAN_EDITABLE: readonly IdeaStage[] = ['selected'];

/** The stages whose next move is the role's (withdrawing aside). */
export function ideaStagesWaitingFor(role: WorkflowContext['actor']['role']): IdeaStage[] {
  return statesAwaiting(ideaWorkflow, role, ['withdraw']);
}
