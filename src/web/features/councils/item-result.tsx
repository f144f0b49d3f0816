// A dossier's result once closed: each member's total (first sheet, re-scored,
// corrected), the council's total with two decimals, its stars and what it flagged.
import { useI18n } from '../../lib/i18n.tsx';
import type { SessionItem } from './api.ts';
import { COUNCIL_WORDS } from './council-words.ts';

type Result = NonNullable<SessionItem['result']>;

export function ItemResult({ result: r }: { result: Result }) {
  const { lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const num = (n: number | null) => (n === null ? '—' : w.number(n, 2));
  return (
    <div className="flex flex-col gap-2 text-sm" data-testid="item-result">
      <p className="text-base">
        {K.councilTotal}: <strong data-testid="council-total">{r.totalDisplay}</strong> ·{' '}
        <span className="text-amber-600" aria-hidden="true">
          {'★'.repeat(r.stars)}
        </span>{' '}
        <strong data-stars={r.stars}>{K.starsOf(r.stars)}</strong>
      </p>
      {r.disqualified && <p className="font-semibold text-red-800">{K.disqualified}</p>}
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">{K.result}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-2 py-1">
                {K.fullName}
              </th>
              <th scope="col" className="px-2 py-1">
                {K.first}
              </th>
              <th scope="col" className="px-2 py-1">
                {K.rescored}
              </th>
              <th scope="col" className="px-2 py-1">
                {K.corrected}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.members.map((m) => (
              <tr key={m.memberId} className="border-t">
                <td className="px-2 py-1">{m.fullName}</td>
                <td className="px-2 py-1">{num(m.first)}</td>
                <td className="px-2 py-1">{num(m.rescored)}</td>
                <td className="px-2 py-1">{m.corrected ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {r.divergentMembers.length > 0 && (
        <p>
          {K.divergent}: {r.divergentMembers.map((m) => `${m.fullName} (${num(m.total)})`).join(', ')}
        </p>
      )}
      {r.disagreements.length > 0 && (
        <p>
          {K.disagreements}:{' '}
          {r.disagreements.map((d) => `${d.criterion} (${d.lowest}–${d.highest})`).join(', ')}
        </p>
      )}
      {r.failedMarkers.length > 0 && (
        <p>
          {K.failedMarkers}: {r.failedMarkers.map((f) => `${f.criterion} (${K.starsOf(f.level)})`).join(', ')}
        </p>
      )}
    </div>
  );
}
