// Staged rows of an import by status, with each problem named by field.
import { useState } from 'react';
import { ApiError } from '../../lib/api-error.ts';
import { correctImportRow, listImportRows, type ImportRowView } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';

export function ImportRows({
  importId,
  version,
  onChanged,
}: {
  importId: string;
  version: string;
  onChanged?(): void;
}) {
  const { t, lang } = useI18n();
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
            <th className="px-2 py-1">{t.producer}</th>
            <th className="px-2 py-1">{t.products}</th>
            <th className="px-2 py-1">{t.problems}</th>
          </tr>
        </thead>
        <tbody>
          {rows.data?.items.length === 0 && (
            <tr>
              <td colSpan={4} className="px-2 py-3 text-slate-500">
                {t.empty}
              </td>
            </tr>
          )}
          {rows.data?.items.map((r) => (
            <tr key={r.rowNo} className="border-t align-top">
              <td className="px-2 py-1">{r.rowNo}</td>
              <td className="px-2 py-1">{r.values.producer?.name ?? '—'}</td>
              <td className="px-2 py-1">{r.values.product?.name ?? '—'}</td>
              <td className="px-2 py-1">
                {r.errors.map((e, i) => (
                  <div key={`e${i}`} className="text-red-800">
                    [{e.field}] {e.message[lang]}
                  </div>
                ))}
                {r.warnings.map((w, i) => (
                  <div key={`w${i}`} className="text-amber-800">
                    [{w.field}] {w.message[lang]}
                  </div>
                ))}
                {(r.status === 'invalid' || r.status === 'review') &&
                  version === 'validated' &&
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
                      {lang === 'vi' ? 'Sửa dòng này' : 'Correct this row'}
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

/** Inputs for the cells the checks complained about (and the ones a review needs), prefilled from the file. */
function RowEditor({ importId, row, onDone }: { importId: string; row: ImportRowView; onDone(): void }) {
  const { t } = useI18n();
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
          <span className="w-32">{f}</span>
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
