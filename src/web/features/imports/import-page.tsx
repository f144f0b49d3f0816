// Import a provincial list: upload → check the guessed column mapping → validate
// (every row checked; errors named) → commit. Progress of long steps is polled.
import { useEffect, useState, type FormEvent } from 'react';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { ApiError } from '../../lib/api-error.ts';
import {
  commitImport,
  getImport,
  startImport,
  validateImport,
  type ImportView,
  type StartedImport,
} from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { ImportRows } from './import-rows.tsx';

export function ImportPage() {
  const { t } = useI18n();
  const [started, setStarted] = useState<StartedImport | null>(null);
  const [mapping, setMapping] = useState<Record<string, number | null>>({});
  const [state, setState] = useState<ImportView | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saveAs, setSaveAs] = useState('');

  useEffect(() => {
    if (!busy || !started) return;
    const timer = setInterval(() => {
      void getImport(started.id).then(setState, () => undefined);
    }, 700);
    return () => clearInterval(timer);
  }, [busy, started]);

  const run = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };
  const upload = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    void run(t.upload, async () => {
      const s = await startImport(form);
      setStarted(s);
      setMapping(s.mapping);
      setState(null);
    });
  };
  const validate = () =>
    run(t.validate, async () =>
      setState(await validateImport(started!.id, { mapping, ...(saveAs ? { saveMappingAs: saveAs } : {}) })),
    );
  const commit = () => run(t.commit, async () => setState(await commitImport(started!.id)));
  const counts = state?.counts ?? {};

  return (
    <section className="flex flex-col gap-4">
      <PageTitle>{t.imports}</PageTitle>
      <form onSubmit={upload} className="flex flex-wrap items-end gap-3 rounded-lg border bg-white p-4">
        <label className="flex flex-col gap-1">
          <span className="text-sm">{t.importKind}</span>
          <select name="kind" className="rounded border px-3 py-2">
            <option value="products">{t.productsKind}</option>
            <option value="producers">{t.producersKind}</option>
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
          disabled={!!busy}
          className="rounded bg-brand-600 px-4 py-2 text-white disabled:opacity-60"
        >
          {t.upload}
        </button>
      </form>
      {error && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      {busy && (
        <p role="status" aria-live="polite">
          {busy}…{' '}
          {state?.progress ? `${state.progress.phase} ${state.progress.done}/${state.progress.total}` : ''}
        </p>
      )}
      {started && (
        <div className="rounded-lg border bg-white p-4">
          <h2 className="mb-2 text-lg font-semibold">
            {t.mapping}
            {started.savedMapping ? ` (“${started.savedMapping}”)` : ''}
          </h2>
          <div className="grid gap-2 md:grid-cols-2 lg:grid-cols-3">
            {started.fields.map((f) => (
              <label key={f.key} className="flex flex-col gap-1 text-sm">
                <span>
                  {f.label}
                  {f.required ? ` (${t.required})` : ''}
                </span>
                <select
                  data-field={f.key}
                  className="rounded border px-2 py-1"
                  value={mapping[f.key] ?? ''}
                  onChange={(e) =>
                    setMapping({ ...mapping, [f.key]: e.target.value === '' ? null : Number(e.target.value) })
                  }
                >
                  <option value="">{t.notInFile}</option>
                  {started.columns.map((c) => (
                    <option key={c.index} value={c.index}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <details className="mt-3">
            <summary className="cursor-pointer text-sm">{t.sampleRows}</summary>
            <div className="overflow-x-auto">
              <table className="mt-2 text-xs">
                <tbody>
                  {started.sample.map((row, i) => (
                    <tr key={i}>
                      {row.map((c, j) => (
                        <td key={j} className="border px-1">
                          {c}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
          <div className="mt-3 flex flex-wrap items-end gap-3">
            <label className="flex flex-col gap-1 text-sm">
              <span>
                {t.saveMappingAs} {t.optional}
              </span>
              <input
                value={saveAs}
                onChange={(e) => setSaveAs(e.target.value)}
                className="rounded border px-2 py-1"
              />
            </label>
            <button
              type="button"
              onClick={() => void validate()}
              disabled={!!busy}
              className="rounded bg-brand-600 px-4 py-2 text-white disabled:opacity-60"
            >
              {t.validate}
            </button>
          </div>
        </div>
      )}
      {state && state.status !== 'uploaded' && started && (
        <div className="rounded-lg border bg-white p-4" data-testid="import-summary">
          <p>
            {counts.rows} {t.rows}: {t.valid} {counts.valid ?? 0} · {t.invalid} {counts.invalid ?? 0} ·{' '}
            {t.review} {counts.review ?? 0} · {t.duplicate} {counts.duplicate ?? 0} · {t.existing}{' '}
            {counts.existingProducts ?? counts.existingProducers ?? 0}
          </p>
          {state.actions.includes('commit') && (
            <button
              type="button"
              onClick={() => void commit()}
              disabled={!!busy || !((counts.valid ?? 0) > 0)}
              className="mt-2 rounded bg-emerald-700 px-4 py-2 text-white disabled:opacity-60"
            >
              {t.commit}
            </button>
          )}
          {state.status === 'committed' && (
            <p role="status" className="mt-2 font-semibold text-emerald-800">
              {t.done}: {t.createdRecords} {counts.created?.producers ?? 0} / {counts.created?.products ?? 0}{' '}
              / {counts.created?.certificates ?? 0}
            </p>
          )}
          <ImportRows
            importId={started.id}
            version={state.status}
            onChanged={() => void getImport(started.id).then(setState)}
          />
        </div>
      )}
    </section>
  );
}
