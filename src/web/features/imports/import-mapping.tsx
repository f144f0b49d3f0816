// The mapping step: which column of the file fills which field (guessed, or saved
// for files with the same headers), the first rows to check it against, and the
// check that stages every row.
import { useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import type { ImportSheetView } from './api.ts';

export function ImportMapping({
  sheet,
  busy,
  onValidate,
}: {
  sheet: ImportSheetView;
  busy: boolean;
  onValidate(mapping: Record<string, number | null>, saveAs: string): void;
}) {
  const { t } = useI18n();
  const [mapping, setMapping] = useState<Record<string, number | null>>(sheet.mapping);
  const [saveAs, setSaveAs] = useState('');
  return (
    <div>
      <h2 className="mb-2 text-lg font-semibold">
        {t.mapping}
        {sheet.savedMapping ? ` (“${sheet.savedMapping}”)` : ''}
      </h2>
      <div className="grid gap-2 md:grid-cols-2 lg:grid-cols-3">
        {sheet.fields.map((f) => (
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
              {sheet.columns.map((c) => (
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
              {sheet.sample.map((row, i) => (
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
          onClick={() => onValidate(mapping, saveAs)}
          disabled={busy}
          className="rounded bg-brand-600 px-4 py-2 text-white disabled:opacity-60"
        >
          {t.validate}
        </button>
      </div>
    </div>
  );
}
