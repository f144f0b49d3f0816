// The live result beside the sheet: total, parts, predicted star (none before a first
// answer), the markers that block once per criterion and the cheapest way to the next
// star, saying whether points, markers or both stand in the way. Computed in the
// browser by the same domain functions the server uses; no round trip.
import type { Advice } from '../../../domain/scoring/advice.ts';
import type { SheetPrediction } from '../../../domain/self-assessment/prediction.ts';
import type { Labels } from './labels.ts';

const short = (title: string) => (title.length > 60 ? `${title.slice(0, 57).trimEnd()}…` : title);

export function ScoreSummary({
  advice,
  prediction: p,
  L,
}: {
  advice: Advice;
  prediction: SheetPrediction;
  L: Labels;
}) {
  const r = advice.current;
  return (
    <aside className="rounded-lg border border-brand-600 bg-white p-4 shadow-sm" data-testid="score-summary">
      <p className="text-sm text-slate-600">{L.predicted}</p>
      {p.stars === null ? (
        <>
          <p
            className="text-2xl font-bold text-slate-500"
            data-testid="predicted-stars"
            data-assessed="false"
          >
            {L.notAssessed}
          </p>
          <p className="text-sm text-slate-700">{L.notAssessedHint}</p>
        </>
      ) : (
        <p
          className="text-3xl font-bold text-brand-700"
          data-testid="predicted-stars"
          data-assessed="true"
          data-stars={p.stars}
        >
          {'★'.repeat(p.stars)}
          <span className="text-slate-300">{'★'.repeat(5 - p.stars)}</span>{' '}
          <span className="text-xl">
            {p.stars} {L.stars}
          </span>
        </p>
      )}
      {p.stars !== null && r.bandStars !== p.stars && (
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
      <p className="text-sm text-slate-600" data-testid="answered">
        {L.answered(p.answered, p.applicable)}
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
      {p.blocked.length > 0 && (
        <div className="mt-3 text-sm">
          <p className="font-semibold">{L.blocked}</p>
          <ul data-testid="blocking-markers" className="flex flex-col gap-1">
            {p.blocked.map((b) => (
              <li key={b.criterion} data-criterion={b.criterion}>
                <a href={`#criterion-${b.criterion}`} className="underline">
                  {b.criterion}
                </a>{' '}
                {short(b.title)} — {L.needs(b.needs, b.chosen)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-3 text-sm" data-testid="advice">
        {p.shortfall ? (
          <>
            <p className="font-semibold" data-testid="shortfall">
              {L.shortfall(p.shortfall.target, p.shortfall.points, p.shortfall.markers)}
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
            {!p.shortfall.reachable && <p className="text-amber-800">{L.unreachable}</p>}
          </>
        ) : (
          <p>{p.stars === 5 ? L.topStar : ''}</p>
        )}
      </div>
      <p className="mt-3 text-xs text-slate-500">{L.advisory}</p>
    </aside>
  );
}
