// A council session top to bottom: its head (title, date, place, form, state), the
// moves the server lists for the caller (open the scoring, close, cancel), the
// attendance with the live quorum, and its dossiers — added and removed while it is
// planned, then scored, flagged, re-scored and closed one by one. A move answers with
// the session as it now is. Its minutes (biên bản) print as a PDF, a draft until it closes.
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { SESSION_EVENTS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { paths } from '../../config/paths.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { AddDossiers } from './add-dossiers.tsx';
import { actOnSession, getSession, type Session } from './api.ts';
import { AttendancePanel } from './attendance-panel.tsx';
import { COUNCIL_WORDS } from './council-words.ts';
import { ErrorLine } from './error-line.tsx';
import { SessionItemCard } from './session-item-card.tsx';

const MINUTES = { vi: 'Biên bản (PDF)', en: 'Minutes (PDF)' } as const;
const minutesUrl = (id: string) => `/api/council-sessions/${encodeURIComponent(id)}/minutes`;

export function SessionPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const { t, lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const announce = useAnnounce();
  const loaded = useQuery(`council-session:${id}`, () => getSession(id));
  const [answered, setAnswered] = useState<Session | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (loaded.error)
    return (
      <p role="alert" className="rounded border bg-white p-4">
        {loaded.error.status === 404 ? t.notFound : loaded.error.message}
      </p>
    );
  if (!loaded.data) return <p>{t.loading}</p>;
  const s = answered?.id === id ? answered : loaded.data;
  const reload = () => {
    setAnswered(null);
    loaded.reload();
  };
  const events = SESSION_EVENTS.filter((e) => s.actions.includes(e));
  const act = async (e: (typeof SESSION_EVENTS)[number]) => {
    setBusy(true);
    setError(null);
    try {
      setAnswered(await actOnSession(s.id, e));
      announce(K.done(w.term(V.sessionAction, e)));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const officer = s.actions.includes('manageDossiers') || s.actions.includes('recordAttendance');
  return (
    <article className="flex flex-col gap-4">
      <header className="flex flex-col gap-2">
        <PageTitle>{s.title}</PageTitle>
        <p className="text-slate-700">
          {officer ? (
            <Link to={paths.council(s.councilId)} className="underline">
              {s.councilName}
            </Link>
          ) : (
            s.councilName
          )}
        </p>
        <dl className="grid grid-cols-2 gap-3 rounded-lg border bg-white p-3 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-xs text-slate-600">{K.meetingOn}</dt>
            <dd>{w.date(s.meetingOn)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{K.place}</dt>
            <dd>{s.place || '—'}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{K.mode}</dt>
            <dd>{w.term(V.sessionMode, s.mode)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-600">{K.status}</dt>
            <dd data-testid="session-status">
              <TermBadge v={V.sessionState} id={s.status} />
            </dd>
          </div>
        </dl>
        <a
          href={minutesUrl(s.id)}
          target="_blank"
          rel="noopener"
          className="self-start text-brand-700 underline"
        >
          {MINUTES[lang]}
        </a>
      </header>
      {events.length > 0 && (
        <section aria-label={K.moves} className="flex flex-wrap gap-2">
          {events.map((e) => (
            <button
              key={e}
              type="button"
              disabled={busy}
              data-event={e}
              onClick={() => void act(e)}
              className={
                e === 'cancel'
                  ? 'rounded border border-rose-800 px-3 py-2 text-rose-800'
                  : 'rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50'
              }
            >
              {w.term(V.sessionAction, e)}
            </button>
          ))}
        </section>
      )}
      <ErrorLine error={error} />
      <AttendancePanel key={`${s.id}:${s.version}`} s={s} onSaved={setAnswered} />
      <section aria-labelledby="session-dossiers" className="flex flex-col gap-3">
        <h2 id="session-dossiers" className="text-lg font-semibold">
          {K.sessionDossiers}
        </h2>
        {s.actions.includes('manageDossiers') && <AddDossiers s={s} onAdded={setAnswered} />}
        {s.items.length === 0 ? (
          <p className="rounded border bg-white p-4 text-slate-700">{K.noItems}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {s.items.map((item) => (
              <SessionItemCard key={item.id} s={s} item={item} onSession={setAnswered} onReload={reload} />
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
