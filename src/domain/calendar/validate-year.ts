// What makes a year's days off as decided consistent, checked before an
// administrator's edit or a shipped file is stored: every date in that year and
// given once; make-up working days on a weekend and not also off; a swapped day
// off on a weekday (only a working day can be exchanged).
import type { ErrorCode } from '../../shared/errors.ts';
import { yearOfIso } from './dates.ts';
import { type DecidedYear, isWeekend } from './days-off.ts';

export interface YearProblem {
  code: ErrorCode;
  params: { date: string; year?: number };
}

export function problemsOfYear(y: DecidedYear): YearProblem[] {
  const problems: YearProblem[] = [];
  const seen = new Set<string>();
  const all = [...y.nonWorkingDays.map((d) => d.date), ...y.makeUpWorkingDays.map((d) => d.date)];
  for (const date of all) {
    if (yearOfIso(date) !== y.year)
      problems.push({ code: 'CALENDAR_DATE_OUTSIDE_YEAR', params: { date, year: y.year } });
  }
  for (const d of y.nonWorkingDays) {
    if (seen.has(d.date)) problems.push({ code: 'CALENDAR_DATE_TWICE', params: { date: d.date } });
    seen.add(d.date);
    if (d.kind === 'swap' && isWeekend(d.date))
      problems.push({ code: 'CALENDAR_SWAP_ON_WEEKEND', params: { date: d.date } });
  }
  const worked = new Set<string>();
  for (const d of y.makeUpWorkingDays) {
    if (worked.has(d.date)) problems.push({ code: 'CALENDAR_DATE_TWICE', params: { date: d.date } });
    worked.add(d.date);
    if (!isWeekend(d.date)) problems.push({ code: 'CALENDAR_MAKE_UP_NOT_WEEKEND', params: { date: d.date } });
    if (seen.has(d.date)) problems.push({ code: 'CALENDAR_MAKE_UP_IS_DAY_OFF', params: { date: d.date } });
  }
  return problems;
}
