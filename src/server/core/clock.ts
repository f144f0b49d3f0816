// One clock for the whole server. `now()` is the instant (timestamps, sessions);
// `today()` is the date in Vietnam that the law's deadlines and certificate states
// count in. OCOP_TODAY=YYYY-MM-DD fixes the date outside production (tests, demos,
// checks of what a day would show); the time of day keeps running.
import { isCalendarDate, vietnamDateOf } from '../../domain/time/vietnam-date.ts';

export interface Clock {
  now(): Date;
  /** YYYY-MM-DD in Vietnam (UTC+7) */
  today(): string;
  /** set when the date is fixed by OCOP_TODAY */
  fixedDate: string | null;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => vietnamDateOf(new Date()),
  fixedDate: null,
};

/** A clock whose date is fixed (the instant still runs, so timestamps stay ordered). */
export function fixedDateClock(date: string): Clock {
  if (!isCalendarDate(date)) throw new Error(`not a calendar date: ${date}`);
  return { now: () => new Date(), today: () => date, fixedDate: date };
}

export function clockFromEnv(env: { NODE_ENV: string; OCOP_TODAY?: string }): Clock {
  return env.OCOP_TODAY ? fixedDateClock(env.OCOP_TODAY) : systemClock;
}
