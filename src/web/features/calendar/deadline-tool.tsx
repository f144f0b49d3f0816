// "Tính thời hạn": the last day of a limit of N working days or N days from a date,
// counted by the server on the calendar (GET /api/calendar/add), with the years
// counted that have no decision yet said plainly.
import { useState, type FormEvent } from 'react';
import { weekdayOf } from '../../../domain/calendar/dates.ts';
import { vietnamDateOf } from '../../../domain/time/vietnam-date.ts';
import { V } from '../../../shared/vocabulary.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { addToDate, type CalendarAddReply } from './api.ts';
import { LABELS, WEEKDAYS } from './labels.ts';

const control = 'min-w-0 max-w-full rounded border px-3 py-2';

export function DeadlineTool() {
  const { lang, w } = useI18n();
  const L = LABELS[lang];
  const announce = useAnnounce();
  const [from, setFrom] = useState(() => vietnamDateOf(new Date()));
  const [count, setCount] = useState('');
  const [unit, setUnit] = useState<CalendarAddReply['unit']>('workingDays');
  const [reply, setReply] = useState<CalendarAddReply | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dayText = (iso: string) => `${WEEKDAYS[lang][weekdayOf(iso)]}, ${w.date(iso)}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setReply(null);
    const n = Number(count);
    if (!from) return setError(L.needDate);
    if (count.trim() === '' || !Number.isInteger(n) || n < 0) return setError(L.needCount);
    setError(null);
    setBusy(true);
    try {
      const answer = await addToDate(unit === 'workingDays' ? { from, workingDays: n } : { from, days: n });
      setReply(answer);
      announce(L.result(dayText(answer.date)));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      aria-labelledby="deadline-tool"
      className="rounded-lg border bg-white p-4"
      data-testid="deadline-tool"
    >
      <h2 id="deadline-tool" className="font-semibold">
        {L.tool}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{L.toolHint}</p>
      <form onSubmit={submit} noValidate className="mt-3 flex flex-wrap items-end gap-3">
        <label className="flex min-w-0 flex-col gap-1">
          <span className="text-sm">{L.from}</span>
          <input
            type="date"
            required
            className={control}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </label>
        <label className="flex min-w-0 flex-col gap-1">
          <span className="text-sm">{L.count}</span>
          <input
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            required
            className={`${control} w-28`}
            value={count}
            onChange={(e) => setCount(e.target.value)}
          />
        </label>
        <label className="flex min-w-0 flex-col gap-1">
          <span className="text-sm">{L.unit}</span>
          <select
            className={control}
            value={unit}
            onChange={(e) => setUnit(e.target.value as CalendarAddReply['unit'])}
          >
            <option value="workingDays">{w.term(V.limitUnit, 'workingDays')}</option>
            <option value="calendarDays">{w.term(V.limitUnit, 'calendarDays')}</option>
          </select>
        </label>
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {busy ? L.computing : L.compute}
        </button>
      </form>
      {error && (
        <p role="alert" className="mt-3 rounded bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      {reply && (
        <div className="mt-3 rounded bg-brand-50 px-3 py-2" data-testid="deadline-result">
          <p>
            {L.lastDay}: <strong>{dayText(reply.date)}</strong>
          </p>
          <p className="text-sm text-slate-700">
            {L.counted(w.number(reply.count), w.term(V.limitUnit, reply.unit), w.date(reply.from))}
          </p>
          <p className={`text-sm ${reply.undecidedYears.length ? 'text-amber-800' : 'text-slate-700'}`}>
            {reply.undecidedYears.length ? L.undecided(reply.undecidedYears.join(', ')) : L.allDecided}
          </p>
        </div>
      )}
    </section>
  );
}
