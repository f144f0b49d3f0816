// The days off shipped with the platform: resources/calendar/vn-days-off.json,
// one entry per year with the decisions cited (resources/calendar/PROVENANCE.md).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DecidedYear } from '../../../domain/calendar/days-off.ts';
import { calendarFileSchema } from '../../../shared/contracts/calendar.ts';

export const CALENDAR_FILE = fileURLToPath(
  new URL('../../../../resources/calendar/vn-days-off.json', import.meta.url),
);

export function shippedYears(path = CALENDAR_FILE): DecidedYear[] {
  const file = calendarFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return file.years
    .filter((y) => y.decided)
    .map(({ decided: _d, crossCheck: _c, ...year }) => ({
      ...year,
      notes: year.notes ?? null,
    }));
}
