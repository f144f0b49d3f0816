// Staged rows of an import by status, with each problem named by field and told
// apart by an icon and a word (Lỗi / Cảnh báo), not by colour alone.
import { useState } from 'react';
import { ApiError } from '../../lib/api-error.ts';
import { correctImportRow, listImportRows, type ImportRowView } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { IMPORT_LABELS } from './labels.ts';
import { importFieldLabel } from '../../../shared/import-fields.ts';
import { V } from '../../../shared/vocabulary.ts';

export function ImportRows({
  importId,
  version,
  editable,
  recordsProducts,
  onChanged,
}: {
  importId: string;
  /** changes whenever the rows may have changed (a new check, a commit) */
  version: string;
  /** rows may be corrected now (the caller's `correct` action) */
  editable: boolean;
  /** a list of products: each row also says what it records and the facts it lacks (a producers list has neither) */
  recordsProducts: boolean;
  onChanged?(): void;
}) {
  const { t, lang } = useI18n();
  const L = IMPORT_LABELS[lang];
  const [editing, setEditing] = useState<number | null>(null);
  const [status, setStatus] = useState('invalid');
  const [page, setPage] = useState(1);
  const rows = useQuery(`${importId}:${version}:${status}:${page}`, () =>
    listImportRows(importId, { status, page, pageSize: 50 }),
  );
  const tabs: [string, string][] = [
    ['invalid', t.invalid],
    ['review', t.review],
    ['duplicate', t.duplicate],
    ['valid', t.valid],
    ['incomplete', t.incomplete],
    ['committed', t.done],
  ];
  return (
    <div className="mt-3">
      <div role="tablist" className="flex flex-wrap gap-1">
        {tabs.map(([k, label]) => (
          <button
            key={k}
            role="tab"
            aria-selected={status === k}
            type="button"
            onClick={() => {
              setStatus(k);
              setPage(1);
            }}
            className={`rounded px-3 py-1 ${status === k ? 'bg-brand-600 text-white' : 'border'}`}
          >
            {label}
          </button>
        ))}
      </div>
      <table className="mt-2 w-full text-left text-sm">
        <thead className="bg-slate-100">
          <tr>
            <th className="px-2 py-1">{t.rowNo}</th>
            {recordsProducts && <th className="px-2 py-1">{L.rowKind}</th>}
            <th className="px-2 py-1">{t.producer}</th>
            <th className="px-2 py-1">{t.products}</th>
            <th className="px-2 py-1">{t.problems}</th>
          </tr>
        </thead>
        <tbody>
          {rows.data?.items.length === 0 && (
            <tr>
              <td colSpan={recordsProducts ? 5 : 4} className="px-2 py-3 text-slate-500">
                {t.empty}
              </td>
            </tr>
          )}
          {rows.data?.items.map((r) => (
            <tr key={r.rowNo} className="border-t align-top">
              <td className="px-2 py-1">{r.rowNo}</td>
              {recordsProducts && (
                <td className="px-2 py-1">
                  <RowKind row={r} />
                </td>
              )}
              <td className="px-2 py-1">{r.values.producer?.name ?? '—'}</td>
              <td className="px-2 py-1">{r.values.product?.name ?? '—'}</td>
              <td className="px-2 py-1">
                {recordsProducts && <RowGaps row={r} />}
                {r.errors.length + r.warnings.length > 0 && (
                  <ul aria-label={L.problemsOfRow(r.rowNo)} className="flex flex-col gap-1">
                    {r.errors.map((e, i) => (
                      <IssueLine key={`e${i}`} kind="error" field={e.field} message={e.message[lang]} />
                    ))}
                    {r.warnings.map((w, i) => (
                      <IssueLine key={`w${i}`} kind="warning" field={w.field} message={w.message[lang]} />
                    ))}
                  </ul>
                )}
                {(r.status === 'invalid' || r.status === 'review') &&
                  editable &&
                  (editing === r.rowNo ? (
                    <RowEditor
                      importId={importId}
                      row={r}
                      onDone={() => {
                        setEditing(null);
                        rows.reload();
                        onChanged?.();
                      }}
                    />
                  ) : (
                    <button
                      type="button"
                      className="mt-1 text-sm underline"
                      onClick={() => setEditing(r.rowNo)}
                    >
                      {L.correctRow}
                    </button>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {(rows.data?.total ?? 0) > 50 && (
        <div className="mt-2 flex gap-2">
          <button
            type="button"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
            className="rounded border px-3 py-1 disabled:opacity-40"
          >
            {t.previous}
          </button>
          <button
            type="button"
            disabled={page * 50 >= (rows.data?.total ?? 0)}
            onClick={() => setPage(page + 1)}
            className="rounded border px-3 py-1 disabled:opacity-40"
          >
            {t.next}
          </button>
        </div>
      )}
    </div>
  );
}

/** What the row records (a recognition, a council result, a proposal to the centre, a revocation) and, when it says, the kind of evaluation. */
export function RowKind({ row }: { row: Pick<ImportRowView, 'values'> }) {
  const { w } = useI18n();
  const { kind, evaluation } = row.values;
  return (
    <span data-row-kind={kind}>
      {w.term(V.importRowKind, kind)}
      {evaluation && (
        <span className="block text-xs text-slate-600">{w.term(V.dossierKind, evaluation)}</span>
      )}
    </span>
  );
}

/** The facts the row lacks, which the import records as gaps to complete later (the worklist lists them). */
export function RowGaps({ row }: { row: Pick<ImportRowView, 'values' | 'rowNo'> }) {
  const { w, lang } = useI18n();
  if (!row.values.gaps.length) return null;
  return (
    <ul aria-label={IMPORT_LABELS[lang].gapsOfRow(row.rowNo)} className="mb-1 flex flex-wrap gap-1">
      {row.values.gaps.map((g) => (
        <li key={g} data-gap={g} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
          {w.term(V.incompleteFact, g)}
        </li>
      ))}
    </ul>
  );
}

/** One problem of a row: an icon and a word say whether it is an error or a warning; colour only repeats it. */
export function IssueLine({
  kind,
  field,
  message,
}: {
  kind: 'error' | 'warning';
  field: string;
  message: string;
}) {
  const { lang } = useI18n();
  const word = kind === 'error' ? IMPORT_LABELS[lang].error : IMPORT_LABELS[lang].warning;
  const fieldWords = importFieldLabel(field, lang);
  return (
    <li
      data-issue={kind}
      className={`flex items-start gap-1 ${kind === 'error' ? 'text-red-800' : 'text-amber-900'}`}
    >
      {kind === 'error' ? <ErrorIcon /> : <WarningIcon />}
      <span>
        <strong>{word}:</strong> <span data-field={field}>{fieldWords}</span> — {message}
      </span>
    </li>
  );
}

const ErrorIcon = () => (
  <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-0.5 h-4 w-4 shrink-0" fill="currentColor">
    <circle cx="8" cy="8" r="7" />
    <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="white" strokeWidth="1.8" strokeLinecap="round" />
  </svg>
);

const WarningIcon = () => (
  <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-0.5 h-4 w-4 shrink-0" fill="currentColor">
    <path d="M8 1.5l7 13H1z" />
    <path d="M8 6v4" stroke="white" strokeWidth="1.8" strokeLinecap="round" />
    <circle cx="8" cy="12.2" r="1" fill="white" />
  </svg>
);

/** Inputs for the cells the checks complained about (and the ones a review needs), prefilled from the file. */
function RowEditor({ importId, row, onDone }: { importId: string; row: ImportRowView; onDone(): void }) {
  const { t, lang } = useI18n();
  const fields = [
    ...new Set([
      ...row.errors.map((e) => e.field),
      ...(row.status === 'review' ? ['producerName', 'decision'] : []),
    ]),
  ];
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(fields.map((f) => [f, row.raw[f] == null ? '' : String(row.raw[f])])),
  );
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      await correctImportRow(importId, row.rowNo, {
        values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim() || null])),
      });
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  return (
    <div className="mt-2 flex flex-col gap-1 rounded border bg-slate-50 p-2">
      {fields.map((f) => (
        <label key={f} className="flex items-center gap-2 text-sm">
          <span className="w-32">{importFieldLabel(f, lang)}</span>
          <input
            className="flex-1 rounded border px-2 py-1"
            value={values[f] ?? ''}
            onChange={(e) => setValues({ ...values, [f]: e.target.value })}
          />
        </label>
      ))}
      {error && (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      )}
      <button
        type="button"
        onClick={() => void save()}
        className="self-start rounded bg-brand-600 px-3 py-1 text-white"
      >
        {t.save}
      </button>
    </div>
  );
}
