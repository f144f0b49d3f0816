// A self-assessment sheet's life: a draft is edited, finalised, reopened (the
// transition table is sheet.workflow.ts). What the caller may do follows from the
// status and from whether it may edit the product; next year's sheet takes over
// what still means the same thing.
import { allowedEvents, type WorkflowActor } from '../workflow/kit.ts';
import { sheetWorkflow, type SheetEvent, type SheetStatus } from './sheet.workflow.ts';

export type { SheetStatus } from './sheet.workflow.ts';
export type SheetAction = 'view' | 'edit' | SheetEvent;

/** The sheet's abilities for this actor: viewing, editing a draft, and the events the table allows. */
export function sheetActions(
  status: SheetStatus,
  actor: WorkflowActor,
  canEditProduct: boolean,
): SheetAction[] {
  if (!canEditProduct) return ['view'];
  const events = allowedEvents(sheetWorkflow, status, { actor, canEditProduct });
  return ['view', ...(isEditable(status) ? (['edit'] as const) : []), ...events];
}

/** Answers, notes and evidence change only on a draft. */
export const isEditable = (status: SheetStatus) => status === 'draft';

export interface PreviousSheet {
  rubricVersionId: string;
  setNo: number;
  answers: Record<string, number>;
  comments: Record<string, string>;
}

/**
 * What next year's sheet takes from the previous one: answers and notes only when it
 * is scored with the same rubric version and set (a code of another version may mean
 * another criterion), and only for criteria that do not lapse.
 */
export function carriedOver(
  previous: PreviousSheet | undefined,
  rubricVersionId: string,
  setNo: number,
  keep: (code: string) => boolean,
) {
  if (!previous || previous.rubricVersionId !== rubricVersionId || previous.setNo !== setNo)
    return { answers: {}, comments: {} };
  const pick = <T>(o: Record<string, T>) =>
    Object.fromEntries(Object.entries(o).filter(([code]) => keep(code)));
  return { answers: pick(previous.answers), comments: pick(previous.comments) };
}
