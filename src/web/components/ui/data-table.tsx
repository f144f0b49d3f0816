// A paginated table with an empty state; columns render their own cells.
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { useMedia, WIDE } from '../../lib/use-media.ts';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** on a phone's card: 'title' heads the card, 'hide' leaves the column out; otherwise label: value */
  card?: 'title' | 'hide';
}

// Said beside an estimated total (the API's totalExact: false): the count stopped at a limit.
const MORE_THAN = { vi: 'hơn', en: 'more than' } as const;
const ABOUT = { vi: 'ước tính khoảng', en: 'estimated at about' } as const;
const ESTIMATE_NOTE = {
  vi: 'Danh sách lớn: chỉ đếm chính xác đến giới hạn; con số sau là ước tính của cơ sở dữ liệu.',
  en: 'A large list: counted exactly up to the limit; the second figure is the database’s estimate.',
} as const;

export function DataTable<T extends { id: string | number }>(props: {
  caption: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  loading: boolean;
  error?: string;
  /** paging: leave out page, pageSize, total and onPage for a short list shown whole */
  page?: number;
  pageSize?: number;
  total?: number;
  /** false: the API stopped counting after totalMoreThan rows and total is its estimate */
  totalExact?: boolean;
  totalMoreThan?: number;
  /** what an empty list says instead of the generic "nothing matches" (e.g. what was searched) */
  empty?: ReactNode;
  onPage?(page: number): void;
}) {
  const { t, lang, w } = useI18n();
  const estimated = props.totalExact === false;
  const { page = 1, pageSize = props.rows?.length || 1, total = props.rows?.length ?? 0, onPage } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  // An estimated total may be short or long of the truth: the next page exists while this one is full.
  const hasNext = estimated ? (props.rows?.length ?? 0) >= pageSize : page < pages;
  const wide = useMedia(WIDE);
  // While a new page or filter loads, the rows of the last answer stay, dimmed, and the list is marked busy.
  const stale = props.loading && props.rows !== undefined;
  return (
    <div
      className="rounded-lg border border-slate-200 bg-white shadow-sm"
      aria-busy={props.loading}
      data-testid="data-table"
    >
      <div className={stale ? 'opacity-60 transition-opacity' : undefined}>
        {wide ? (
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
                      {props.empty ?? t.empty}
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
        ) : (
          <Cards {...props} />
        )}
      </div>
      {onPage && (
        <nav
          className="flex items-center justify-between gap-2 border-t border-slate-100 px-3 py-2 text-sm"
          aria-label={t.page}
        >
          {estimated ? (
            <span data-testid="list-total" title={ESTIMATE_NOTE[lang]}>
              {t.total}: {MORE_THAN[lang]} {w.number(props.totalMoreThan ?? 0)} ({ABOUT[lang]}{' '}
              {w.number(total)}) · {t.page} {page}
            </span>
          ) : (
            <span data-testid="list-total">
              {t.total}: {w.number(total)} · {t.page} {page} {t.of} {pages}
            </span>
          )}
          <span className="flex gap-2">
            <button
              type="button"
              className="rounded border px-3 py-1 disabled:opacity-40"
              disabled={page <= 1}
              onClick={() => onPage(page - 1)}
            >
              {t.previous}
            </button>
            <button
              type="button"
              className="rounded border px-3 py-1 disabled:opacity-40"
              disabled={!hasNext}
              onClick={() => onPage(page + 1)}
            >
              {t.next}
            </button>
          </span>
        </nav>
      )}
    </div>
  );
}

/** The same rows as cards, for a phone: the title column heads each card, the others follow as label: value. */
function Cards<T extends { id: string | number }>(props: {
  caption: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  loading: boolean;
  error?: string;
  empty?: ReactNode;
}) {
  const { t } = useI18n();
  const title = props.columns.find((c) => c.card === 'title') ?? props.columns[0];
  const rest = props.columns.filter((c) => c !== title && c.card !== 'hide');
  return (
    <div>
      <h2 className="sr-only">{props.caption}</h2>
      {props.error && (
        <p className="px-3 py-6 text-red-700" role="alert">
          {props.error}
        </p>
      )}
      {!props.error && props.loading && !props.rows && (
        <p className="px-3 py-6 text-slate-500">{t.loading}</p>
      )}
      {!props.error && props.rows?.length === 0 && (
        <p className="px-3 py-6 text-slate-500">{props.empty ?? t.empty}</p>
      )}
      <ul className="divide-y divide-slate-100" data-testid="card-list">
        {props.rows?.map((row) => (
          <li key={row.id} className="px-3 py-3">
            <div className="font-medium break-words">{title.cell(row)}</div>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
              {rest.map((c) => (
                <div key={c.key} className="contents">
                  <dt className="text-slate-500">{c.header}</dt>
                  <dd className="min-w-0 break-words">{c.cell(row)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 className="mb-4 text-2xl font-semibold text-slate-900">{children}</h1>;
}

/** Stars as one image named in the reader's language ("3 sao", "formerly 3 stars"), not as ★ characters read one by one. */
export function Stars({ n, former = false }: { n: number | null; former?: boolean }) {
  const { lang } = useI18n();
  if (!n) return <span className="text-slate-400">—</span>;
  const label =
    lang === 'vi'
      ? `${former ? 'trước đây ' : ''}${n} sao`
      : `${former ? 'formerly ' : ''}${n} star${n > 1 ? 's' : ''}`;
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      className={former ? 'text-slate-400 line-through' : 'text-amber-600'}
    >
      {'★'.repeat(n)}
    </span>
  );
}
