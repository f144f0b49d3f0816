// "Kết quả đánh giá": a dossier's council result as its producer reads it after the
// decision and its officers once the council closed (the API answers 404 before, and
// the panel is then absent): the council's mean with two decimals, the stars by points
// and by the star-marked criteria, each criterion's own points beside the council's
// mean (a three-column table that stays readable at 360 px), and the steps to the next
// star as the advice function reads the council's sheet.
import { Stars } from '../../components/ui/data-table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { type CouncilResult, getCouncilResult } from '../decisions/api.ts';
import { twoDecimals } from '../decisions/decision-draft.ts';
import { RESULT_WORDS } from './result-words.ts';

/** The result, or null while it may not be read yet (404). */
const findResult = (id: string) =>
  getCouncilResult(id).catch((err: { status?: number }) => {
    if (err.status === 404) return null;
    throw err;
  });

export function ResultPanel({ dossierId, stage }: { dossierId: string; stage: string }) {
  const { lang, w } = useI18n();
  const R = RESULT_WORDS[lang];
  const loaded = useQuery(`council-result:${dossierId}:${stage}`, () => findResult(dossierId));
  if (loaded.error)
    return (
      <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
        {R.result}: {loaded.error.message}
      </p>
    );
  const r = loaded.data;
  if (!r) return null;
  return (
    <section
      aria-labelledby="result"
      className="flex flex-col gap-3 rounded-lg border bg-white p-3"
      data-testid="council-result"
    >
      <h2 id="result" className="text-lg font-semibold">
        {R.result}
      </h2>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-slate-600">{R.mean}</dt>
          <dd className="text-xl font-semibold" data-testid="council-mean">
            {twoDecimals(r.totalDisplay, lang)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">{R.stars}</dt>
          <dd className="text-xl">{r.stars >= 3 ? <Stars n={r.stars} /> : R.noStar}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">{R.ownTotal}</dt>
          <dd>{r.ownTotal === null ? R.noOwn : w.number(r.ownTotal, 2)}</dd>
        </div>
        <div className="min-w-0">
          <dt className="text-xs text-slate-600">{R.council}</dt>
          <dd className="break-words">
            {r.council} · {w.date(r.meetingOn)} · {R.members(r.members)}
          </dd>
        </div>
      </dl>
      {r.bandStars !== r.markerStars && (
        <p className="text-sm text-slate-700">
          {R.byBand(r.bandStars)} · {R.byMarkers(r.markerStars)}
        </p>
      )}
      {r.failedMarkers.length > 0 && (
        <div className="text-sm">
          <p className="font-semibold">{R.failedMarkers}</p>
          <ul className="list-disc pl-5">
            {r.failedMarkers.map((m) => (
              <li key={`${m.criterion}:${m.level}`}>{R.markerLine(m.criterion, m.level, m.metBy)}</li>
            ))}
          </ul>
        </div>
      )}
      <CriteriaGrid r={r} />
      <Advice r={r} />
    </section>
  );
}

function CriteriaGrid({ r }: { r: CouncilResult }) {
  const { lang, w } = useI18n();
  const R = RESULT_WORDS[lang];
  // a fixed layout: the two numbers keep narrow columns and the title wraps, even at 360 px
  return (
    <table className="w-full table-fixed text-sm">
      <caption className="sr-only">{R.criteria}</caption>
      <colgroup>
        <col />
        <col className="w-14 sm:w-28" />
        <col className="w-20 sm:w-40" />
      </colgroup>
      <thead className="bg-slate-100 text-xs text-slate-700">
        <tr>
          <th scope="col" className="px-2 py-1.5 text-left font-semibold">
            {R.criterion}
          </th>
          <th scope="col" className="px-2 py-1.5 text-right font-semibold">
            {R.own}
          </th>
          <th scope="col" className="px-2 py-1.5 text-right font-semibold">
            {R.councilMean}
          </th>
        </tr>
      </thead>
      <tbody>
        {r.criteria.map((c) => (
          <tr key={c.criterion} className="border-t border-slate-100" data-criterion={c.criterion}>
            <th scope="row" className="px-2 py-1.5 text-left font-normal break-words">
              <span className="font-mono text-xs text-slate-600">{c.criterion}</span> {c.title}
              <span className="block text-xs text-slate-500">
                {R.max(c.max)} · {R.range(w.number(c.lowest, 2), w.number(c.highest, 2))}
              </span>
            </th>
            <td className="px-2 py-1.5 text-right align-top tabular-nums">
              {c.own === null ? R.noOwn : w.number(c.own, 2)}
            </td>
            <td
              className={`px-2 py-1.5 text-right align-top font-semibold tabular-nums ${c.own !== null && c.council < c.own ? 'text-amber-800' : ''}`}
            >
              {twoDecimals(c.council, lang)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Advice({ r }: { r: CouncilResult }) {
  const { lang, w } = useI18n();
  const R = RESULT_WORDS[lang];
  const a = r.advice;
  return (
    <div className="text-sm" data-testid="result-advice">
      <h3 className="font-semibold">{R.advice}</h3>
      {a.targetStars === null ? (
        <p>{a.reachable ? R.topStar : R.unreachable}</p>
      ) : (
        <>
          <p>{R.toReach(a.targetStars, w.number(a.pointsMissing, 2))}</p>
          <ol className="ml-5 list-decimal">
            {a.steps.map((s, i) => (
              <li key={`${i}-${s.criterion}`}>
                <span className="font-mono text-xs">{s.criterion}</span> {s.title}:{' '}
                {R.step(s.from, s.to, s.gain)}
                {s.reason === 'marker' ? ` (${R.markerStep})` : ''}
              </li>
            ))}
          </ol>
          {!a.reachable && <p className="text-amber-800">{R.unreachable}</p>}
        </>
      )}
      <p className="mt-1 text-xs text-slate-500">{R.adviceNote}</p>
    </div>
  );
}
