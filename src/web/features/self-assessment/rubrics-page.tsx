// Rubric versions: which score sheets exist, from when, how many printed anomalies
// each keeps, whether a sheet already uses them; administrators import a new one
// (checked first as a dry run, with its diff against the version before).
import { useState } from 'react';
import { DataTable, PageTitle } from '../../components/ui/data-table.tsx';
import type { JsonValue } from '../../../shared/contracts/common.ts';
import { ApiError } from '../../lib/api-error.ts';
import { importRubric, listRubrics, type RubricImportReport } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { useAuth } from '../auth/auth-context.tsx';

export function RubricsPage() {
  const { t, lang, w } = useI18n();
  const { me } = useAuth();
  const list = useQuery('rubrics', listRubrics);
  const vi = lang === 'vi';
  const [files, setFiles] = useState<{ pack?: JsonValue; rules?: JsonValue }>({});
  const [report, setReport] = useState<RubricImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const read = async (file: File | undefined, key: 'pack' | 'rules') => {
    if (!file) return;
    try {
      const json = JSON.parse(await file.text());
      setFiles((f) => ({ ...f, [key]: json as JsonValue }));
      setError(null);
    } catch (err) {
      setError(`${file.name}: ${(err as Error).message}`);
    }
  };
  const submit = async (dryRun: boolean) => {
    setError(null);
    try {
      setReport(await importRubric({ pack: files.pack ?? null, rules: files.rules, dryRun }));
      if (!dryRun) list.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  return (
    <section>
      <PageTitle>{t.rubrics}</PageTitle>
      <DataTable
        caption={t.rubrics}
        rows={list.data?.items}
        loading={list.loading}
        error={list.error?.message}
        columns={[
          {
            key: 'title',
            header: vi ? 'Tên' : 'Title',
            card: 'title',
            cell: (v) => (
              <>
                {v.title}
                {!v.verified && (
                  <em className="ml-1 text-amber-800">
                    ({vi ? 'chưa đối chiếu bản chính thức' : 'not checked against the official text'})
                  </em>
                )}
              </>
            ),
          },
          {
            key: 'id',
            header: vi ? 'Mã phiên bản' : 'Version',
            cell: (v) => <span className="font-mono">{v.id}</span>,
          },
          {
            key: 'inForce',
            header: vi ? 'Hiệu lực' : 'In force',
            cell: (v) => `${w.date(v.effectiveFrom)} → ${v.effectiveTo ? w.date(v.effectiveTo) : '…'}`,
          },
          { key: 'sets', header: vi ? 'Bộ' : 'Sets', cell: (v) => v.sets },
          { key: 'warnings', header: vi ? 'Cảnh báo' : 'Warnings', cell: (v) => v.warnings },
          { key: 'rules', header: vi ? 'Quy tắc' : 'Rules', cell: (v) => v.rulesId ?? '—' },
          {
            key: 'state',
            header: vi ? 'Trạng thái' : 'State',
            cell: (v) =>
              v.inUse
                ? vi
                  ? 'Đã dùng để chấm (không sửa được)'
                  : 'Used by sheets (immutable)'
                : vi
                  ? 'Chưa dùng'
                  : 'Unused',
          },
        ]}
      />
      {me?.capabilities.includes('importRubric') && (
        <div className="mt-6 rounded-lg border bg-white p-4">
          <h2 className="font-semibold">{vi ? 'Nhập phiên bản bộ tiêu chí' : 'Import a rubric version'}</h2>
          <label className="mt-2 flex flex-col text-sm">
            {vi
              ? 'Tệp bộ tiêu chí (.json, định dạng resources/rubrics)'
              : 'Rubric file (.json, resources/rubrics format)'}
            <input type="file" accept=".json" onChange={(e) => void read(e.target.files?.[0], 'pack')} />
          </label>
          <label className="mt-2 flex flex-col text-sm">
            {vi ? 'Tệp quy tắc kèm theo (không bắt buộc)' : 'Rules overlay (optional)'}
            <input type="file" accept=".json" onChange={(e) => void read(e.target.files?.[0], 'rules')} />
          </label>
          <div className="mt-3 flex gap-2">
            <button
              type="button"
              disabled={!files.pack}
              onClick={() => void submit(true)}
              className="rounded border border-brand-600 px-3 py-2 text-brand-700 disabled:opacity-50"
            >
              {vi ? 'Kiểm tra' : 'Check'}
            </button>
            <button
              type="button"
              disabled={!report}
              onClick={() => void submit(false)}
              className="rounded bg-brand-600 px-3 py-2 text-white disabled:opacity-50"
            >
              {vi ? 'Nhập' : 'Import'}
            </button>
          </div>
          {error && (
            <p role="alert" className="mt-2 text-red-800">
              {error}
            </p>
          )}
          {report && (
            <div className="mt-3 text-sm" data-testid="rubric-report">
              <p>
                {report.id}: {report.warnings.length} {vi ? 'cảnh báo' : 'warnings'};{' '}
                {report.previous
                  ? `${report.diff.length} ${vi ? 'thay đổi so với' : 'changes against'} ${report.previous}`
                  : vi
                    ? 'không có phiên bản trước'
                    : 'no previous version'}
              </p>
              <ul className="ml-4 list-disc">
                {report.warnings.map((w, i) => (
                  <li key={i}>
                    {vi ? 'Bộ' : 'Set'} {w.set} {w.where}: {w.code} — {w.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
