// A self-assessment sheet's life: a draft is edited, finalised, reopened. What the
// caller may do follows from the status and from whether it may edit the product;
// next year's sheet takes over what still means the same thing.
export type SheetStatus = 'draft' | 'final';
export type SheetAction = 'view' | 'edit' | 'finalise' | 'reopen';

export function sheetActions(status: SheetStatus, canEditProduct: boolean): SheetAction[] {
  if (!canEditProduct) return ['view'];
  return status === 'draft' ? ['view', 'edit', 'finalise'] : ['view', 'reopen'];
}

/** The one transition function: finalise a draft, reopen a final sheet; anything else stays as it is. */
export function nextStatus(status: SheetStatus, action: 'finalise' | 'reopen'): SheetStatus {
  if (action === 'finalise' && status === 'draft') return 'final';
  if (action === 'reopen' && status === 'final') return 'draft';
  return status;
}

/** Answers, notes and evidence change only on a draft. */
export const isEditable = (status: SheetStatus) => status === 'draft';

export interface PreviousSheet { rubricVersionId: string; setNo: number; answers: Record<string, number>; comments: Record<string, string> }

/**
 * What next year's sheet takes from the previous one: answers and notes only when it
 * is scored with the same rubric version and set (a code of another version may mean
 * another criterion), and only for criteria that do not lapse.
 */
export function carriedOver(previous: PreviousSheet | undefined, rubricVersionId: string, setNo: number, keep: (code: string) => boolean) {
  if (!previous || previous.rubricVersionId !== rubricVersionId || previous.setNo !== setNo) return { answers: {}, comments: {} };
  const pick = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).filter(([code]) => keep(code)));
  return { answers: pick(previous.answers), comments: pick(previous.comments) };
}
