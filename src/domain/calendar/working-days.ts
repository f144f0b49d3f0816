// Counting time limits the way the law does. A limit in working days counts the
// civil-service week (Monday–Friday), skipping the year's days off and counting
// its make-up Saturdays; a limit in days counts calendar days. Either way the
// day the period starts from is not counted (Bộ luật Dân sự 2015, Art. 147), and
// a period whose last day is a day off ends on the next working day (Art. 148).
import type { LIMIT_UNITS } from '../../shared/enums.ts';
import { addDaysIso, yearOfIso } from './dates.ts';
import { decidedYear, type DecidedYear, isWeekend, labourCodeYear, type YearCalendar } from './days-off.ts';

/** the units a limit is counted in day by day (a validity in months is counted by certificateValidUntil) */
export type LimitUnit = Exclude<(typeof LIMIT_UNITS)[number], 'months'>;

/** Years a calendar can count in: the lunar computation and the laws behind it are meant for these. */
export const CALENDAR_YEARS = { min: 1990, max: 2100 } as const;

export interface WorkingCalendar {
  /** a year's days off: the decision loaded for it, else the Labour Code's */
  year(year: number): YearCalendar;
  isWorkingDay(iso: string): boolean;
  /** the day a limit of `count` units started on `from` ends */
  add(from: string, count: number, unit: LimitUnit): string;
  /** working days after `from` up to and including `to` (0 when `to` is not after `from`) */
  workingDaysBetween(from: string, to: string): number;
}

interface YearDays {
  calendar: YearCalendar;
  off: Set<string>;
  worked: Set<string>;
}

/** A calendar over the decided years given (any year not among them follows the Labour Code). */
export function workingCalendar(decided: Iterable<DecidedYear> = []): WorkingCalendar {
  const byYear = new Map<number, DecidedYear>();
  for (const y of decided) byYear.set(y.year, y);
  const cache = new Map<number, YearDays>();
  const daysOf = (year: number): YearDays => {
    if (year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max)
      throw new RangeError(`year ${year} is outside ${CALENDAR_YEARS.min}–${CALENDAR_YEARS.max}`);
    let days = cache.get(year);
    if (!days) {
      const known = byYear.get(year);
      const calendar = known ? decidedYear(known) : labourCodeYear(year);
      days = {
        calendar,
        off: new Set(calendar.nonWorkingDays.map((d) => d.date)),
        worked: new Set(calendar.makeUpWorkingDays.map((d) => d.date)),
      };
      cache.set(year, days);
    }
    return days;
  };
  const isWorkingDay = (iso: string) => {
    const { off, worked } = daysOf(yearOfIso(iso));
    if (worked.has(iso)) return true;
    return !isWeekend(iso) && !off.has(iso);
  };
  const nextWorkingDay = (iso: string) => {
    let d = iso;
    while (!isWorkingDay(d)) d = addDaysIso(d, 1);
    return d;
  };
  return {
    year: (year) => daysOf(year).calendar,
    isWorkingDay,
    add(from, count, unit) {
      if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0`);
      if (unit === 'calendarDays') return count === 0 ? from : nextWorkingDay(addDaysIso(from, count));
      let d = from;
      for (let left = count; left > 0; ) {
        d = addDaysIso(d, 1);
        if (isWorkingDay(d)) left--;
      }
      return d;
    },
    workingDaysBetween(from, to) {
      let n = 0;
      for (let d = addDaysIso(from, 1); d <= to; d = addDaysIso(d, 1)) if (isWorkingDay(d)) n++;
      return n;
    },
  };
}
