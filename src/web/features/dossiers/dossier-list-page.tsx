// The evaluation dossiers of the caller's territory (or a producer's own): those
// waiting for the caller's role, the commune checks past their last day (for the
// province and the centre), all, or one stage; each with its product, producer, kind,
// stage, round and the commune's deadline; or the dossiers of one round (from the
// rounds page). A producer opens a new dossier from here.
// The view and the page are in the address, so Back and a shared link keep them.
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { DOSSIER_STAGES } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable, PageTitle } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { listDossiers } from './api.ts';
import { DeadlineCell } from './deadline.tsx';
import { LABELS, roundName } from './labels.ts';
import { OpenDossier } from './open-dossier-form.tsx';

type Stage = (typeof DOSSIER_STAGES)[number];
type View = 'mine' | 'overdue' | 'all';
const PAGE_SIZE = 20;
/** the roles that watch the communes' deadlines */
const WATCH_OVERDUE = new Set(['province_officer', 'central_officer']);

export function DossierListPage() {
  const { lang, w } = useI18n();
  const L = LABELS[lang];
  const { me } = useAuth();
  const role = me?.grants.find((g) => g.id === me.activeGrantId)?.role;
  const search = useSearch({ strict: false }) as {
    view?: string;
    stage?: string;
    round?: string;
    page?: string;
  };
  const navigate = useNavigate();
  const stage = (DOSSIER_STAGES as readonly string[]).includes(search.stage ?? '')
    ? (search.stage as Stage)
    : undefined;
  const roundId = search.round || undefined;
  const view: View =
    stage || roundId ? 'all' : search.view === 'overdue' || search.view === 'all' ? search.view : 'mine';
  const page = Number(search.page) || 1;
  const list = useQuery(`dossiers:${view}:${stage ?? ''}:${roundId ?? ''}:${page}`, () =>
    listDossiers({ queue: view === 'all' ? undefined : view, stage, roundId, page, pageSize: PAGE_SIZE }),
  );
  const go = (next: { view?: View; stage?: Stage; round?: string; page?: number }) =>
    void navigate({
      to: paths.dossiers,
      search: {
        ...(next.view && next.view !== 'mine' ? { view: next.view } : {}),
        ...(next.stage ? { stage: next.stage } : {}),
        ...(next.round ? { round: next.round } : {}),
        ...(next.page && next.page > 1 ? { page: String(next.page) } : {}),
      },
    } as never);
  const tabs: { id: View; label: string }[] = [
    { id: 'mine', label: w.term(V.dossierQueue, 'mine') },
    ...(role && WATCH_OVERDUE.has(role)
      ? [{ id: 'overdue' as const, label: w.term(V.dossierQueue, 'overdue') }]
      : []),
    { id: 'all', label: L.all },
  ];
  return (
    <section className="flex flex-col gap-3">
      <PageTitle>{L.title}</PageTitle>
      {me?.capabilities.includes('openDossier') && <OpenDossier />}
      <div className="flex flex-wrap items-end gap-3">
        <nav aria-label={L.views} className="flex flex-wrap gap-2">
          {tabs.map((tab) => (
            <button
              key={tab.id}
              type="button"
              aria-pressed={view === tab.id && !stage && !roundId}
              data-view={tab.id}
              onClick={() => go({ view: tab.id })}
              className="rounded-full border px-3 py-1.5 aria-pressed:bg-brand-600 aria-pressed:text-white"
            >
              {tab.label}
            </button>
          ))}
        </nav>
        <label className="flex flex-col text-sm">
          <span>{L.stage}</span>
          <select
            value={stage ?? ''}
            onChange={(e) =>
              go({ view: 'all', stage: (e.target.value || undefined) as Stage | undefined, round: roundId })
            }
            className="rounded border px-2 py-1.5"
          >
            <option value="">{L.everyStage}</option>
            {DOSSIER_STAGES.map((s) => (
              <option key={s} value={s}>
                {w.term(V.dossierStage, s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {roundId && (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          {L.oneRound}
          <button
            type="button"
            onClick={() => go({ view: 'all', stage })}
            className="rounded border px-2 py-1"
          >
            {L.everyRound}
          </button>
        </p>
      )}
      <DataTable
        caption={L.title}
        rows={list.data?.items}
        loading={list.loading}
        error={list.error?.message}
        empty={view === 'mine' ? L.emptyMine : view === 'overdue' ? L.emptyOverdue : L.emptyAll}
        page={page}
        pageSize={PAGE_SIZE}
        total={list.data?.total}
        onPage={(p) => go({ view, stage, round: roundId, page: p })}
        columns={[
          {
            key: 'product',
            header: L.product,
            card: 'title',
            cell: (d) => (
              <Link to={paths.dossier(d.id)} className="text-brand-700 underline">
                {d.productName}
              </Link>
            ),
          },
          {
            key: 'producer',
            header: L.producer,
            cell: (d) => (
              <span>
                {d.producerName}
                {d.communeName && <span className="block text-xs text-slate-600">{d.communeName}</span>}
              </span>
            ),
          },
          { key: 'kind', header: L.kind, cell: (d) => w.term(V.dossierKind, d.kind) },
          { key: 'stage', header: L.stage, cell: (d) => <TermBadge v={V.dossierStage} id={d.stage} /> },
          { key: 'round', header: L.round, cell: (d) => (d.round ? roundName(d.round, lang) : '—') },
          { key: 'deadline', header: L.deadline, cell: (d) => <DeadlineCell deadline={d.communeDeadline} /> },
          {
            key: 'updated',
            header: L.updated,
            cell: (d) => <span className="whitespace-nowrap">{w.date(d.updatedAt)}</span>,
          },
        ]}
      />
    </section>
  );
}
