// The working-day calendar endpoints, one fetcher each, typed from the shared
// contracts (src/shared/contracts/calendar.ts).
import type { z } from 'zod';
import type {
  calendarAddQuery,
  calendarAddReplySchema,
  calendarYearListSchema,
  decidedYearSchema,
  yearCalendarSchema,
} from '../../../shared/contracts/calendar.ts';
import { api } from '../../lib/api.ts';

export type YearCalendar = z.infer<typeof yearCalendarSchema>;
export type CalendarYearList = z.infer<typeof calendarYearListSchema>;
export type DecidedYearBody = z.input<typeof decidedYearSchema>;
export type CalendarAddReply = z.infer<typeof calendarAddReplySchema>;

const yearPath = (year: number) => `/api/calendar/years/${year}`;

export const listCalendarYears = () => api<CalendarYearList>('/api/calendar/years');
export const getCalendarYear = (year: number) => api<YearCalendar>(yearPath(year));
export const saveCalendarYear = (year: number, body: DecidedYearBody) =>
  api<YearCalendar>(yearPath(year), { method: 'PUT', body });
export const addToDate = (query: z.infer<typeof calendarAddQuery>) =>
  api<CalendarAddReply>('/api/calendar/add', { query });
