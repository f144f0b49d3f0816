// Suspected duplicates in the officer's territory, ranked, with the signals that
// matched; the officer opens both records and judges.
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { V } from '../../../shared/vocabulary.ts';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { paths } from '../../config/paths.ts';
import { listDuplicates } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';

export function DuplicatesPage() {
  const { t, w, lang } = useI18n();
  const [page, setPage] = useState(1);
  const list = useQuery(`dups:${page}`, () => listDuplicates({ minScore: 0.6, page, pageSize: 20 }));
  const title = lang === 'vi' ? 'Sản phẩm nghi trùng lặp' : 'Suspected duplicate products';
  return (
    <section>
      <PageTitle>{title}</PageTitle>
      {list.error && <p role="alert">{list.error.message}</p>}
      {list.data?.items.length === 0 && (
        <p className="rounded border bg-white p-4 text-slate-600">{t.empty}</p>
      )}
      <ul className="flex flex-col gap-2">
        {list.data?.items.map((p) => (
          <li key={`${p.a.id}-${p.b.id}`} className="rounded-lg border bg-white p-3">
            <div className="flex flex-wrap items-baseline gap-2">
              <strong className="text-brand-700">{Math.round(p.score * 100)}%</strong>
              <Link to={paths.product(p.a.id)} className="underline">
                {p.a.name}
              </Link>{' '}
              <span className="text-sm text-slate-600">({p.a.producerName})</span>
              <span aria-hidden>↔</span>
              <Link to={paths.product(p.b.id)} className="underline">
                {p.b.name}
              </Link>{' '}
              <span className="text-sm text-slate-600">({p.b.producerName})</span>
            </div>
            <p className="text-sm text-slate-700">
              {p.reasons.map((r) => w.term(V.duplicateReason, r)).join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      {(list.data?.total ?? 0) > 20 && (
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
            disabled={page * 20 >= (list.data?.total ?? 0)}
            onClick={() => setPage(page + 1)}
            className="rounded border px-3 py-1 disabled:opacity-40"
          >
            {t.next}
          </button>
        </div>
      )}
    </section>
  );
}
