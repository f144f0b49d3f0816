// A paginated table with an empty state; columns render their own cells.
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n.tsx';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
}

export function DataTable<T extends { id: string | number }>(props: {
  caption: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  loading: boolean;
  error?: string;
  page: number;
  pageSize: number;
  total: number;
  onPage(page: number): void;
}) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <div className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{props.caption}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              {props.columns.map((c) => (
                <th key={c.key} scope="col" className="px-3 py-2 font-semibold">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.error && (
              <tr>
                <td colSpan={props.columns.length} className="px-3 py-6 text-red-700" role="alert">
                  {props.error}
                </td>
              </tr>
            )}
            {!props.error && props.loading && !props.rows && (
              <tr>
                <td colSpan={props.columns.length} className="px-3 py-6 text-slate-500">
                  {t.loading}
                </td>
              </tr>
            )}
            {!props.error && props.rows?.length === 0 && (
              <tr>
                <td colSpan={props.columns.length} className="px-3 py-6 text-slate-500">
                  {t.empty}
                </td>
              </tr>
            )}
            {props.rows?.map((row) => (
              <tr key={row.id} className="border-t border-slate-100 hover:bg-brand-50">
                {props.columns.map((c) => (
                  <td key={c.key} className="px-3 py-2 align-top">
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav
        className="flex items-center justify-between gap-2 border-t border-slate-100 px-3 py-2 text-sm"
        aria-label={t.page}
      >
        <span>
          {t.total}: {props.total.toLocaleString('vi-VN')} · {t.page} {props.page} {t.of} {pages}
        </span>
        <span className="flex gap-2">
          <button
            type="button"
            className="rounded border px-3 py-1 disabled:opacity-40"
            disabled={props.page <= 1}
            onClick={() => props.onPage(props.page - 1)}
          >
            {t.previous}
          </button>
          <button
            type="button"
            className="rounded border px-3 py-1 disabled:opacity-40"
            disabled={props.page >= pages}
            onClick={() => props.onPage(props.page + 1)}
          >
            {t.next}
          </button>
        </span>
      </nav>
    </div>
  );
}

export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 className="mb-4 text-2xl font-semibold text-slate-900">{children}</h1>;
}

export function Stars({ n }: { n: number | null }) {
  if (!n) return <span className="text-slate-400">—</span>;
  return (
    <span role="img" aria-label={`${n} sao`} className="text-amber-600">
      {'★'.repeat(n)}
    </span>
  );
}
