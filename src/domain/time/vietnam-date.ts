// The date the law counts in: Vietnam's (UTC+7, no daylight saving). Certificate
// states, deadlines and expiry depend on "today" there; the UTC date is yesterday
// in Vietnam between 00:00 and 07:00 local time.
export const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** The calendar date (YYYY-MM-DD) in Vietnam at this instant. */
export function vietnamDateOf(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

/** The year in Vietnam at this instant. */
export function vietnamYearOf(instant: Date): number {
  return Number(vietnamDateOf(instant).slice(0, 4));
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  return new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
}
