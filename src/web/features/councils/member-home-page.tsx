// A council member's area: the dossiers waiting for the member's sheet — those still
// to score first, then those sent — each linking to its sheet, and the sessions of
// the member's council. The dossiers come from the sessions open for scoring (a
// member sits on one council, so a few requests at most).
import { Link } from '@tanstack/react-router';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable, PageTitle } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { getSession, listSessions, type Session, type SessionItem } from './api.ts';
import { COUNCIL_WORDS } from './council-words.ts';

type Waiting = SessionItem & { session: Pick<Session, 'id' | 'title' | 'meetingOn'> };
const ORDER = { toScore: 0, sent: 1 } as const;

async function loadMine() {
  const sessions = await listSessions();
  const open = await Promise.all(sessions.filter((s) => s.status === 'scoring').map((s) => getSession(s.id)));
  const waiting: Waiting[] = open
    .flatMap((s) =>
      s.items.map((item) => ({ ...item, session: { id: s.id, title: s.title, meetingOn: s.meetingOn } })),
    )
    .filter((i) => (i.myStatus === 'toScore' || i.myStatus === 'sent') && i.status !== 'closed')
    .sort((a, b) => ORDER[a.myStatus as keyof typeof ORDER] - ORDER[b.myStatus as keyof typeof ORDER]);
  return { sessions, waiting };
}

export function MemberHomePage() {
  const { t, lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const { me } = useAuth();
  const mine = useQuery(`council-home:${me?.activeGrantId}`, loadMine);
  return (
    <section className="flex flex-col gap-4">
      <PageTitle>{t.councilDossiers}</PageTitle>
      {mine.error && (
        <p role="alert" className="rounded bg-red-50 p-3 text-red-800">
          {mine.error.message}
        </p>
      )}
      {!mine.data && !mine.error && <p>{t.loading}</p>}
      {mine.data && (
        <>
          <section aria-labelledby="waiting" className="flex flex-col gap-2">
            <h2 id="waiting" className="text-lg font-semibold">
              {K.waiting}
            </h2>
            {mine.data.waiting.length === 0 ? (
              <p className="rounded border bg-white p-4 text-slate-700">
                {mine.data.sessions.length ? K.emptyWaiting : K.emptyMySessions}
              </p>
            ) : (
              <ul className="flex flex-col gap-2" data-testid="waiting-sheets">
                {mine.data.waiting.map((i) => (
                  <li key={i.id} className="flex flex-col gap-1 rounded-lg border bg-white p-3">
                    <Link to={paths.councilSheet(i.id)} className="font-semibold text-brand-700 underline">
                      {i.productName}
                    </Link>
                    <span className="text-sm text-slate-700">
                      {i.producerName} · {K.set(i.setNo)}
                    </span>
                    <span className="flex flex-wrap items-center gap-2 text-sm">
                      {i.myStatus && <TermBadge v={V.memberSheetStanding} id={i.myStatus} />}
                      {i.status === 'rescoring' && <TermBadge v={V.sessionItemState} id={i.status} />}
                      <span className="text-slate-600">
                        {i.session.title} · {w.date(i.session.meetingOn)}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="my-sessions" className="flex flex-col gap-2">
            <h2 id="my-sessions" className="text-lg font-semibold">
              {K.mySessions}
            </h2>
            <DataTable
              caption={K.mySessions}
              rows={mine.data.sessions}
              loading={mine.loading}
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
                { key: 'council', header: K.council, cell: (s) => s.councilName },
                { key: 'on', header: K.meetingOn, cell: (s) => w.date(s.meetingOn) },
                {
                  key: 'status',
                  header: K.status,
                  cell: (s) => <TermBadge v={V.sessionState} id={s.status} />,
                },
                { key: 'items', header: K.dossiers, cell: (s) => K.closedOf(s.closedItems, s.items) },
              ]}
            />
          </section>
        </>
      )}
    </section>
  );
}
