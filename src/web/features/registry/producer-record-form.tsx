// The producer's record: name, legal type, tax code, registration, address and
// commune, representative and contacts. Only the fields the API lists as editable
// for this user are inputs (a confirmed producer keeps its contacts, its officers
// everything: domain/registry/producer-fields.ts); the others are shown as text.
// A save sends only what changed, with the record's last update time: a change
// made meanwhile by someone else is refused (409) and the form offers to reload.
// Field names come from the audit trail's table, so a history and the form agree.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { AUDIT_FIELDS } from '../../../shared/audit-fields.ts';
import type { UpdateProducerRequest } from '../../../shared/contracts/registry-write.ts';
import { LEGAL_TYPE_LABELS, LEGAL_TYPES } from '../../../shared/registry.ts';
import { V } from '../../../shared/vocabulary.ts';
import { ApiError } from '../../lib/api-error.ts';
import { UnsavedDialog, useUnsavedGuard } from '../../lib/drafts.tsx';
import { useI18n, type Lang } from '../../lib/i18n.tsx';
import { updateProducer, type ProducerDetails, type ProducerView } from './api.ts';
import { CommunePicker } from './unit-picker.tsx';

type Values = Record<string, string | boolean>;

const WORDS = {
  vi: {
    title: 'Thông tin chủ thể',
    officersKeep:
      'Tên, loại hình, mã số thuế, đăng ký kinh doanh và địa chỉ của chủ thể đã được xác nhận do cán bộ OCOP của xã hoặc tỉnh sửa khi có thay đổi.',
    saved: 'Đã lưu thông tin chủ thể',
    nothing: 'Không có thay đổi nào để lưu',
    reload: 'Tải lại bản mới nhất',
    conflictHint: 'Các thay đổi bạn vừa nhập chưa được lưu; hãy tải lại rồi nhập lại.',
    none: '(trống)',
    yes: 'Có',
    no: 'Không',
  },
  en: {
    title: 'Producer record',
    officersKeep:
      'The name, legal type, tax code, business registration and address of a confirmed producer are changed by a commune or provincial OCOP officer.',
    saved: 'The producer record was saved',
    nothing: 'Nothing changed',
    reload: 'Reload the latest version',
    conflictHint: 'What you typed was not saved: reload, then enter it again.',
    none: '(empty)',
    yes: 'Yes',
    no: 'No',
  },
} as const;

const TEXT_FIELDS = [
  'name',
  'taxCode',
  'registrationNo',
  'addressLine',
  'representativeName',
  'representativeEthnicity',
  'phone',
  'email',
  'website',
] as const;
/** Fields every record has: left empty, the API names them. */
const REQUIRED = new Set<string>(['name', 'representativeName']);
const INPUT_TYPES: Partial<Record<string, string>> = { phone: 'tel', email: 'email', website: 'url' };

const label = (field: string, lang: Lang) =>
  AUDIT_FIELDS.producer[field as keyof typeof AUDIT_FIELDS.producer]?.[lang] ?? field;

function initialValues(d: ProducerDetails): Values {
  const v: Values = {
    legalType: d.legalType ?? '',
    unitId: d.unitId,
    registrationDate: d.registrationDate ?? '',
    representativeSex: d.representativeSex ?? '',
    representativeDisability: d.representativeDisability ?? false,
  };
  for (const f of TEXT_FIELDS) v[f] = (d[f] as string | null | undefined) ?? '';
  return v;
}

/** What changed, as the API takes it: emptied fields as null. */
function changesOf(before: Values, now: Values, editable: Set<string>): UpdateProducerRequest {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(now)) {
    if (!editable.has(k) || v === before[k]) continue;
    out[k] = typeof v === 'string' ? v.trim() || null : v;
  }
  return out as UpdateProducerRequest;
}

