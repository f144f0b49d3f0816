// The sessions of a council, newest meeting first, each with its form, state and how
// many of its dossiers have a result; and, for the officer who runs it, planning a
// new one (a meeting, or written opinions for re-evaluations).
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { SESSION_MODES } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { type CreateSession, createSession, listSessions } from './api.ts';
import { COUNCIL_WORDS } from './council-words.ts';
import { ErrorLine } from './error-line.tsx';

export function SessionsPanel({ councilId, canPlan }: { councilId: string; canPlan: boolean }) {
  const { lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const list = useQuery(`council-sessions:${councilId}`, () => listSessions(councilId));
  return (
    <section aria-labelledby="sessions" className="flex flex-col gap-3">
      <h2 id="sessions" className="text-lg font-semibold">
        {K.sessions}
      </h2>
      {canPlan && <PlanSession councilId={councilId} />}
      <DataTable
        caption={K.sessions}
        rows={list.data}
        loading={list.loading}
        error={list.error?.message}
        empty={K.noSessions}
        columns={[
          {
            key: 'title',
            header: K.title,
            card: 'title',
            cell: (s) => (
              <Link to={paths.councilSession(s.id)} className="text-brand-700 underline">
                {s.title}
              </Link>
            ),
          },
          { key: 'on', header: K.meetingOn, cell: (s) => w.date(s.meetingOn) },
          { key: 'mode', header: K.mode, cell: (s) => w.term(V.sessionMode, s.mode) },
          { key: 'status', header: K.status, cell: (s) => <TermBadge v={V.sessionState} id={s.status} /> },
          { key: 'items', header: K.dossiers, cell: (s) => K.closedOf(s.closedItems, s.items) },
        ]}
      />
    </section>
  );
}

function PlanSession({ councilId }: { councilId: string }) {
  const { lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="self-start rounded bg-brand-600 px-3 py-2 font-semibold text-white"
      >
        {K.plan}
      </button>
    );
  const submit = async (form: FormData) => {
    setBusy(true);
    setError(null);
    try {
      const s = await createSession(councilId, {
        title: String(form.get('title') ?? ''),
        meetingOn: String(form.get('meetingOn') ?? ''),
        place: String(form.get('place') ?? '') || undefined,
        mode: String(form.get('mode')) as CreateSession['mode'],
      });
      void navigate({ to: paths.councilSession(s.id) } as never);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <form
      className="flex flex-col gap-3 rounded-lg border bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm sm:col-span-2">
          <span>{K.title}</span>
          <input name="title" required minLength={3} maxLength={300} className="rounded border px-2 py-1.5" />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{K.meetingOn}</span>
          <input name="meetingOn" type="date" required className="rounded border px-2 py-1.5" />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{K.mode}</span>
          <select name="mode" defaultValue="meeting" className="rounded border px-2 py-1.5">
            {SESSION_MODES.map((m) => (
              <option key={m} value={m}>
                {w.term(V.sessionMode, m)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm sm:col-span-2">
          <span>{K.place}</span>
          <input name="place" maxLength={300} className="rounded border px-2 py-1.5" />
        </label>
      </div>
      <ErrorLine error={error} />
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {busy ? K.planning : K.plan}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="rounded border px-3 py-2">
          {K.cancel}
        </button>
      </div>
    </form>
  );
}
