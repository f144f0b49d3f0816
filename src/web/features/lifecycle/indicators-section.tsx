// The lifecycle indicators of the scope: renewals recognised by year, survival of
// recognitions by cohort (charts, loaded apart), revocations by ground (the six grounds' words; a
// ground recorded from a published list is shown as it was written) and the products
// ended without being recognised again, by stars and state.
import { lazy, Suspense } from 'react';
import { V } from '../../../shared/vocabulary.ts';
import { Stars } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { getIndicators, type LifecycleIndicators, type RadarScope } from './api.ts';
import { unrenewedTable } from './radar-view.ts';
import { RADAR_WORDS } from './radar-words.ts';

// the charting library is large: fetched once the figures are there, after the radar itself
const IndicatorCharts = lazy(() => import('./indicator-charts.tsx'));

function Grounds({ rows }: { rows: LifecycleIndicators['revocationsByGround'] }) {
  const { lang, w } = useI18n();
  const R = RADAR_WORDS[lang];
  return (
    <section aria-labelledby="ind-grounds" className="rounded-lg border bg-white p-3">
      <h3 id="ind-grounds" className="mb-2 font-semibold">
        {R.revocations}
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{R.noRevocations}</p>
      ) : (
        <ul className="flex flex-col gap-1 text-sm" data-testid="revocations-by-ground">
          {rows.map((g, k) => (
            <li
              key={g.ground ?? g.recordedAs ?? `none-${k}`}
              className="flex items-baseline justify-between gap-3"
            >
              <span className="min-w-0 break-words">
                {g.ground
                  ? w.term(V.revocationGround, g.ground)
                  : g.recordedAs
                    ? R.recordedAs(g.recordedAs)
                    : R.groundUnknown}
              </span>
              <strong>{w.number(g.n)}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Unrenewed({ rows }: { rows: LifecycleIndicators['expiredUnrenewed'] }) {
  const { lang, w } = useI18n();
  const R = RADAR_WORDS[lang];
  const table = unrenewedTable(rows);
  return (
    <section aria-labelledby="ind-unrenewed" className="rounded-lg border bg-white p-3">
      <h3 id="ind-unrenewed" className="mb-2 font-semibold">
        {R.unrenewed}
      </h3>
      {table.rows.length === 0 ? (
        <p className="text-sm text-slate-600">{R.noUnrenewed}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{R.unrenewed}</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3 whitespace-nowrap">
                  {R.stars}
                </th>
                {table.states.map((s) => (
                  <th key={s} scope="col" className="py-1 pr-3">
                    <TermBadge v={V.certificateState} id={s} />
                  </th>
                ))}
                <th scope="col" className="py-1 whitespace-nowrap">
                  {R.total}
                </th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.stars ?? 'none'} className="border-t">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {r.stars ? <Stars n={r.stars} /> : R.starsNone}
                  </th>
                  {table.states.map((s) => (
                    <td key={s} className="py-1 pr-3">
                      {w.number(r.counts[s] ?? 0)}
                    </td>
                  ))}
                  <td className="py-1 font-semibold">{w.number(r.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function IndicatorsSection({ scope }: { scope: RadarScope }) {
  const { t, lang, w } = useI18n();
  const R = RADAR_WORDS[lang];
  const ind = useQuery(`indicators:${scope.provinceId ?? ''}:${scope.communeId ?? ''}`, () =>
    getIndicators(scope),
  );
  return (
    <section aria-labelledby="radar-indicators" className="flex flex-col gap-3" aria-busy={ind.loading}>
      <div>
        <h2 id="radar-indicators" className="text-lg font-semibold">
          {R.indicators}
        </h2>
        {ind.data && <p className="text-sm text-slate-600">{R.asOf(w.date(ind.data.today))}</p>}
      </div>
      {ind.error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {ind.error.message}
        </p>
      )}
      {!ind.data && !ind.error && <p className="text-slate-600">{t.loading}</p>}
      {ind.data && (
        <div className="grid gap-3 lg:grid-cols-2">
          <Suspense fallback={<p className="text-slate-600">{t.loading}</p>}>
            <IndicatorCharts ind={ind.data} />
          </Suspense>
          <Grounds rows={ind.data.revocationsByGround} />
          <Unrenewed rows={ind.data.expiredUnrenewed} />
        </div>
      )}
    </section>
  );
}