export function ProducerRecordForm({
  record,
  details,
  onSaved,
  onReload,
}: {
  record: ProducerView;
  details: ProducerDetails;
  onSaved(): void;
  onReload(): void;
}) {
  const { t, lang, w } = useI18n();
  const words = WORDS[lang];
  const guard = useUnsavedGuard();
  const editable = new Set<string>(details.editableFields);
  const [start, setStart] = useState(() => initialValues(details));
  const [values, setValues] = useState<Values>(start);
  // a newer copy of the record (after a save, or reloaded after a conflict) replaces the form's values
  // biome-ignore lint/correctness/useExhaustiveDependencies: the record's update time says it is newer
  useEffect(() => {
    if (guard.dirty) return;
    const fresh = initialValues(details);
    setStart(fresh);
    setValues(fresh);
  }, [details.updatedAt]);
  const [message, setMessage] = useState<{ ok: boolean; text: string; conflict?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: string, v: string | boolean) => {
    setValues((old) => ({ ...old, [k]: v }));
    guard.setDirty(true);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const changes = changesOf(start, values, editable);
    if (!Object.keys(changes).length) {
      setMessage({ ok: true, text: words.nothing });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await updateProducer(details.id, { ...changes, expectedUpdatedAt: details.updatedAt });
      guard.setDirty(false);
      setMessage({ ok: true, text: words.saved });
      onSaved();
    } catch (err) {
      const api = err instanceof ApiError ? err : null;
      setMessage({ ok: false, text: api?.message ?? String(err), conflict: api?.status === 409 });
    } finally {
      setBusy(false);
    }
  };
  const input = 'w-full rounded border px-3 py-2';
  const shown = (k: string): string => {
    const v = values[k];
    if (k === 'legalType')
      return v
        ? (LEGAL_TYPE_LABELS[v as keyof typeof LEGAL_TYPE_LABELS]?.[lang] ?? String(v))
        : t.legalTypeUnknown;
    if (k === 'registrationDate') return v ? w.date(String(v)) : words.none;
    if (k === 'representativeSex') return v ? w.term(V.sex, String(v)) : words.none;
    return typeof v === 'string' && v ? v : words.none;
  };
  /** A field as an input when editable, otherwise as text. */
  const field = (k: string, control: ReactNode) =>
    editable.has(k) ? (
      // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child passed in
      <label key={k} className="flex min-w-0 flex-col gap-1">
        <span className="text-sm">{label(k, lang)}</span>
        {control}
      </label>
    ) : (
      <div key={k} className="flex min-w-0 flex-col gap-1" data-readonly={k}>
        <span className="text-sm text-slate-600">{label(k, lang)}</span>
        <span className="break-words py-2">{shown(k)}</span>
      </div>
    );
  const text = (k: (typeof TEXT_FIELDS)[number]) =>
    field(
      k,
      <input
        name={k}
        type={INPUT_TYPES[k] ?? 'text'}
        className={input}
        value={String(values[k])}
        required={REQUIRED.has(k)}
        onChange={(e) => set(k, e.target.value)}
      />,
    );
  const officersOnly = [...editable].length > 0 && !editable.has('name');
  return (
    <section className="mt-4 rounded-lg border bg-white p-4" aria-labelledby="record-title">
      <UnsavedDialog blocker={guard.blocker} />
      <h2 id="record-title" className="font-semibold">
        {words.title}
      </h2>
      {officersOnly && <p className="mt-1 text-sm text-slate-600">{words.officersKeep}</p>}
      <form onSubmit={(e) => void submit(e)} className="mt-3 grid gap-3 md:grid-cols-2" noValidate>
        {text('name')}
        {field(
          'legalType',
          <select
            name="legalType"
            className={input}
            value={String(values.legalType)}
            onChange={(e) => set('legalType', e.target.value)}
          >
            {!values.legalType && <option value="">{t.legalTypeUnknown}</option>}
            {LEGAL_TYPES.map((l) => (
              <option key={l} value={l}>
                {LEGAL_TYPE_LABELS[l][lang]}
              </option>
            ))}
          </select>,
        )}
        {text('taxCode')}
        {text('registrationNo')}
        {field(
          'registrationDate',
          <input
            name="registrationDate"
            type="date"
            className={input}
            value={String(values.registrationDate)}
            onChange={(e) => set('registrationDate', e.target.value)}
          />,
        )}
        {text('addressLine')}
        <div className="md:col-span-2">
          {editable.has('unitId') ? (
            <CommunePicker
              value={String(values.unitId)}
              initialProvince={details.provinceId ?? undefined}
              onChange={(id) => set('unitId', id)}
              label={t.placeOfProducer}
            />
          ) : (
            <div className="flex flex-col gap-1" data-readonly="unitId">
              <span className="text-sm text-slate-600">{label('unitId', lang)}</span>
              <span className="py-2">
                {[record.place.communeName ?? record.place.unitName, record.place.provinceName]
                  .filter(Boolean)
                  .join(', ')}
              </span>
            </div>
          )}
        </div>
        {text('representativeName')}
        {'representativeSex' in details &&
          field(
            'representativeSex',
            <select
              name="representativeSex"
              className={input}
              value={String(values.representativeSex)}
              onChange={(e) => set('representativeSex', e.target.value)}
            >
              <option value="">—</option>
              {V.sex.ids.map((s) => (
                <option key={s} value={s}>
                  {w.term(V.sex, s)}
                </option>
              ))}
            </select>,
          )}
        {'representativeEthnicity' in details && text('representativeEthnicity')}
        {'representativeDisability' in details && editable.has('representativeDisability') && (
          <label className="flex items-center gap-2 self-end py-2">
            <input
              type="checkbox"
              name="representativeDisability"
              checked={values.representativeDisability === true}
              onChange={(e) => set('representativeDisability', e.target.checked)}
            />
            <span>{label('representativeDisability', lang)}</span>
          </label>
        )}
        {text('phone')}
        {text('email')}
        {text('website')}
        {message && (
          <div
            role={message.ok ? 'status' : 'alert'}
            className={`rounded px-3 py-2 md:col-span-2 ${message.ok ? 'bg-emerald-50 text-emerald-800' : 'bg-red-50 text-red-800'}`}
          >
            <p>{message.text}</p>
            {message.conflict && (
              <>
                <p className="text-sm">{words.conflictHint}</p>
                <button
                  type="button"
                  className="mt-2 rounded border border-red-800 px-3 py-1"
                  onClick={() => {
                    guard.setDirty(false);
                    onReload();
                  }}
                >
                  {words.reload}
                </button>
              </>
            )}
          </div>
        )}
        {editable.size > 0 && (
          <button
            type="submit"
            disabled={busy}
            className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60 md:col-span-2 md:justify-self-start"
          >
            {t.save}
          </button>
        )}
      </form>
    </section>
  );
}
