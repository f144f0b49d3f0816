// Imports: a new file is uploaded here (its columns are read and a mapping guessed),
// then continued on its own page; below, the earlier imports, each opened again at
// the step where it stopped.
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { paths } from '../../config/paths.ts';
import { useAnnounceChange } from '../../lib/announcer.tsx';
import { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { V } from '../../../shared/vocabulary.ts';
import { startImport } from './api.ts';
import { handOverUpload } from './import-detail-page.tsx';
import { ImportList } from './import-list.tsx';
import { IMPORT_LABELS } from './labels.ts';

export function ImportPage() {
  const { t, lang, w } = useI18n();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  useAnnounceChange(busy ? `${t.upload}…` : null);
  const [error, setError] = useState<string | null>(null);

  const upload = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const started = await startImport(form);
      handOverUpload(started);
      await navigate({ to: paths.importDetail(started.id) });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <section className="flex flex-col gap-4">
      <PageTitle>{t.imports}</PageTitle>
      <form
        onSubmit={(e) => void upload(e)}
        aria-label={IMPORT_LABELS[lang].newImport}
        className="flex flex-wrap items-end gap-3 rounded-lg border bg-white p-4"
      >
        <h2 className="w-full text-lg font-semibold">{IMPORT_LABELS[lang].newImport}</h2>
        <label className="flex flex-col gap-1">
          <span className="text-sm">{t.importKind}</span>
          <select name="kind" className="rounded border px-3 py-2">
            <option value="products">{w.term(V.importKind, 'products')}</option>
            <option value="producers">{w.term(V.importKind, 'producers')}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-sm">{IMPORT_LABELS[lang].listKind}</span>
          <select
            name="listKind"
            className="rounded border px-3 py-2"
            aria-describedby="list-kind-note"
            defaultValue="recognitions"
          >
            {V.importListKind.ids.map((id) => (
              <option key={id} value={id}>
                {w.term(V.importListKind, id)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-sm">{t.chooseFile}</span>
          <input
            name="file"
            type="file"
            required
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="rounded border px-3 py-2"
          />
        </label>
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand-600 px-4 py-2 text-white disabled:opacity-60"
        >
          {t.upload}
        </button>
        <p id="list-kind-note" className="w-full text-sm text-slate-600">
          {IMPORT_LABELS[lang].listKindNote}
        </p>
        {busy && <p className="w-full text-sm">{t.upload}…</p>}
      </form>
      {error && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      <ImportList />
    </section>
  );
}
