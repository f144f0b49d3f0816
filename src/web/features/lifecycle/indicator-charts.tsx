// The two charts of the indicators: renewals recognised per year of expiry, and the
// recognitions still in force per year of recognition. Each chart is drawn for the
// eye and said in a list of sentences for everyone (screen readers, a phone too
// narrow for bars to read): the chart itself is hidden from assistive technology.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../lib/i18n.tsx';
import type { LifecycleIndicators } from './api.ts';
import { renewalBars, survivalBars } from './radar-view.ts';
import { RADAR_WORDS } from './radar-words.ts';

function PercentBars({
  rows,
  value,
  colour,
  label,
}: {
  rows: Record<string, string | number>[];
  value: string;
  colour: string;
  label: string;
}) {
  return (
    <div aria-hidden="true" className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 12 }} unit="%" />
          <Tooltip formatter={(v) => [`${v}%`, label]} />
          <Bar dataKey={value} fill={colour} name={label} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function RenewalChart({ rows }: { rows: LifecycleIndicators['renewals'] }) {
  const { lang, w } = useI18n();
  const R = RADAR_WORDS[lang];
  const bars = renewalBars(rows);
  return (
    <figure className="flex flex-col gap-2 rounded-lg border bg-white p-3" data-testid="chart-renewals">
      <figcaption className="font-semibold">{R.renewalRate}</figcaption>
      {bars.length === 0 ? (
        <p className="text-sm text-slate-600">{R.noData}</p>
      ) : (
        <>
          <PercentBars rows={bars} value="rate" colour="#0f766e" label={R.renewalRateAxis} />
          <ul className="text-sm text-slate-700">
            {bars.map((b) => (
              <li key={b.year}>
                {R.renewalRow(b.year, w.number(b.renewed), w.number(b.reachedEnd), w.number(b.rate, 1))}
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}

export function SurvivalChart({ rows }: { rows: LifecycleIndicators['cohorts'] }) {
  const { lang, w } = useI18n();
  const R = RADAR_WORDS[lang];
  const bars = survivalBars(rows);
  return (
    <figure className="flex flex-col gap-2 rounded-lg border bg-white p-3" data-testid="chart-survival">
      <figcaption className="font-semibold">{R.survival}</figcaption>
      {bars.length === 0 ? (
        <p className="text-sm text-slate-600">{R.noData}</p>
      ) : (
        <>
          <PercentBars rows={bars} value="survival" colour="#b45309" label="%" />
          <ul className="text-sm text-slate-700">
            {bars.map((b) => (
              <li key={b.year}>
                {R.survivalRow(b.year, w.number(b.inForce), w.number(b.recognised), w.number(b.survival, 1))}
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}

/** Both charts, as the indicators section loads them: apart, so the charting library comes after the radar. */
export default function IndicatorCharts({ ind }: { ind: LifecycleIndicators }) {
  return (
    <>
      <RenewalChart rows={ind.renewals} />
      <SurvivalChart rows={ind.cohorts} />
    </>
  );
}
