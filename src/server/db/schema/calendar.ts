// The working-day calendar: one row per year whose days off were decided (shipped
// from resources/calendar with the instruments cited, or edited by an
// administrator). A year without a row follows the Labour Code (src/domain/calendar).
import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity.ts';

export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  verified: boolean('verified').notNull(),
  /** [{ref, date, issuer, about, url}] */
  decisions: jsonb('decisions').notNull(),
  /** [{date, name, nameEn, kind}] */
  nonWorkingDays: jsonb('non_working_days').notNull(),
  /** [{date, name, nameEn}] */
  makeUpWorkingDays: jsonb('make_up_working_days').notNull(),
  notes: text('notes'),
  /** shipped rows follow the shipped file when it changes; an edited row is the administrator's */
  origin: text('origin', { enum: ['shipped', 'edited'] }).notNull(),
  /** sha256 of the shipped entry last loaded, to notice a changed file */
  checksum: text('checksum').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
