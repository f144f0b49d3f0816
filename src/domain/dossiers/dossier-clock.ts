// The clock of a dossier under its procedure version: when the commune's check is
// due (QĐ 26/2026: 15 working days from receipt, counted on the working-day
// calendar, so a deadline across Tết counts right), how many working days are left
// or how late it is, and the evaluation rounds of a year with their cut-off dates.
import type { WorkingCalendar } from '../calendar/working-days.ts';
import { getProcedureVersion, type ProcedureVersionId } from '../regimes/procedure-versions.ts';
import { limitOf } from '../regimes/procedure-rules.ts';
import type { ProcedureLevel } from '../../shared/contracts/procedures.ts';

export { roundLabel } from './round-label.ts';

export interface CommuneCheckDue {
  due: string;
  value: number;
  unit: 'workingDays' | 'calendarDays';
  /** the instrument and article the limit comes from */
  basis: string;
}

/**
 * The last day of the commune's check of a dossier received on `receivedOn`, or null
 * when the version sets no such limit (before QĐ 26/2026 the commune took no part).
 */
export function communeCheckDue(
  versionId: ProcedureVersionId,
  receivedOn: string,
  calendar: WorkingCalendar,
): CommuneCheckDue | null {
  const limit = communeCheckLimit(versionId);
  if (!limit) return null;
  return { ...limit, due: calendar.add(receivedOn, limit.value, limit.unit) };
}

/** The version's limit on the commune's check, with the instrument and article it comes from; null when none. */
export function communeCheckLimit(versionId: ProcedureVersionId): Omit<CommuneCheckDue, 'due'> | null {
  const limit = limitOf(versionId, 'communeReview');
  if (!limit || limit.unit === 'months') return null;
  return {
    value: limit.value,
    unit: limit.unit,
    basis: `${limit.basis.instrument}${limit.basis.article ? `, ${limit.basis.article}` : ''}`,
  };
}

/**
 * The commune's deadline of a dossier received on `receivedOn` and due on `due` and,
 * while the commune holds it (`submitted`), where it stands on `today`.
 */
export function communeDeadline(
  d: { receivedOn: string | null; due: string | null; versionId: string | null; stage: string },
  today: string,
  calendar: WorkingCalendar,
) {
  if (!d.due || !d.receivedOn) return null;
  const standing = d.stage === 'submitted' ? deadlineStanding(d.due, today, calendar) : null;
  return {
    due: d.due,
    basis: (d.versionId && communeCheckLimit(d.versionId)?.basis) || '',
    standing: standing?.kind ?? 'open',
    workingDaysLeft: standing?.kind === 'open' ? standing.workingDaysLeft : null,
    workingDaysLate: standing?.kind === 'overdue' ? standing.workingDaysLate : null,
  };
}

export type DeadlineStanding =
  | { kind: 'open'; workingDaysLeft: number }
  | { kind: 'dueToday' }
  | { kind: 'overdue'; workingDaysLate: number };

/** Where a deadline stands on `today`: working days left, due today, or working days late. */
export function deadlineStanding(due: string, today: string, calendar: WorkingCalendar): DeadlineStanding {
  if (today === due) return { kind: 'dueToday' };
  if (today < due) return { kind: 'open', workingDaysLeft: calendar.workingDaysBetween(today, due) };
  return { kind: 'overdue', workingDaysLate: Math.max(1, calendar.workingDaysBetween(due, today)) };
}

export interface RoundWindow {
  level: ProcedureLevel;
  year: number;
  /** 1-based, in the year's order */
  no: number;
  /** the last day proposals reach the council */
  proposalsBy: string;
  /** the last day of the round's decision */
  decideBy: string;
}

/** The rounds a version sets for a level in a year, in their order; empty when it sets none. */
export function roundWindows(
  versionId: ProcedureVersionId,
  level: ProcedureLevel,
  year: number,
): RoundWindow[] {
  const round = getProcedureVersion(versionId).rounds.find((r) => r.level === level);
  if (!round) return [];
  return round.windows
    .map((w) => ({ proposalsBy: `${year}-${w.proposalsBy}`, decideBy: `${year}-${w.decideBy}` }))
    .sort((a, b) => a.proposalsBy.localeCompare(b.proposalsBy))
    .map((w, i) => ({ level, year, no: i + 1, ...w }));
}

/**
 * The round a proposal made on `date` can still reach: the first of that year whose
 * cut-off has not passed, else the first of the next year; null when the version sets
 * no rounds for the level.
 */
export function roundForProposal(
  versionId: ProcedureVersionId,
  level: ProcedureLevel,
  date: string,
): RoundWindow | null {
  const year = Number(date.slice(0, 4));
  const open = roundWindows(versionId, level, year).find((w) => date <= w.proposalsBy);
  return open ?? roundWindows(versionId, level, year + 1)[0] ?? null;
}
