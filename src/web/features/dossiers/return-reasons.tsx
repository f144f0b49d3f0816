// The reasons of a return, one per item: which part of the dossier goes back (from the
// items the step may return) and what the receiver is to do about it.
import type { DossierItem, ReturnReason } from '../../../domain/dossiers/dossier-content.ts';
import { V } from '../../../shared/vocabulary.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { ACTION_WORDS } from './action-words.ts';

export function ReturnReasons(props: {
  value: ReturnReason[];
  items: readonly DossierItem[];
  onChange(next: ReturnReason[]): void;
}) {
  const { value, items, onChange } = props;
  const { lang, w } = useI18n();
  const A = ACTION_WORDS[lang];
  const change = (i: number, next: ReturnReason) => onChange(value.map((r, j) => (j === i ? next : r)));
  // the next item offered is one not named yet
  const unused = items.find((it) => !value.some((r) => r.item === it));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-semibold">{A.reasons}</legend>
      <ol className="flex flex-col gap-2">
        {value.map((r, i) => (
          <li
            key={i}
            className="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-[16rem_1fr_auto]"
          >
            <label className="flex min-w-0 flex-col gap-1">
              <span className="text-sm">{A.item}</span>
              <select
                value={r.item}
                onChange={(e) => change(i, { ...r, item: e.target.value as DossierItem })}
                className="max-w-full rounded border px-2 py-2"
              >
                {items.map((it) => (
                  <option key={it} value={it}>
                    {w.term(V.dossierItem, it)}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex min-w-0 flex-col gap-1">
              <span className="text-sm">{A.reason}</span>
              <textarea
                value={r.reason}
                rows={2}
                onChange={(e) => change(i, { ...r, reason: e.target.value })}
                className="rounded border px-3 py-2"
              />
            </label>
            {value.length > 1 && (
              <button
                type="button"
                onClick={() => onChange(value.filter((_, j) => j !== i))}
                className="self-end rounded border px-3 py-2 text-sm"
              >
                {A.removeReason}
              </button>
            )}
          </li>
        ))}
      </ol>
      {unused && (
        <div>
          <button
            type="button"
            onClick={() => onChange([...value, { item: unused, reason: '' }])}
            className="rounded border border-brand-600 px-3 py-2 text-brand-700"
          >
            {A.addReason}
          </button>
        </div>
      )}
    </fieldset>
  );
}
