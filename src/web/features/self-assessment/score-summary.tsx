// The live result beside the sheet: total, parts, predicted star, the markers that
// block and the cheapest way to the next star. Computed in the browser by the same
// domain function the server uses; no round trip.
import type { Advice } from '../../../domain/scoring/advice.ts';
import type { Labels } from './labels.ts';

const short = (title: string) => (title.length > 60 ? `${title.slice(0, 57).trimEnd()}…` : title);

export function ScoreSummary({ advice, L }: { advice: Advice; L: Labels }) {
  const r = advice.current;
  return (
    <aside
      className="rounded-lg border border-brand-600 bg-white p-4 shadow-sm lg:sticky lg:top-4 lg:max-h-[95vh] lg:overflow-y-auto"
      aria-live="polite"
      data-testid="score-summary"
    >
      <p className="text-sm text-slate-600">{L.predicted}</p>
      <p className="text-3xl font-bold text-brand-700" data-testid="predicted-stars" data-stars={r.stars}>
        {'★'.repeat(r.stars)}
        <span className="text-slate-300">{'★'.repeat(5 - r.stars)}</span>{' '}
        <span className="text-xl">
          {r.stars} {L.stars}
        </span>
      </p>
      {r.bandStars !== r.stars && (
        <p className="text-sm text-amber-800">
          {L.band(r.bandStars)}, {L.marker}
        </p>
      )}
      <p className="mt-2 text-lg" data-testid="predicted-total">
        {L.total}: <strong>{r.total}</strong>/100
      </p>
      <p className="text-sm text-slate-700">
        A {r.parts.A} · B {r.parts.B} · C {r.parts.C}
      </p>
      {r.disqualified && (
        <div role="alert" className="mt-2 rounded bg-red-50 p-2 text-sm text-red-800">
          <strong>{L.disqualified}</strong>
          <ul>
            {r.disqualifications.map((d, i) => (
              <li key={i}>
                {d.criterion ? `${d.criterion}: ` : ''}
                {d.cite ?? d.kind}
              </li>
            ))}
          </ul>
        </div>
      )}
      {r.blockingMarkers.length > 0 && (
        <div className="mt-3 text-sm">
          <p className="font-semibold">{L.blocked}</p>
          <ul data-testid="blocking-markers">
            {r.blockingMarkers.map((m) => (
              <li key={`${m.criterion}-${m.level}`}>
                <a href={`#criterion-${m.criterion}`} className="underline">
                  {m.criterion}
                </a>{' '}
                — {L.minStar(m.level)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-3 text-sm" data-testid="advice">
        {advice.targetStars === null ? (
          <p>{r.stars === 5 ? L.topStar : ''}</p>
        ) : (
          <>
            <p className="font-semibold">
              {L.toReach(advice.targetStars)}: {L.missing(advice.pointsMissing)}
            </p>
            <ol className="ml-4 list-decimal">
              {advice.steps.map((s, i) => (
                <li key={`${i}-${s.criterion}`}>
                  <a href={`#criterion-${s.criterion}`} className="underline">
                    {s.criterion}
                  </a>{' '}
                  {short(s.title)}: {L.step(s.from, s.to, s.gain)}
                  {s.reason === 'marker' ? ` (${L.markerStep})` : ''}
                </li>
              ))}
            </ol>
            {!advice.reachable && <p className="text-amber-800">{L.unreachable}</p>}
          </>
        )}
      </div>
      <p className="mt-3 text-xs text-slate-500">{L.advisory}</p>
    </aside>
  );
}
