// The inputs of the dossier's forms: a line, a paragraph, a whole number or an amount,
// a date and a tick, each labelled by its words (form-words.ts) and marked when the
// dossier's gaps name it, so the producer finds what is missing where it is typed.
import { useI18n } from '../../lib/i18n.tsx';
import { FIELD_WORDS, type FieldName } from './form-words.ts';
import { PAGE_WORDS } from './page-words.ts';

const box =
  'w-full rounded border px-3 py-2 aria-invalid:border-rose-700 aria-invalid:ring-1 aria-invalid:ring-rose-700';

interface Props<T> {
  name: FieldName;
  value: T;
  onChange(value: T): void;
  /** named by a gap: still missing */
  missing?: boolean;
  /** a label other than the field's own words */
  label?: string;
}

function Label({ name, label, missing }: { name: FieldName; label?: string; missing?: boolean }) {
  const { lang } = useI18n();
  return (
    <span className="text-sm">
      {label ?? FIELD_WORDS[name][lang]}
      {missing && <span className="ml-1 text-rose-800">({PAGE_WORDS[lang].missing})</span>}
    </span>
  );
}

export function TextField({
  type = 'text',
  ...p
}: Props<string> & { type?: 'text' | 'tel' | 'email' | 'date' }) {
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <Label {...p} />
      <input
        type={type}
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        aria-invalid={p.missing || undefined}
        className={box}
      />
    </label>
  );
}

export function TextArea(p: Props<string>) {
  return (
    <label className="flex min-w-0 flex-col gap-1 sm:col-span-2">
      <Label {...p} />
      <textarea
        value={p.value}
        rows={3}
        onChange={(e) => p.onChange(e.target.value)}
        aria-invalid={p.missing || undefined}
        className={box}
      />
    </label>
  );
}

/** A number typed by a person: empty is null; `step` 1 for counts and years, 0.1 for amounts. */
export function NumberField({ step = 1, ...p }: Props<number | null> & { step?: number }) {
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <Label {...p} />
      <input
        type="number"
        inputMode={step === 1 ? 'numeric' : 'decimal'}
        step={step}
        value={p.value ?? ''}
        onChange={(e) => p.onChange(e.target.value === '' ? null : Number(e.target.value))}
        aria-invalid={p.missing || undefined}
        className={box}
      />
    </label>
  );
}

export function Check(p: Props<boolean>) {
  return (
    <label className="flex items-start gap-2 sm:col-span-2">
      <input
        type="checkbox"
        checked={p.value}
        onChange={(e) => p.onChange(e.target.checked)}
        aria-invalid={p.missing || undefined}
        className="mt-1 h-5 w-5 shrink-0"
      />
      <Label {...p} />
    </label>
  );
}
