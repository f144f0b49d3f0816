// One year of the calendar as the server answers it: decided or not (the Labour
// Code's days then), cross-checked or not, the instruments that decided it, its days
// off (those on a weekend marked) and the Saturdays worked instead.
import { weekdayOf } from '../../../domain/calendar/dates.ts';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable } from '../../components/ui/data-table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { YearCalendar } from './api.ts';
import { LABELS, WEEKDAYS } from './labels.ts';

type DayOff = YearCalendar['nonWorkingDays'][number];
type MakeUpDay = YearCalendar['makeUpWorkingDays'][number];

/** Free text kept as written, its ISO dates (2025-02-01) as the reader writes dates. */
const withDatesShown = (text: string, date: (iso: string) => string) =>
  text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => date(iso));

export function YearView({ year }: { year: YearCalendar }) {
  const { lang, w } = useI18n();
  const L = LABELS[lang];
  const weekday = (iso: string) => WEEKDAYS[lang][weekdayOf(iso)];
  const nameOf = (d: { name: string; nameEn: string }) => (lang === 'vi' ? d.name : d.nameEn);
  return (
    <div className="flex flex-col gap-4" data-testid="calendar-year" data-year={year.year}>
      <div className="rounded-lg border bg-white p-4">
        <h2 className="text-lg font-semibold">{L.yearOf(year.year)}</h2>
        <ul className="mt-2 flex flex-col gap-1 text-sm" data-testid="year-status">
          <li className={year.decided ? 'text-emerald-800' : 'font-semibold text-amber-800'}>
            {year.decided
              ? `${L.decided} — ${w.term(V.calendarOrigin, year.origin)}`
              : w.term(V.calendarOrigin, 'labourCode')}
          </li>
          {year.decided && (
            <li className={year.verified ? 'text-slate-700' : 'text-amber-800'}>
              {year.verified ? L.verified : L.notVerified}
            </li>
          )}
          {year.updatedAt && <li className="text-slate-600">{L.updatedAt(w.dateTime(year.updatedAt))}</li>}
        </ul>
      </div>

      <section aria-labelledby="calendar-instruments" className="rounded-lg border bg-white p-4">
        <h2 id="calendar-instruments" className="font-semibold">
          {L.instruments}
        </h2>
        {year.decisions.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{L.noInstruments}</p>
        ) : (
          <ul className="mt-2 flex flex-col divide-y divide-slate-100" data-testid="instruments">
            {year.decisions.map((d) => (
              <li key={d.ref} className="py-2 text-sm">
                <p className="break-words">
                  <span className="font-semibold">{d.ref}</span>
                  {' — '}
                  {d.date ? L.instrumentDate(w.date(d.date)) : L.noDate}
                </p>
                <p className="break-words text-slate-700">{d.issuer}</p>
                <p className="break-words">{d.about}</p>
                {d.url && (
                  <a
                    href={d.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="text-brand-700 underline"
                    aria-label={L.openInstrumentOf(d.ref)}
                  >
                    {L.openInstrument}
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="calendar-days-off">
        <h2 id="calendar-days-off" className="mb-2 font-semibold">
          {L.daysOff} ({L.daysOffCount(year.nonWorkingDays.length)})
        </h2>
        <DataTable<DayOff & { id: string }>
          caption={`${L.daysOff} — ${L.yearOf(year.year)}`}
          rows={year.nonWorkingDays.map((d) => ({ ...d, id: d.date }))}
          loading={false}
          columns={[
            { key: 'date', header: L.date, card: 'title', cell: (d) => w.date(d.date) },
            {
              key: 'weekday',
              header: L.weekday,
              cell: (d) => (
                <>
                  {weekday(d.date)}
                  {d.onWeekend && (
                    <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 text-amber-900">
                      {L.onWeekend}
                    </span>
                  )}
                </>
              ),
            },
            { key: 'name', header: L.name, cell: (d) => nameOf(d) },
            { key: 'kind', header: L.kind, cell: (d) => w.term(V.dayOffKind, d.kind) },
          ]}
        />
      </section>

      <section aria-labelledby="calendar-make-up">
        <h2 id="calendar-make-up" className="mb-2 font-semibold">
          {L.makeUpDays}
        </h2>
        <DataTable<MakeUpDay & { id: string }>
          caption={`${L.makeUpDays} — ${L.yearOf(year.year)}`}
          rows={year.makeUpWorkingDays.map((d) => ({ ...d, id: d.date }))}
          loading={false}
          empty={L.noMakeUpDays}
          columns={[
            { key: 'date', header: L.date, card: 'title', cell: (d) => w.date(d.date) },
            { key: 'weekday', header: L.weekday, cell: (d) => weekday(d.date) },
            { key: 'name', header: L.name, cell: (d) => nameOf(d) },
          ]}
        />
      </section>

      {year.notes && (
        <details className="rounded-lg border bg-white p-4 text-sm">
          <summary className="cursor-pointer font-semibold">{L.notes}</summary>
          <p className="mt-2 whitespace-pre-line break-words">{withDatesShown(year.notes, w.date)}</p>
        </details>
      )}
    </div>
  );
}
