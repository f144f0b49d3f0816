// "Lịch làm việc": a year's days off as decided (or the Labour Code's, said so), the
// year in the address (?year=2026); the count of a time limit; and, for
// administrators, the edit of the year shown.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { vietnamYearOf } from '../../../domain/time/vietnam-date.ts';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { getCalendarYear, listCalendarYears } from './api.ts';
import { DeadlineTool } from './deadline-tool.tsx';
import { FORM_LABELS, LABELS } from './labels.ts';
import { YearForm } from './year-form.tsx';
import { YearView } from './year-view.tsx';

// the years the calendar counts in (CALENDAR_YEARS of the domain)
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/** The year the address names, or this year when it names none the calendar counts in. */
function yearFromSearch(value: unknown, thisYear: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR ? n : thisYear;
}

export function CalendarPage() {
  const { t, lang } = useI18n();
  const L = LABELS[lang];
  const F = FORM_LABELS[lang];
  const { me } = useAuth();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const thisYear = vietnamYearOf(new Date());
  const year = yearFromSearch(search.year, thisYear);
  const years = useQuery('calendar-years', listCalendarYears);
  const shown = useQuery(`calendar-year-${year}`, () => getCalendarYear(year));
  const [editing, setEditing] = useState<number | null>(null);
  const canEdit = me?.capabilities.includes('editCalendar') ?? false;

  const choices = [
    ...new Set([...(years.data?.items.map((y) => y.year) ?? []), thisYear - 1, thisYear, thisYear + 1, year]),
  ].sort((a, b) => a - b);
  const decided = new Set(years.data?.items.map((y) => y.year));
  const choose = (y: number) => {
    void navigate({
      to: '.',
      search: (prev: Record<string, unknown>) => ({ ...prev, year: y }),
    } as never);
  };
  const data = shown.data?.year === year ? shown.data : undefined;

  return (
    <section className="flex min-w-0 flex-col gap-4">
      <div>
        <PageTitle>{t.calendar}</PageTitle>
        <p className="-mt-2 text-slate-700">{L.intro}</p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="calendar-year-select" className="text-sm">
            {L.year}
          </label>
          <select
            id="calendar-year-select"
            className="rounded border px-3 py-2"
            value={year}
            onChange={(e) => choose(Number(e.target.value))}
          >
            {choices.map((y) => (
              <option key={y} value={y}>
                {y}
                {decided.has(y) ? '' : ` — ${L.notDecided}`}
              </option>
            ))}
          </select>
        </div>
        {canEdit && data && editing !== year && (
          <button
            type="button"
            className="rounded border border-brand-600 px-3 py-2 text-brand-700"
            onClick={() => setEditing(year)}
          >
            {F.edit(year)}
          </button>
        )}
      </div>

      {shown.error && (
        <p role="alert" className="rounded border bg-white p-4 text-red-800">
          {L.loadFailed} {shown.error.message}
        </p>
      )}
      {!shown.error && !data && <p className="text-slate-600">{t.loading}</p>}
      {data &&
        (canEdit && editing === year ? (
          <YearForm
            key={year}
            year={data}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              shown.reload();
              years.reload();
            }}
          />
        ) : (
          <YearView year={data} />
        ))}

      <DeadlineTool />
    </section>
  );
}
