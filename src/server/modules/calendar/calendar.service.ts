// The working-day calendar: the decided years (shipped with their decisions, or
// edited by an administrator, audited), a year as the law answers it (decided, or
// the Labour Code's days marked undecided), and the count of a time limit. Every
// module that counts a deadline asks `workingCalendarOf`.
import { createHash } from 'node:crypto';
import type { DecidedYear } from '../../../domain/calendar/days-off.ts';
import { problemsOfYear } from '../../../domain/calendar/validate-year.ts';
import {
  CALENDAR_YEARS,
  type LimitUnit,
  workingCalendar,
  type WorkingCalendar,
} from '../../../domain/calendar/working-days.ts';
import { addDaysIso, yearOfIso } from '../../../domain/calendar/dates.ts';
import type { DecidedYearInput, YearCalendarReply } from '../../../shared/contracts/calendar.ts';
import { formatDate } from '../../../shared/format.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import { integersAmong, lookUpNames, type AuditNameSource } from '../../core/audit-names.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor } from '../../db/client.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { shippedYears } from './calendar-file.ts';
import * as repo from './calendar.repository.ts';

/**
 * A year in one form — days sorted, keys in one order (jsonb gives them back in its
 * own), no notes as null — so that equal years compare equal.
 */
const rowValues = (y: DecidedYear) => ({
  year: y.year,
  verified: y.verified,
  decisions: y.decisions.map(({ ref, date, issuer, about, url }) => ({ ref, date, issuer, about, url })),
  nonWorkingDays: y.nonWorkingDays
    .map(({ date, name, nameEn, kind }) => ({ date, name, nameEn, kind }))
    .sort((a, b) => a.date.localeCompare(b.date)),
  makeUpWorkingDays: y.makeUpWorkingDays
    .map(({ date, name, nameEn }) => ({ date, name, nameEn }))
    .sort((a, b) => a.date.localeCompare(b.date)),
  notes: y.notes ?? null,
});

const checksumOf = (y: DecidedYear) =>
  createHash('sha256')
    .update(JSON.stringify(rowValues(y)))
    .digest('hex');

const decidedOf = (row: repo.CalendarYearRow): DecidedYear => ({
  year: row.year,
  verified: row.verified,
  decisions: row.decisions as DecidedYear['decisions'],
  nonWorkingDays: row.nonWorkingDays as DecidedYear['nonWorkingDays'],
  makeUpWorkingDays: row.makeUpWorkingDays as DecidedYear['makeUpWorkingDays'],
  notes: row.notes,
});

/** Refuses a year whose dates do not hold together, naming the first date at fault (all in the details). */
export function assertConsistentYear(y: DecidedYear): void {
  const problems = problemsOfYear(y);
  if (problems.length) throw new AppError(problems[0].code, problems[0].params, { problems });
}

/**
 * Loads the shipped years at start: a year not stored is added; a shipped year
 * whose entry changed in the file is replaced; a year an administrator edited stays.
 */
export async function loadShippedCalendar(
  db: Executor,
  years: DecidedYear[] = shippedYears(),
): Promise<{ added: number[]; updated: number[]; keptEdited: number[] }> {
  const out = { added: [] as number[], updated: [] as number[], keptEdited: [] as number[] };
  for (const y of years) {
    assertConsistentYear(y);
    const checksum = checksumOf(y);
    const stored = await repo.findYear(db, y.year);
    if (stored?.checksum === checksum) continue;
    if (stored?.origin === 'edited') {
      out.keptEdited.push(y.year);
      continue;
    }
    await repo.upsertYear(db, { ...rowValues(y), origin: 'shipped', checksum, updatedBy: null });
    (stored ? out.updated : out.added).push(y.year);
  }
  return out;
}

/** The calendar over every decided year stored (years without a row follow the Labour Code). */
export async function workingCalendarOf(db: Executor): Promise<WorkingCalendar> {
  return workingCalendar((await repo.listYears(db)).map(decidedOf));
}

function assertYearInRange(date: string) {
  const year = yearOfIso(date);
  if (year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max)
    throw new AppError('CALENDAR_YEAR_OUT_OF_RANGE', { ...CALENDAR_YEARS, date });
}

/** A year as the calendar answers it, with where its days come from. */
export async function yearCalendar(db: Executor, year: number): Promise<YearCalendarReply> {
  assertYearInRange(`${year}-01-01`);
  const row = await repo.findYear(db, year);
  const calendar = workingCalendar(row ? [decidedOf(row)] : []).year(year);
  return {
    ...calendar,
    notes: calendar.notes ?? null,
    origin: row ? row.origin : 'labourCode',
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}

export async function listCalendarYears(db: Executor) {
  return (await repo.listYears(db)).map((r) => ({
    year: r.year,
    decided: true,
    verified: r.verified,
    origin: r.origin,
    daysOff: (r.nonWorkingDays as unknown[]).length,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** The last day of a limit of `count` units from `from`, and the years it crossed without a decision. */
export async function addToDate(db: Executor, from: string, count: number, unit: LimitUnit) {
  assertYearInRange(from);
  const calendar = await workingCalendarOf(db);
  // a limit runs at most a few years: refuse one that would leave the calendar's years
  const bound = addDaysIso(from, unit === 'calendarDays' ? count + 30 : Math.ceil(count * 1.6) + 60);
  assertYearInRange(bound);
  const date = calendar.add(from, count, unit);
  const undecidedYears: number[] = [];
  for (let y = yearOfIso(from); y <= yearOfIso(date); y++)
    if (!calendar.year(y).decided) undecidedYears.push(y);
  return { from, count, unit, date, undecidedYears };
}

const listed = (days: { date: string; name: string }[]) =>
  days.map((d) => `${formatDate(d.date, 'vi')} ${d.name}`);

/** An administrator sets a year's days off as decided; audited with what changed. */
export async function saveCalendarYear(
  deps: AppDeps,
  actor: AuditActor,
  input: DecidedYearInput,
): Promise<YearCalendarReply> {
  const year: DecidedYear = { ...input, notes: input.notes ?? null };
  assertConsistentYear(year);
  await deps.database.db.transaction(async (tx) => {
    const stored = await repo.lockYear(tx, year.year);
    const before = stored ? decidedOf(stored) : null;
    const after = rowValues(year);
    // a save that changes nothing writes nothing
    if (before && checksumOf(before) === checksumOf(year)) return;
    await repo.upsertYear(tx, {
      ...after,
      origin: 'edited',
      checksum: checksumOf(year),
      updatedBy: actor.userId,
    });
    const snapshot = (y: DecidedYear | null) =>
      y && {
        verified: y.verified,
        decisions: y.decisions.map((d) => d.ref),
        nonWorkingDays: listed(y.nonWorkingDays),
        makeUpWorkingDays: listed(y.makeUpWorkingDays),
        notes: y.notes ?? null,
      };
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'calendar.year_edited',
      objectType: 'calendar_year',
      objectId: String(year.year),
      before: snapshot(before) ?? undefined,
      after: snapshot({ ...year, ...after })!,
    });
  });
  return yearCalendar(deps.database.db, year.year);
}

/** How the audit trail names a calendar year. */
export const CALENDAR_AUDIT_NAMES: AuditNameSource[] = [
  {
    type: 'calendar_year',
    namesOf: (db, ids) => lookUpNames(integersAmong(ids), (years) => repo.yearNames(db, years)),
  },
];
