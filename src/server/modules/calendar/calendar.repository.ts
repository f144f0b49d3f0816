// SQL of the working-day calendar (owned by the calendar module): the decided years.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { calendarYears } from '../../db/schema/index.ts';

export type CalendarYearRow = typeof calendarYears.$inferSelect;
export type CalendarYearInsert = typeof calendarYears.$inferInsert;

export function listYears(db: Executor): Promise<CalendarYearRow[]> {
  return db.select().from(calendarYears).orderBy(asc(calendarYears.year));
}

export async function findYear(db: Executor, year: number): Promise<CalendarYearRow | null> {
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
  return row ?? null;
}

export async function lockYear(tx: Tx, year: number): Promise<CalendarYearRow | null> {
  const [row] = await tx.select().from(calendarYears).where(eq(calendarYears.year, year)).for('update');
  return row ?? null;
}

export async function upsertYear(db: Executor, values: CalendarYearInsert): Promise<void> {
  const { year: _year, ...rest } = values;
  await db
    .insert(calendarYears)
    .values(values)
    .onConflictDoUpdate({ target: calendarYears.year, set: { ...rest, updatedAt: new Date() } });
}

/** The stored years among `years`, named for the audit trail. */
export async function yearNames(db: Executor, years: number[]) {
  const rows = await db
    .select({ year: calendarYears.year })
    .from(calendarYears)
    .where(inArray(calendarYears.year, years));
  return rows.map((r) => ({ id: r.year, name: `Lịch nghỉ năm ${r.year}` }));
}
