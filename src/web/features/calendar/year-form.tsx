// The administrators' edit of a year's days off (capability editCalendar): days off
// with their kind, make-up working days, the instruments, cross-checked or not, and
// notes, saved whole with PUT /api/calendar/years/{year}. The server checks that the
// dates hold together; what it refuses is said here, each date as the reader writes it.
import { useRef, useState, type ReactNode } from 'react';
import { DAY_OFF_KINDS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import { UnsavedDialog, useUnsavedGuard } from '../../lib/drafts.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { saveCalendarYear, type YearCalendar } from './api.ts';
import { bodyOf, type Draft, draftOf, type Kind, refusalLines } from './year-draft.ts';
import { FORM_LABELS, LABELS } from './labels.ts';

const control = 'w-full min-w-0 rounded border px-3 py-2';

function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child passed in
    <label className={`flex min-w-0 flex-col gap-1 ${wide ? 'sm:col-span-2' : ''}`}>
      <span className="text-sm">{label}</span>
      {children}
    </label>
  );
}

function Row({ title, onRemove, children }: { title: string; onRemove(): void; children: ReactNode }) {
  const { lang } = useI18n();
  const F = FORM_LABELS[lang];
  return (
    <li className="rounded border border-slate-200 p-3">
      <div className="mb-2 flex items-center justify-between gap-2">
        <span className="text-sm font-semibold">{title}</span>
        <button
          type="button"
          className="rounded border px-2 py-1 text-sm"
          onClick={onRemove}
          aria-label={F.removeWhat(title)}
        >
          {F.remove}
        </button>
      </div>
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
    </li>
  );
}

