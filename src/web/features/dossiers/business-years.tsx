// Mẫu 02 part II: the business results, one row a year (output, revenue and profit
// in million đồng), at most five years; a year is added after the last one given.
import { vietnamYearOf } from '../../../domain/time/vietnam-date.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { NumberField, TextField } from './fields.tsx';
import type { FormsDraft } from './forms-draft.ts';
import { Part, type PartProps } from './form-parts.tsx';
import { PAGE_WORDS } from './page-words.ts';

type Year = FormsDraft['business'][number];
const MAX_YEARS = 5;

export function BusinessYears({ value, onChange, missing, disabled }: PartProps<FormsDraft['business']>) {
  const { lang } = useI18n();
  const P = PAGE_WORDS[lang];
  const change = (i: number, next: Year) => onChange(value.map((y, j) => (j === i ? next : y)));
  const add = () => {
    const last = value.at(-1)?.year ?? vietnamYearOf(new Date()) - 2;
    onChange([...value, { year: last + 1, output: '', revenue: 0, profit: 0 }]);
  };
  return (
    <Part legend={P.business} disabled={disabled} missing={missing('form02.business')}>
      {value.length === 0 && <p className="text-slate-600 sm:col-span-2">{P.noYears}</p>}
      <ol className="flex flex-col gap-3 sm:col-span-2">
        {value.map((y, i) => (
          // a row's place in the list is its identity while the producer types its year
          <li key={i} className="grid grid-cols-2 gap-2 rounded border border-slate-200 p-2 sm:grid-cols-5">
            <NumberField name="year" value={y.year} onChange={(v) => change(i, { ...y, year: v ?? 0 })} />
            <TextField name="output" value={y.output} onChange={(v) => change(i, { ...y, output: v })} />
            <NumberField
              name="revenue"
              step={0.1}
              value={y.revenue}
              onChange={(v) => change(i, { ...y, revenue: v ?? 0 })}
            />
            <NumberField
              name="profit"
              step={0.1}
              value={y.profit}
              onChange={(v) => change(i, { ...y, profit: v ?? 0 })}
            />
            {!disabled && (
              <button
                type="button"
                onClick={() => onChange(value.filter((_, j) => j !== i))}
                className="self-end rounded border px-3 py-2 text-sm"
              >
                {P.removeYear(y.year)}
              </button>
            )}
          </li>
        ))}
      </ol>
      {!disabled && value.length < MAX_YEARS && (
        <div className="sm:col-span-2">
          <button
            type="button"
            onClick={add}
            className="rounded border border-brand-600 px-3 py-2 text-brand-700"
          >
            {P.addYear}
          </button>
        </div>
      )}
    </Part>
  );
}
