// The commune's Mẫu 03: each of the four items met or not with the commune's remarks
// (required when not met), its proposal to the province, and who signs. No item is
// answered before the officer answers it; the local-labour item shows the suggestion
// from the producer's workforce records, which the officer takes or not.
import {
  COMMUNE_CHECK_ITEMS,
  COMMUNE_CHECK_LABELS,
  type CommuneCheckItem,
  type Form03,
} from '../../../domain/dossiers/commune-check.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { ACTION_WORDS } from './action-words.ts';
import type { DossierView } from './api.ts';

/** Mẫu 03 while it is filled: an item is there once answered. */
export type Form03Draft = Omit<Form03, 'items'> & { items: Partial<Form03['items']> };

export const blankForm03 = (): Form03Draft => ({
  items: {},
  proposal: '',
  signer: '',
  signerTitle: '',
});

export function Form03Form(props: {
  value: Form03Draft;
  suggestion: DossierView['localLabourSuggestion'];
  onChange(next: Form03Draft): void;
}) {
  const { value, suggestion, onChange } = props;
  const { lang, w } = useI18n();
  const A = ACTION_WORDS[lang];
  const setItem = (k: CommuneCheckItem, next: Partial<Form03['items'][CommuneCheckItem]>) =>
    onChange({
      ...value,
      items: { ...value.items, [k]: { met: true, note: '', ...value.items[k], ...next } },
    });
  const line = (field: 'proposal' | 'signer' | 'signerTitle', label: string) => (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="text-sm">{label}</span>
      <input
        value={value[field]}
        onChange={(e) => onChange({ ...value, [field]: e.target.value })}
        className="rounded border px-3 py-2"
      />
    </label>
  );
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="font-semibold">{A.form03}</legend>
      {COMMUNE_CHECK_ITEMS.map((k) => (
        <fieldset key={k} className="flex flex-col gap-2 rounded border border-slate-200 p-2" data-item={k}>
          <legend className="px-1 text-sm font-medium">{COMMUNE_CHECK_LABELS[k][lang]}</legend>
          <div className="flex flex-wrap gap-4">
            {([true, false] as const).map((met) => (
              <label key={String(met)} className="flex items-center gap-2">
                <input
                  type="radio"
                  name={`met-${k}`}
                  checked={value.items[k]?.met === met}
                  onChange={() => setItem(k, { met })}
                  className="h-5 w-5"
                />
                {met ? A.met : A.notMet}
              </label>
            ))}
          </div>
          {k === 'localLabour' && (
            <p className="text-sm text-slate-700">
              {suggestion ? A.labour(w.number(suggestion.percent, 1), suggestion.met) : A.noLabour}
              {suggestion && value.items[k]?.met !== suggestion.met && (
                <button
                  type="button"
                  onClick={() => setItem(k, { met: suggestion.met })}
                  className="ml-2 underline"
                >
                  {A.useLabour}
                </button>
              )}
            </p>
          )}
          <label className="flex flex-col gap-1">
            <span className="text-sm">{A.itemNote}</span>
            <textarea
              value={value.items[k]?.note ?? ''}
              rows={2}
              onChange={(e) => setItem(k, { note: e.target.value })}
              className="rounded border px-3 py-2"
            />
          </label>
        </fieldset>
      ))}
      <label className="flex flex-col gap-1">
        <span className="text-sm">{A.proposal}</span>
        <textarea
          value={value.proposal}
          rows={3}
          onChange={(e) => onChange({ ...value, proposal: e.target.value })}
          className="rounded border px-3 py-2"
        />
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        {line('signer', A.signer)}
        {line('signerTitle', A.signerTitle)}
      </div>
    </fieldset>
  );
}
