// Calendar arithmetic on ISO dates (yyyy-mm-dd), with no time zone involved.
const DAY = 86_400_000;

export const addDaysIso = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();

export const yearOfIso = (iso: string): number => Number(iso.slice(0, 4));

/** Calendar days from one date to another (negative when `to` is earlier). */
export const daysBetweenIso = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
