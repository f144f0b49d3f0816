// What a product idea and its business plan hold, what each lacks before it can be
// sent, where a step stands against the province's deadline, and how an approved
// idea fills the first dossier's Mẫu 02 (the description, the raw materials and the
// plan), so the producer never types the same thing twice.
import type { IDEA_KINDS, IDEA_STAGES, REGISTRATION_STEPS } from '../../shared/enums.ts';
import { daysBetweenIso } from '../calendar/dates.ts';
import type { Form02General, Form02Plan } from '../dossiers/dossier-content.ts';

export type IdeaKind = (typeof IDEA_KINDS)[number];
export type RegistrationStep = (typeof REGISTRATION_STEPS)[number];
type IdeaStage = (typeof IDEA_STAGES)[number];

export interface IdeaFields {
  kind: IdeaKind;
  /** the product's working name */
  name: string;
  /** the product set (1–26) the producer expects it to be scored in */
  productSetNo: number | null;
  /** what the product is and where the idea came from */
  description: string;
  /** the raw materials and where they come from */
  rawMaterials: string;
  /** what ties it to the place: tradition, story, local knowledge */
  localIdentity: string;
}

/** phương án sản xuất kinh doanh: the plan the commune approves before the product is made */
export interface BusinessPlan {
  goals: string;
  markets: string;
  /** output a year, in the product's own unit */
  capacity: string;
  investments: string;
  /** own funds, loans, the programme's support asked for */
  funding: string;
  /** the steps and their months */
  timeline: string;
  /** expected revenue in the first full year, million đồng */
  expectedRevenue: number | null;
}

export interface IdeaGap {
  field: string;
  code: 'missing';
}

const blank = (v: string | null | undefined) => !v?.trim();

export const IDEA_REQUIRED = ['name', 'description', 'rawMaterials', 'localIdentity'] as const;
export const PLAN_REQUIRED = ['goals', 'markets', 'capacity', 'investments', 'funding', 'timeline'] as const;

export function ideaGaps(idea: IdeaFields): IdeaGap[] {
  const gaps: IdeaGap[] = IDEA_REQUIRED.filter((f) => blank(idea[f])).map((field) => ({
    field,
    code: 'missing' as const,
  }));
  if (idea.productSetNo === null) gaps.push({ field: 'productSetNo', code: 'missing' });
  return gaps;
}

export function planGaps(plan: BusinessPlan | null): IdeaGap[] {
  if (!plan) return PLAN_REQUIRED.map((field) => ({ field, code: 'missing' as const }));
  return PLAN_REQUIRED.filter((f) => blank(plan[f])).map((field) => ({ field, code: 'missing' as const }));
}

/** The step of the call an idea at a stage is in: the idea's until selected, the plan's until approved. */
export function stepOfStage(stage: IdeaStage): RegistrationStep | null {
  if (stage === 'draft' || stage === 'submitted' || stage === 'returned') return 'ideas';
  if (stage === 'selected' || stage === 'planSubmitted') return 'plans';
  return null;
}

/** What the producer still has to write at a stage: the idea while it is drafted or returned, the plan once selected. */
export function stepGaps(stage: IdeaStage, idea: IdeaFields, plan: BusinessPlan | null): IdeaGap[] {
  if (stage === 'draft' || stage === 'returned') return ideaGaps(idea);
  if (stage === 'selected') return planGaps(plan);
  return [];
}

/** whether a step of the call still takes filings on a day (the deadline's own day included) */
export const stepOpen = (dueOn: string, today: string) => today <= dueOn;

/** Where a step's deadline stands on a day: calendar days left (negative once past), as the province set it. */
export function stepDeadline(due: string, today: string) {
  const daysLeft = daysBetweenIso(today, due);
  const standing = daysLeft > 0 ? 'open' : daysLeft === 0 ? 'dueToday' : 'overdue';
  return { due, standing: standing as 'open' | 'dueToday' | 'overdue', daysLeft };
}

/**
 * The first dossier's Mẫu 02 from the approved idea: part I's description and raw
 * materials, part IV's plan. Fields the idea does not have stay for the producer.
 */
export function form02FromIdea(
  idea: Pick<IdeaFields, 'description' | 'rawMaterials'>,
  plan: BusinessPlan | null,
): { general: Form02General; plan: Form02Plan | null } {
  return {
    general: {
      foundedYear: null,
      members: null,
      workers: null,
      facilities: '',
      productDescription: idea.description,
      rawMaterials: idea.rawMaterials,
      process: '',
    },
    plan: plan
      ? {
          goals: plan.goals,
          markets: plan.markets,
          investments: [plan.investments, plan.funding && `Nguồn vốn: ${plan.funding}`]
            .filter(Boolean)
            .join('\n'),
        }
      : null,
  };
}
