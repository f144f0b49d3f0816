// The radar by commune: each commune's count in every group and its total, the
// busiest first; twenty at first, then all on request. Choosing a commune narrows the
// list below to it.
import { useState } from 'react';
import { RADAR_GROUPS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable } from '../../components/ui/data-table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { Radar } from './api.ts';
import { communesShown } from './radar-view.ts';
import { RADAR_WORDS } from './radar-words.ts';

export function RadarCommunes({
  radar,
  loading,
  error,
  onChoose,
}: {
  radar: Radar | undefined;
  loading: boolean;
  error?: string;
  onChoose(communeId: string, name: string): void;
}) {
  const { lang, w } = useI18n();
  const R = RADAR_WORDS[lang];
  const [all, setAll] = useState(false);
  const shown = communesShown(radar?.byCommune ?? [], all);
  const many = (radar?.byCommune.length ?? 0) > 20;
  return (
    <section aria-labelledby="radar-communes" className="flex flex-col gap-2">
      <h2 id="radar-communes" className="text-lg font-semibold">
        {R.byCommune}
      </h2>
      <DataTable
        caption={R.byCommune}
        rows={radar ? shown.rows.map((r) => ({ ...r, id: r.communeId })) : undefined}
        loading={loading}
        error={error}
        empty={R.noCommunes}
        columns={[
          {
            key: 'commune',
            header: R.commune,
            card: 'title',
            cell: (r) => (
              <button
                type="button"
                onClick={() => onChoose(r.communeId, r.communeName)}
                aria-label={R.chooseCommune(r.communeName)}
                className="min-w-28 text-left text-brand-700 underline [overflow-wrap:normal]"
              >
                {r.communeName}
              </button>
            ),
          },
          ...RADAR_GROUPS.map((g) => ({
            key: g,
            header: w.term(V.radarGroup, g),
            cell: (r: { counts: Record<string, number> }) => w.number(r.counts[g] ?? 0),
          })),
          {
            key: 'total',
            header: R.total,
            cell: (r) => <strong className="inline-block min-w-10">{w.number(r.total)}</strong>,
          },
        ]}
      />
      {many && (
        <button
          type="button"
          aria-expanded={all}
          onClick={() => setAll((a) => !a)}
          className="self-start rounded border bg-white px-3 py-1.5 text-sm"
        >
          {all ? R.seeTop : R.seeAll(shown.hidden)}
        </button>
      )}
    </section>
  );
}
