// The officer's home card of life after certification: how many certificates are in
// each group of the expiry radar, and the revocations awaiting their decision (how
// many past their 15 days), leading to the radar page.
import { Link } from '@tanstack/react-router';
import { V } from '../../../shared/vocabulary.ts';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { HomeOverview } from './api.ts';
import { HOME_WORDS } from './home-words.ts';

export function RadarCard({ radar }: { radar: NonNullable<HomeOverview['radar']> }) {
  const { lang, w } = useI18n();
  const H = HOME_WORDS[lang];
  return (
    <section
      aria-labelledby="home-radar"
      className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
    >
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="home-radar" className="text-lg font-semibold">
          {H.radar}
        </h2>
        <Link to={paths.lifecycle} className="text-sm text-brand-700 underline">
          {H.radarOpen}
        </Link>
      </div>
      <ul className="grid gap-1 text-sm sm:grid-cols-2" data-testid="home-radar">
        {radar.groups.map((g) => (
          <li key={g.group} data-group={g.group} className="flex items-center gap-2">
            <strong className="w-8 shrink-0 text-right">{w.number(g.total)}</strong>
            <TermBadge v={V.radarGroup} id={g.group} />
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm" data-testid="home-revocations">
        {H.revocationsOpen(w.number(radar.revocationsOpen))}
        {radar.revocationsOverdue > 0 && (
          <strong className="ml-1 text-red-700">
            {H.revocationsOverdue(w.number(radar.revocationsOverdue))}
          </strong>
        )}
      </p>
    </section>
  );
}
