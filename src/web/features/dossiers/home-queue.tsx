// The dossiers waiting for the signed-in role, on its home: the first few of its
// queue (the API puts the earliest commune deadline first, so an overdue check leads),
// each with its stage and deadline, and a link to the whole list; for those who watch
// the communes' deadlines, the count of checks overdue, a link to them.
import { Link } from '@tanstack/react-router';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { type DossierListRow, listDossiers } from './api.ts';
import { DeadlineCell } from './deadline.tsx';
import { LABELS } from './labels.ts';

const FIRST_FEW = 5;

export function HomeQueue({ producerView, overdue }: { producerView: boolean; overdue: boolean }) {
  const { lang, w } = useI18n();
  const L = LABELS[lang];
  const mine = useQuery('home:dossiers:mine', () => listDossiers({ queue: 'mine', pageSize: FIRST_FEW }));
  const late = useQuery(`home:dossiers:overdue:${overdue}`, () =>
    overdue ? listDossiers({ queue: 'overdue', pageSize: 1 }) : Promise.resolve(null),
  );
  const total = mine.data?.total ?? 0;
  const title = w.term(V.dossierQueue, 'mine');
  return (
    <section aria-labelledby="home-dossiers" className="mb-5 flex flex-col gap-2" data-testid="home-dossiers">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="home-dossiers" className="text-lg font-semibold">
          {title}
          {mine.data && ` (${w.number(total)})`}
        </h2>
        <Link to={paths.dossiers} className="rounded border px-3 py-1.5 text-sm">
          {total > FIRST_FEW ? L.moreWaiting(total) : L.seeAll}
        </Link>
      </div>
      {late.data && (
        <Link
          to={paths.dossiers}
          search={{ view: 'overdue' } as never}
          data-testid="tile-overdue"
          className={`self-start rounded-lg border p-3 shadow-sm hover:border-brand-600 ${late.data.total ? 'border-rose-300 bg-rose-50' : 'bg-white'}`}
        >
          <span className="block text-sm text-slate-700">{w.term(V.dossierQueue, 'overdue')}</span>
          <span className="block text-2xl font-semibold">{w.number(late.data.total)}</span>
        </Link>
      )}
      {/* nothing waiting is said in a line, not an empty table above the rest of the home */}
      {mine.data?.total === 0 ? (
        <p className="text-slate-700">{L.emptyMine}</p>
      ) : (
        <DataTable
          caption={title}
          rows={mine.data?.items}
          loading={mine.loading}
          error={mine.error?.message}
          empty={L.emptyMine}
          columns={[
            {
              key: 'product',
              header: L.product,
              card: 'title',
              cell: (d) => (
                // the kind is part of the link's name: a product can have had several dossiers
                <Link to={paths.dossier(d.id)} className="text-brand-700 underline">
                  {d.productName} — {w.term(V.dossierKind, d.kind)}
                </Link>
              ),
            },
            ...(producerView
              ? []
              : [{ key: 'producer', header: L.producer, cell: (d: DossierListRow) => d.producerName }]),
            { key: 'stage', header: L.stage, cell: (d) => <TermBadge v={V.dossierStage} id={d.stage} /> },
            {
              key: 'deadline',
              header: L.deadline,
              cell: (d) => <DeadlineCell deadline={d.communeDeadline} />,
            },
          ]}
        />
      )}
    </section>
  );
}