export function YearForm({
  year,
  onSaved,
  onClose,
}: {
  year: YearCalendar;
  onSaved(saved: YearCalendar): void;
  onClose(): void;
}) {
  const { lang, w } = useI18n();
  const F = FORM_LABELS[lang];
  const L = LABELS[lang];
  const announce = useAnnounce();
  const guard = useUnsavedGuard();
  const { setDirty } = guard;
  const keys = useRef(0);
  const nextKey = () => ++keys.current;
  const [draft, setDraft] = useState<Draft>(() => draftOf(year, nextKey));
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (patch: (d: Draft) => Draft) => {
    setDirty(true);
    setDraft(patch);
  };
  const edit = <K extends 'decisions' | 'nonWorkingDays' | 'makeUpWorkingDays'>(
    list: K,
    key: number,
    patch: Partial<Draft[K][number]>,
  ) =>
    change((d) => ({
      ...d,
      [list]: (d[list] as { key: number }[]).map((x) => (x.key === key ? { ...x, ...patch } : x)),
    }));
  const remove = (list: 'decisions' | 'nonWorkingDays' | 'makeUpWorkingDays', key: number) =>
    change((d) => ({ ...d, [list]: (d[list] as { key: number }[]).filter((x) => x.key !== key) }));

  const save = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      const saved = await saveCalendarYear(year.year, bodyOf(year.year, draft));
      setDirty(false);
      announce(F.saved(year.year));
      onSaved(saved);
    } catch (err) {
      setRefusal([...new Set(refusalLines(err, lang, w))]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <UnsavedDialog blocker={guard.blocker} />
      <form
        className="flex min-w-0 flex-col gap-4 rounded-lg border bg-white p-4"
        aria-labelledby="calendar-form-heading"
        data-testid="calendar-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div>
          <h2 id="calendar-form-heading" className="text-lg font-semibold">
            {F.heading(year.year)}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{F.hint}</p>
        </div>

        <fieldset className="min-w-0">
          <legend className="mb-2 font-semibold">{L.daysOff}</legend>
          <ul className="flex flex-col gap-2">
            {draft.nonWorkingDays.map((d, i) => (
              <Row key={d.key} title={F.dayOff(i + 1)} onRemove={() => remove('nonWorkingDays', d.key)}>
                <Field label={L.date}>
                  <input
                    type="date"
                    className={control}
                    value={d.date}
                    onChange={(e) => edit('nonWorkingDays', d.key, { date: e.target.value })}
                  />
                </Field>
                <Field label={L.kind}>
                  <select
                    className={control}
                    value={d.kind}
                    onChange={(e) => edit('nonWorkingDays', d.key, { kind: e.target.value as Kind })}
                  >
                    <option value="" disabled>
                      {F.chooseKind}
                    </option>
                    {DAY_OFF_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {w.term(V.dayOffKind, k)}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field label={F.nameVi}>
                  <input
                    className={control}
                    value={d.name}
                    onChange={(e) => edit('nonWorkingDays', d.key, { name: e.target.value })}
                  />
                </Field>
                <Field label={F.nameEn}>
                  <input
                    className={control}
                    lang="en"
                    value={d.nameEn}
                    onChange={(e) => edit('nonWorkingDays', d.key, { nameEn: e.target.value })}
                  />
                </Field>
              </Row>
            ))}
          </ul>
          <button
            type="button"
            className="mt-2 rounded border border-brand-600 px-3 py-2 text-brand-700"
            onClick={() =>
              change((x) => ({
                ...x,
                nonWorkingDays: [
                  ...x.nonWorkingDays,
                  { key: nextKey(), date: '', name: '', nameEn: '', kind: '' },
                ],
              }))
            }
          >
            + {F.addDayOff}
          </button>
        </fieldset>

        <fieldset className="min-w-0">
          <legend className="mb-2 font-semibold">{L.makeUpDays}</legend>
          <ul className="flex flex-col gap-2">
            {draft.makeUpWorkingDays.map((d, i) => (
              <Row key={d.key} title={F.makeUp(i + 1)} onRemove={() => remove('makeUpWorkingDays', d.key)}>
                <Field label={L.date}>
                  <input
                    type="date"
                    className={control}
                    value={d.date}
                    onChange={(e) => edit('makeUpWorkingDays', d.key, { date: e.target.value })}
                  />
                </Field>
                <Field label={F.nameVi}>
                  <input
                    className={control}
                    value={d.name}
                    onChange={(e) => edit('makeUpWorkingDays', d.key, { name: e.target.value })}
                  />
                </Field>
                <Field label={F.nameEn} wide>
                  <input
                    className={control}
                    lang="en"
                    value={d.nameEn}
                    onChange={(e) => edit('makeUpWorkingDays', d.key, { nameEn: e.target.value })}
                  />
                </Field>
              </Row>
            ))}
          </ul>
          <button
            type="button"
            className="mt-2 rounded border border-brand-600 px-3 py-2 text-brand-700"
            onClick={() =>
              change((x) => ({
                ...x,
                makeUpWorkingDays: [
                  ...x.makeUpWorkingDays,
                  { key: nextKey(), date: '', name: '', nameEn: '' },
                ],
              }))
            }
          >
            + {F.addMakeUp}
          </button>
        </fieldset>

        <fieldset className="min-w-0">
          <legend className="mb-2 font-semibold">{L.instruments}</legend>
          <ul className="flex flex-col gap-2">
            {draft.decisions.map((d, i) => (
              <Row key={d.key} title={F.instrument(i + 1)} onRemove={() => remove('decisions', d.key)}>
                <Field label={F.ref}>
                  <input
                    className={control}
                    value={d.ref}
                    onChange={(e) => edit('decisions', d.key, { ref: e.target.value })}
                  />
                </Field>
                <Field label={F.instrumentDate}>
                  <input
                    type="date"
                    className={control}
                    value={d.date}
                    onChange={(e) => edit('decisions', d.key, { date: e.target.value })}
                  />
                </Field>
                <Field label={F.issuer} wide>
                  <input
                    className={control}
                    value={d.issuer}
                    onChange={(e) => edit('decisions', d.key, { issuer: e.target.value })}
                  />
                </Field>
                <Field label={F.about} wide>
                  <textarea
                    className={control}
                    rows={2}
                    value={d.about}
                    onChange={(e) => edit('decisions', d.key, { about: e.target.value })}
                  />
                </Field>
                <Field label={F.url} wide>
                  <input
                    type="url"
                    className={control}
                    value={d.url}
                    onChange={(e) => edit('decisions', d.key, { url: e.target.value })}
                  />
                </Field>
              </Row>
            ))}
          </ul>
          <button
            type="button"
            className="mt-2 rounded border border-brand-600 px-3 py-2 text-brand-700"
            onClick={() =>
              change((x) => ({
                ...x,
                decisions: [
                  ...x.decisions,
                  { key: nextKey(), ref: '', date: '', issuer: '', about: '', url: '' },
                ],
              }))
            }
          >
            + {F.addInstrument}
          </button>
        </fieldset>

        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={draft.verified}
            onChange={(e) => change((x) => ({ ...x, verified: e.target.checked }))}
          />
          <span>{F.verified}</span>
        </label>
        <Field label={F.notes}>
          <textarea
            className={control}
            rows={4}
            value={draft.notes}
            onChange={(e) => change((x) => ({ ...x, notes: e.target.value }))}
          />
        </Field>

        {refusal && (
          <div
            role="alert"
            className="rounded bg-red-50 px-3 py-2 text-red-800"
            data-testid="calendar-refusal"
          >
            <p className="font-semibold">{F.refused}</p>
            <ul className="ml-4 list-disc">
              {refusal.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="flex flex-wrap gap-2">
          <button
            type="submit"
            disabled={busy}
            className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60"
          >
            {busy ? F.saving : `${F.save} ${year.year}`}
          </button>
          <button
            type="button"
            className="rounded border px-4 py-2"
            onClick={() => {
              setDirty(false);
              onClose();
            }}
          >
            {F.cancel}
          </button>
        </div>
      </form>
    </>
  );
}
