// One import, opened at the step where it stands: an uploaded file at its mapping,
// a checked (or failed) one at its rows and the commit, a committed one at what it
// wrote. What the page offers are the caller's actions from the API (the import's
// transition table), so nothing is re-decided here. Long steps report progress.
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { paths } from '../../config/paths.ts';
import { useAnnounceChange } from '../../lib/announcer.tsx';
import { ApiError } from '../../lib/api-error.ts';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { ERRORS, formatMessage, type ErrorCode } from '../../../shared/errors.ts';
import { V } from '../../../shared/vocabulary.ts';
import { useI18n } from '../../lib/i18n.tsx';
import {
  cancelImport,
  commitImport,
  getImport,
  getImportSheet,
  validateImport,
  type ImportSheetView,
  type ImportView,
  type StartedImport,
} from './api.ts';
import { ImportMapping } from './import-mapping.tsx';
import { ImportRows } from './import-rows.tsx';
import { ImportSteps } from './import-steps.tsx';
import { CancelImport, ImportSummary } from './import-summary.tsx';
import { IMPORT_LABELS } from './labels.ts';

// The upload answer already describes the sheet: the page it opens need not read the file again.
const justUploaded = new Map<string, ImportSheetView>();
export function handOverUpload(started: StartedImport) {
  justUploaded.set(started.id, started);
}

/** Why the last commit failed, in words when the code is one of the API's errors. */
const failureReason = (code: string | null, lang: 'vi' | 'en') =>
  code && code in ERRORS ? formatMessage(code as ErrorCode, lang) : formatMessage('INTERNAL', lang);

const messageOf = (err: unknown) => (err instanceof ApiError ? err.message : String(err));

export function ImportDetailPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const { t, lang, w } = useI18n();
  const L = IMPORT_LABELS[lang];
  const [state, setState] = useState<ImportView | null>(null);
  const [sheet, setSheet] = useState<ImportSheetView | null>(() => {
    const uploaded = justUploaded.get(id) ?? null;
    justUploaded.delete(id); // once: later visits read the mapping now in force
    return uploaded;
  });
  const [busy, setBusy] = useState<string | null>(null);
  // the step that starts is said; its running count is only shown
  useAnnounceChange(busy ? `${busy}…` : null);
  const [error, setError] = useState<string | null>(null);
  const canValidate = !!state?.actions.includes('validate');

  useEffect(() => {
    getImport(id).then(setState, (err) => setError(messageOf(err)));
  }, [id]);
  useEffect(() => {
    if (!canValidate || sheet) return;
    getImportSheet(id).then(setSheet, (err) => setError(messageOf(err)));
  }, [id, canValidate, sheet]);
  // progress of a long step, and of a commit still running when the page is opened
  const polling = !!busy || state?.status === 'committing';
  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(() => void getImport(id).then(setState, () => undefined), 700);
    return () => clearInterval(timer);
  }, [polling, id]);

  const run = async (label: string, work: () => Promise<ImportView>) => {
    setBusy(label);
    setError(null);
    try {
      setState(await work());
    } catch (err) {
      setError(messageOf(err));
      void getImport(id).then(setState, () => undefined);
    } finally {
      setBusy(null);
    }
  };
  const cancel = (reason: string) =>
    void run(L.cancelImport, () => cancelImport(id, reason ? { reason } : {}));
  const validate = (mapping: Record<string, number | null>, saveAs: string) =>
    run(t.validate, () =>
      validateImport(id, { mapping, ...(saveAs.trim() ? { saveMappingAs: saveAs } : {}) }),
    );

  return (
    <section className="flex flex-col gap-4">
      <Link to={paths.imports} className="text-sm text-brand-700 underline">
        {L.backToList}
      </Link>
      <PageTitle>
        {t.imports}
        {state ? `: ${state.fileName}` : ''}
      </PageTitle>
      {state && (
        <>
          <p className="-mt-3 text-sm text-slate-600">
            {w.term(V.importKind, state.kind)} · {L.uploadedAtLine(w.dateTime(state.createdAt))} · {t.status}:{' '}
            <span data-testid="import-status">
              <TermBadge v={V.importStatus} id={state.status} />
            </span>
          </p>
          <ImportSteps status={state.status} />
        </>
      )}
      {error && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      {busy && (
        <p>
          {busy}…{' '}
          {state?.progress
            ? `${w.term(V.importPhase, state.progress.phase)} ${state.progress.done}/${state.progress.total}`
            : ''}
        </p>
      )}
      {state?.status === 'cancelled' && <p className="rounded border bg-slate-50 px-3 py-2">{L.cancelled}</p>}
      {state?.status === 'failed' && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          {L.failed(failureReason(state.error, lang))}
        </p>
      )}
      {state?.status === 'committing' && !busy && <p>{L.committing}</p>}
      {state?.status === 'uploaded' && !canValidate && <p>{L.waitingForUploader}</p>}
      {state && canValidate && sheet && (
        <div className="rounded-lg border bg-white p-4">
          {state.status === 'uploaded' ? (
            <>
              <ImportMapping sheet={sheet} busy={!!busy} onValidate={(m, s) => void validate(m, s)} />
              {state.actions.includes('cancel') && (
                <div className="mt-3">
                  <CancelImport busy={!!busy} onCancel={cancel} />
                </div>
              )}
            </>
          ) : (
            <details open={state.status === 'failed'}>
              <summary className="cursor-pointer font-semibold">{L.remap}</summary>
              <div className="mt-3">
                <ImportMapping sheet={sheet} busy={!!busy} onValidate={(m, s) => void validate(m, s)} />
              </div>
            </details>
          )}
        </div>
      )}
      {state && state.status !== 'uploaded' && state.counts.rows !== undefined && (
        <div className="rounded-lg border bg-white p-4" data-testid="import-summary">
          <ImportSummary
            state={state}
            busy={!!busy}
            onCommit={() => void run(t.commit, () => commitImport(id))}
            onCancel={cancel}
          />
          <ImportRows
            importId={id}
            version={`${state.status}:${state.validatedAt}:${JSON.stringify(state.counts)}`}
            editable={state.actions.includes('correct')}
            recordsProducts={state.kind === 'products'}
            onChanged={() => void getImport(id).then(setState)}
          />
        </div>
      )}
    </section>
  );
}
