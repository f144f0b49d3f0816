// The clock of a re-evaluation (QĐ 26/2026 Art. 7): decided by written opinion within
// the version's `reEvaluationDecision` limit (45 days) of its filing, counted on the
// working calendar in the limit's unit.
import { daysBetweenIso } from '../calendar/dates.ts';
import type { WorkingCalendar } from '../calendar/working-days.ts';
import { limitOf } from '../regimes/procedure-rules.ts';
import type { ProcedureVersionId } from '../regimes/procedure-versions.ts';

/** The day a re-evaluation filed on `filedOn` is to be decided by; null when the version sets no limit. */
export function reEvaluationDue(versionId: string | null, filedOn: string, calendar: WorkingCalendar) {
  const limit = versionId ? limitOf(versionId as ProcedureVersionId, 'reEvaluationDecision') : null;
  if (!limit || limit.unit === 'months') return null;
  return calendar.add(filedOn, limit.value, limit.unit);
}

const DECIDED = new Set(['recognised', 'notRecognised', 'withdrawn']);

/**
 * Where a filed re-evaluation stands against its decision day (45 days, counted in the
 * version's unit): the day, the instrument it comes from, and the days left or late
 * while it waits. Null for other dossiers and before filing.
 */
export function reEvaluationDeadline(
  row: { kind: string; filedOn: string | null; procedureVersionId: string | null; status: string },
  today: string,
  calendar: WorkingCalendar,
) {
  if (row.kind !== 'reEvaluation' || !row.filedOn) return null;
  const due = reEvaluationDue(row.procedureVersionId, row.filedOn, calendar);
  if (!due) return null;
  const limit = limitOf(row.procedureVersionId as ProcedureVersionId, 'reEvaluationDecision');
  const waiting = !DECIDED.has(row.status);
  return {
    due,
    basis: limit ? `${limit.basis.instrument}${limit.basis.article ? `, ${limit.basis.article}` : ''}` : '',
    daysLeft: waiting && today <= due ? daysBetweenIso(today, due) : null,
    daysLate: waiting && today > due ? daysBetweenIso(due, today) : null,
  };
}
