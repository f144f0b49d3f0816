// The producer form: used by officers registering on a producer's behalf and by
// producers registering themselves. Validation messages come from the API.
import { useState, type FormEvent, type ReactNode } from 'react';
import { LEGAL_TYPE_LABELS, LEGAL_TYPES } from '../../../shared/registry.ts';
import type { z } from 'zod';
import type { createProducerBody } from '../../../shared/contracts/registry-write.ts';
import type { ApiError } from '../../lib/api-error.ts';
import { UnsavedDialog, useUnsavedGuard } from '../../lib/drafts.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { CommunePicker } from './unit-picker.tsx';

/** What the producer form sends: the fields of registering a producer. */
export type ProducerPayload = z.input<typeof createProducerBody>;

const input = 'rounded border px-3 py-2';

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child passed in
    <label className="flex flex-col gap-1">
      <span className="text-sm">{label}</span>
      {children}
    </label>
  );
}

export function ProducerForm({
  onSubmit,
  extra,
}: {
  onSubmit(payload: ProducerPayload, form: FormData): Promise<void>;
  extra?: ReactNode;
}) {
  const { t, lang } = useI18n();
  // input typed and not yet saved: leaving the page asks first
  const guard = useUnsavedGuard();
  const setDirty = guard.setDirty;
  const [unitId, setUnitId] = useState('');
  const [error, setError] = useState<{ message: string; fields: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim() || undefined;
    const payload: ProducerPayload = {
      name: text('name') ?? '',
      legalType: text('legalType') as ProducerPayload['legalType'],
      taxCode: text('taxCode'),
      addressLine: text('addressLine'),
      unitId,
      representativeName: text('representativeName') ?? '',
      representativeSex: text('representativeSex') as ProducerPayload['representativeSex'],
      representativeEthnicity: text('representativeEthnicity'),
      representativeDisability: f.get('representativeDisability') === 'on',
      phone: text('phone'),
      email: text('email'),
    };
    setBusy(true);
    setError(null);
    // cleared before the save, which may go to another page; set again if it fails
    setDirty(false);
    try {
      await onSubmit(payload, f);
    } catch (err) {
      setDirty(true);
      const api = err as ApiError;
      const issues = api.details as { issues?: { field: string }[]; field?: string } | undefined;
      setError({
        message: api.message,
        fields: issues?.issues?.map((i) => i.field) ?? (issues?.field ? [issues.field] : []),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <UnsavedDialog blocker={guard.blocker} />
      <form
        onInput={() => setDirty(true)}
        onChange={() => setDirty(true)}
        onSubmit={submit}
        className="grid max-w-3xl gap-3 rounded-lg border bg-white p-4 md:grid-cols-2"
        noValidate
      >
        {extra}
        <Field label={t.name}>
          <input name="name" required minLength={3} className={input} />
        </Field>
        <Field label={t.legalType}>
          <select name="legalType" required className={input} defaultValue="">
            {/* no type is assumed: a household business is not a cooperative */}
            <option value="" disabled>
              {lang === 'vi' ? '— Chọn loại hình —' : '— Choose a type —'}
            </option>
            {LEGAL_TYPES.map((l) => (
              <option key={l} value={l}>
                {LEGAL_TYPE_LABELS[l][lang]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={`${t.taxCode} ${t.optional}`}>
          <input name="taxCode" inputMode="numeric" className={input} />
        </Field>
        <Field label={`${t.address} ${t.optional}`}>
          <input name="addressLine" className={input} />
        </Field>
        <div className="md:col-span-2">
          <CommunePicker value={unitId} onChange={setUnitId} label={t.placeOfProducer} />
        </div>
        <Field label={t.representative}>
          <input name="representativeName" required className={input} />
        </Field>
        <Field label={t.sex}>
          <select name="representativeSex" className={input}>
            <option value="">—</option>
            <option value="male">{t.male}</option>
            <option value="female">{t.female}</option>
          </select>
        </Field>
        <Field label={`${t.ethnicity} ${t.optional}`}>
          <input name="representativeEthnicity" className={input} />
        </Field>
        <label className="flex items-center gap-2 self-end">
          <input type="checkbox" name="representativeDisability" /> <span>{t.disability}</span>
        </label>
        <Field label={`${t.phone} ${t.optional}`}>
          <input name="phone" type="tel" className={input} />
        </Field>
        <Field label={`${t.email} ${t.optional}`}>
          <input name="email" type="email" className={input} />
        </Field>
        {error && (
          <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800 md:col-span-2">
            {error.message}
            {error.fields.length ? ` (${error.fields.join(', ')})` : ''}
          </p>
        )}
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60 md:col-span-2 md:justify-self-start"
        >
          {t.save}
        </button>
      </form>
    </>
  );
}
