// The producer's forms of a dossier: Mẫu 01, Mẫu 02 parts I, II and IV with part III
// (the self-assessment) linked between them, and the samples. While the dossier is
// the producer's to change, the forms save themselves a moment after each change at
// the version last read; a save refused because the dossier changed meanwhile says so
// and offers the latest version; leaving with a change unsaved saves it first or asks.
// Otherwise the same forms are shown, not editable.
import { useEffect, useMemo, useRef, useState } from 'react';
import { TOURISM_SET_NO } from '../../../domain/dossiers/dossier-content.ts';
import { ApiError } from '../../lib/api-error.ts';
import { SaveStatus, UnsavedDialog, useAutosave, useUnsavedGuard } from '../../lib/drafts.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { type DossierView, saveDossier } from './api.ts';
import { BusinessYears } from './business-years.tsx';
import { Form01Part, GeneralPart, PlanPart, SamplesPart, type PartProps } from './form-parts.tsx';
import { FIELD_WORDS, type FieldName } from './form-words.ts';
import { bodyOf, draftOf, type FormsDraft, invalidFields } from './forms-draft.ts';
import { PAGE_WORDS } from './page-words.ts';
import { SheetPart } from './sheet-part.tsx';

export function ProducerForms(props: { d: DossierView; onSaved(d: DossierView): void; onReload(): void }) {
  const { d, onSaved, onReload } = props;
  const { lang } = useI18n();
  const P = PAGE_WORDS[lang];
  const editable = d.actions.includes('edit');
  const tourism = d.productSetNo === TOURISM_SET_NO;
  const [draft, setDraft] = useState<FormsDraft>(() => draftOf(d));
  const [edits, setEdits] = useState(0);
  const [savedEdits, setSavedEdits] = useState(0);
  const [invalid, setInvalid] = useState<string[]>([]);
  const version = useRef(d.version);
  const dirty = edits !== savedEdits;
  const value = useMemo(() => ({ draft, edit: edits }), [draft, edits]);
  const autosave = useAutosave({
    value,
    dirty,
    enabled: editable,
    save: async (v) => {
      try {
        const saved = await saveDossier(d.id, bodyOf(v.draft, tourism, version.current));
        version.current = saved.version;
        setInvalid([]);
        setSavedEdits((n) => Math.max(n, v.edit));
        onSaved(saved);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'VALIDATION_FAILED')
          setInvalid(invalidFields(err.details));
        throw err;
      }
    },
  });
  const guard = useUnsavedGuard();
  const { setDirty: setGuarded, blocker } = guard;
  useEffect(() => setGuarded(dirty), [dirty, setGuarded]);
  useEffect(() => {
    if (blocker.status !== 'blocked') return;
    if (!dirty) blocker.proceed?.();
    else if (autosave.state === 'pending') void autosave.saveNow();
  }, [blocker, dirty, autosave]);
  const failed = autosave.state === 'offline' || autosave.state === 'error' || autosave.state === 'conflict';

  const missing = new Set(d.gaps.map((g) => `${g.item}:${g.field ?? ''}`));
  const part = <K extends keyof FormsDraft>(key: K): PartProps<FormsDraft[K]> => ({
    value: draft[key],
    onChange: (next) => {
      setDraft((x) => ({ ...x, [key]: next }));
      setEdits((n) => n + 1);
    },
    missing: (item, field = '') => missing.has(`${item}:${field}`),
  });
  const named = invalid.map((f) => FIELD_WORDS[f as FieldName]?.[lang] ?? f).join(', ');
  return (
    <section aria-label={P.forms} className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {editable ? (
          <>
            <span className="text-slate-700">{P.autosaves}</span>
            <SaveStatus state={autosave.state} savedAt={autosave.savedAt} />
            <button
              type="button"
              onClick={() => void autosave.saveNow()}
              disabled={!dirty || autosave.state === 'saving' || autosave.state === 'conflict'}
              className="rounded border border-brand-600 px-3 py-1.5 text-brand-700 disabled:opacity-50"
            >
              {autosave.state === 'saving' ? P.saving : P.save}
            </button>
          </>
        ) : (
          <span className="text-slate-700">{P.readOnly}</span>
        )}
      </div>
      {autosave.state === 'conflict' && (
        <div role="alert" className="rounded bg-amber-50 p-3 text-amber-900">
          <p>{P.conflict}</p>
          <button type="button" onClick={onReload} className="mt-2 rounded bg-brand-600 px-3 py-2 text-white">
            {P.reload}
          </button>
        </div>
      )}
      {invalid.length > 0 && autosave.state === 'error' && (
        <p role="alert" className="rounded bg-red-50 p-3 text-red-800">
          {P.invalid(named)}
        </p>
      )}
      <Form01Part {...part('form01')} disabled={!editable} />
      <GeneralPart {...part('general')} disabled={!editable} />
      <BusinessYears {...part('business')} disabled={!editable} />
      <SheetPart d={d} />
      <PlanPart {...part('plan')} disabled={!editable} />
      <SamplesPart {...part('samples')} disabled={!editable} tourism={tourism} />
      {failed && <UnsavedDialog blocker={blocker} />}
    </section>
  );
}
