// The working-day calendar over HTTP and in its shipped file: a year's days off as
// decided (every day off declared by law or decision, with its kind; the Saturdays
// worked instead) and the instruments that decided it; the count of a time limit.
import { z } from 'zod';
import { CALENDAR_ORIGINS, DAY_OFF_KINDS } from '../enums.ts';
import { text } from './common.ts';

const isoDate = z.iso.date();
const year = z.number().int().min(1990).max(2100);

export const dayOffSchema = z.object({
  date: isoDate,
  name: text(200),
  nameEn: text(200),
  kind: z.enum(DAY_OFF_KINDS).meta({
    description:
      'fixed: a Gregorian holiday of the Labour Code; lunar: a Tết day or the Hùng Kings’ day; substitute: nghỉ bù for a holiday on a weekend; swap: a working day given off for a make-up day',
  }),
});

export const makeUpWorkingDaySchema = z.object({ date: isoDate, name: text(200), nameEn: text(200) });

export const calendarDecisionSchema = z.object({
  ref: text(200).meta({ description: 'number and kind of the instrument, e.g. "Thông báo 6150/TB-BNV"' }),
  date: isoDate.nullable(),
  issuer: text(200),
  about: text(500),
  url: z.url().max(1000).nullable(),
});

/** A year as decided: what the shipped file holds and what an administrator sends. */
export const decidedYearSchema = z.object({
  year,
  verified: z.boolean().meta({ description: 'cross-checked against a second source' }),
  decisions: z.array(calendarDecisionSchema).min(1).max(20),
  nonWorkingDays: z.array(dayOffSchema).min(1).max(60),
  makeUpWorkingDays: z.array(makeUpWorkingDaySchema).max(20),
  notes: z.string().trim().max(4000).nullable().optional(),
});

export const calendarFileSchema = z.object({
  about: z.string(),
  /** an entry with decided: false records what is known of a year not decided yet; it is not loaded */
  years: z.array(
    decidedYearSchema.extend({ decided: z.boolean(), crossCheck: z.array(z.unknown()).optional() }),
  ),
});

export const yearCalendarSchema = z
  .object({
    year,
    decided: z
      .boolean()
      .meta({ description: 'false: no decision is loaded; the Labour Code’s days are given' }),
    verified: z.boolean(),
    decisions: z.array(calendarDecisionSchema),
    nonWorkingDays: z.array(dayOffSchema.extend({ onWeekend: z.boolean() })),
    makeUpWorkingDays: z.array(makeUpWorkingDaySchema),
    notes: z.string().nullable().optional(),
    origin: z.enum(CALENDAR_ORIGINS),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'YearCalendar' });

export const calendarYearListSchema = z.object({
  items: z.array(
    z.object({
      year,
      decided: z.boolean(),
      verified: z.boolean(),
      origin: z.enum(CALENDAR_ORIGINS),
      daysOff: z.number().int(),
      updatedAt: z.string(),
    }),
  ),
});

export const calendarAddQuery = z
  .object({
    from: isoDate,
    workingDays: z.coerce.number().int().min(0).max(3650).optional(),
    days: z.coerce.number().int().min(0).max(36500).optional(),
  })
  .refine((q) => (q.workingDays === undefined) !== (q.days === undefined), {
    message: 'exactly one of workingDays and days',
    path: ['workingDays'],
  });

export const calendarAddReplySchema = z.object({
  from: isoDate,
  count: z.number().int(),
  unit: z.enum(['workingDays', 'calendarDays']),
  date: isoDate,
  /** years the count crossed that have no decision loaded (counted by the Labour Code alone) */
  undecidedYears: z.array(year),
});

export type DecidedYearInput = z.infer<typeof decidedYearSchema>;
export type YearCalendarReply = z.infer<typeof yearCalendarSchema>;
