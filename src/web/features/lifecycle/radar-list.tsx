// The certificates of the group chosen, soonest last day first: the product (to its
// page), the producer with the phone and e-mail it is told by — or a warning when it
// has neither, since then no notice reaches it — the days left or the day it ended,
// the last day to file the re-evaluation, the day one was filed, and the public
// address. More rows by "see more"; the whole group as a spreadsheet.
import { Link } from '@tanstack/react-router';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable, Stars } from '../../components/ui/data-table.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { RadarGroup, RadarItem, RadarScope } from './api.ts';
import { radarDayOf, radarExportUrl } from './radar-view.ts';
import { RADAR_WORDS } from './radar-words.ts';
import { useRadarItems } from './use-radar-items.ts';

function Producer({ i }: { i: RadarItem }) {
  const { lang } = useI18n();
  const R = RADAR_WORDS[lang];
  return (
    <span className="flex flex-col gap-0.5">
      <span>{i.producerName}</span>
      {i.producerPhone && (
        <a href={`tel:${i.producerPhone.replace(/\s+/g, '')}`} className="text-brand-700 underline">
          <span className="sr-only">{R.phone}: </span>
          {i.producerPhone}
        </a>
      )}
      {i.producerEmail && (
        <a href={`mailto:${i.producerEmail}`} className="break-all text-brand-700 underline">
          <span className="sr-only">{R.email}: </span>
          {i.producerEmail}
        </a>
      )}
      {!i.reachable && (
        <span className="rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-900" data-testid="unreachable">
          ⚠ {R.unreachable}
        </span>
      )}
    </span>
  );
}

function DayLine({ i }: { i: RadarItem }) {
  const { lang, w } = useI18n();
  const R = RADAR_WORDS[lang];
  const d = radarDayOf(i);
  if (d.kind === 'ended') return <span className="text-rose-800">{R.endedOn(w.date(d.on))}</span>;
  if (d.kind === 'past') return <span className="text-amber-900">{R.pastDays(d.days)}</span>;
  return <span>{R.daysLeft(d.days)}</span>;
}

export function RadarList({ group, scope }: { group: RadarGroup; scope: RadarScope }) {
  const { lang, w } = useI18n();
  const R = RADAR_WORDS[lang];
  const list = useRadarItems(group, scope);
  const title = R.list(w.term(V.radarGroup, group));
  return (
    <section aria-labelledby="radar-list" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="radar-list" className="text-lg font-semibold">
          {title}
        </h2>
        <a
          href={radarExportUrl({ ...scope, group })}
          download
          title={R.exportHint}
          className="rounded border border-brand-600 bg-white px-3 py-1.5 text-sm font-semibold text-brand-700"
          data-testid="radar-export"
        >
          {R.export}
        </a>
      </div>
      <DataTable
        caption={title}
        rows={list.items?.map((i) => ({ ...i, id: i.certificateId }))}
        loading={list.loading}
        error={list.error?.message}
        empty={R.noItems}
        columns={[
          {
            key: 'product',
            header: R.product,
            card: 'title',
            cell: (i) => (
              <span className="flex flex-col items-start gap-0.5">
                <Link to={paths.product(i.productId)} className="text-brand-700 underline">
                  {i.productName}
                </Link>
                <span className="text-xs text-slate-600">
                  <Stars n={i.stars} />
                  {i.certificateNo && ` · ${R.certificateNo} ${i.certificateNo}`}
                </span>
              </span>
            ),
          },
          { key: 'producer', header: R.producer, cell: (i) => <Producer i={i} /> },
          { key: 'commune', header: R.commune, cell: (i) => i.communeName ?? '—' },
          { key: 'time', header: R.time, cell: (i) => <DayLine i={i} /> },
          { key: 'until', header: R.validUntil, cell: (i) => w.date(i.validUntil) },
          { key: 'closes', header: R.windowCloses, cell: (i) => w.date(i.windowCloses) },
          {
            key: 'filed',
            header: R.renewalFiledOn,
            cell: (i) => (i.renewalFiledOn ? w.date(i.renewalFiledOn) : R.notFiled),
          },
          {
            key: 'public',
            header: R.publicAddress,
            cell: (i) => (
              <a
                href={i.publicUrl}
                target="_blank"
                rel="noopener"
                className="break-all text-brand-700 underline"
              >
                {i.publicUrl}
              </a>
            ),
          },
        ]}
      />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {!!list.items?.length && <span className="text-slate-700">{R.shown(list.items.length)}</span>}
        {list.nextCursor && (
          <button
            type="button"
            disabled={list.loading}
            onClick={() => void list.more()}
            className="rounded border bg-white px-3 py-1.5 disabled:opacity-50"
          >
            {list.loading ? R.loadingMore : R.more}
          </button>
        )}
      </div>
    </section>
  );
}
