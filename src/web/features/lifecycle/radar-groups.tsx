// The six groups of the radar as cards: each its words, its total and its split by
// stars; pressing one shows its list below. A card is a toggle button (aria-pressed),
// so the group shown is said, not only coloured.
import { RADAR_GROUPS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { TONE_CLASSES } from '../../components/ui/term-badge.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { Radar, RadarGroup } from './api.ts';
import { groupSummary } from './radar-view.ts';
import { RADAR_WORDS } from './radar-words.ts';

export function RadarGroups({
  radar,
  selected,
  onSelect,
}: {
  radar: Radar | undefined;
  selected: RadarGroup;
  onSelect(g: RadarGroup): void;
}) {
  const { lang, w } = useI18n();
  const R = RADAR_WORDS[lang];
  return (
    <section aria-labelledby="radar-groups">
      <h2 id="radar-groups" className="sr-only">
        {R.groups}
      </h2>
      <ul className="grid grid-cols-2 gap-2 lg:grid-cols-3">
        {RADAR_GROUPS.map((g) => {
          const s = groupSummary(radar, g);
          const on = g === selected;
          return (
            <li key={g}>
              <button
                type="button"
                aria-pressed={on}
                onClick={() => onSelect(g)}
                data-group={g}
                className={`flex h-full w-full flex-col items-start gap-1 rounded-lg border bg-white p-3 text-left shadow-sm hover:border-brand-600 ${on ? 'border-brand-600 ring-2 ring-brand-600' : 'border-slate-200'}`}
              >
                <span
                  className={`rounded px-1.5 py-0.5 text-xs ring-1 ring-inset ${TONE_CLASSES[w.tone(V.radarGroup, g)]}`}
                >
                  {w.term(V.radarGroup, g)}
                </span>
                <span className="text-2xl font-semibold text-slate-900" data-testid={`radar-total-${g}`}>
                  {radar ? w.number(s.total) : '…'}
                </span>
                <span className="text-xs text-slate-600">
                  {R.starsSplit(w.number(s.s3), w.number(s.s4), w.number(s.s5))}
                  {s.unknown > 0 && ` · ${R.starsUnknown(w.number(s.unknown))}`}
                </span>
                {s.unreachable > 0 && (
                  <span className="text-xs text-amber-900">
                    {R.unreachableCount(w.number(s.unreachable))}
                  </span>
                )}
                {on && <span className="text-xs font-semibold text-brand-700">{R.selected}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
