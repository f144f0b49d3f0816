// Calendar helpers for the generator. Dates travel as ISO yyyy-mm-dd strings (as
// the `date` columns store them) and are computed as whole UTC days, so no time
// zone can shift a decision date by one day.
const DAY_MS = 86_400_000;

export function toDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

export function ymd(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Decisions are signed on working days: Saturday/Sunday move back to Friday. */
export function workingDay(iso: string): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  if (weekday === 6) return addDays(iso, -1);
  if (weekday === 0) return addDays(iso, -2);
  return iso;
}

/** Timestamp (ISO, ms) on `iso` at a given second of the office day (07:30–17:30 local = 00:30–10:30 UTC). */
export function officeTimestamp(iso: string, secondOfDay: number): string {
  const ms = toDay(iso) * DAY_MS + (1800 + (secondOfDay % 36_000)) * 1000;
  return new Date(ms).toISOString();
}
