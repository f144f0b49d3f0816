// Self-assessment sheets within scope, and the form that opens one for a product and
// year (the rubric version in force is chosen by the server).
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { vietnamYearOf } from '../../../domain/time/vietnam-date.ts';
import { CertificateStars, CertificateStateBadge } from '../../components/ui/certificate-badge.tsx';
import { DataTable, PageTitle, Stars } from '../../components/ui/data-table.tsx';
import { paths } from '../../config/paths.ts';
import { ApiError } from '../../lib/api-error.ts';
import { createSheet, listOwnProducts, listSheets } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { LABELS } from './labels.ts';

export function SelfAssessmentListPage() {
  const { t, lang, w } = useI18n();
  const L = LABELS[lang];
  const [page, setPage] = useState(1);
  const list = useQuery(`sa-list:${page}`, () => listSheets({ page, pageSize: 20 }));
  return (
    <section>
      <PageTitle>{t.selfAssessments}</PageTitle>
      <StartForm />
      <DataTable
        caption={t.selfAssessments}
        rows={list.data?.items}
        loading={list.loading}
        error={list.error?.message}
        page={page}
        pageSize={20}
        total={list.data?.total ?? 0}
        onPage={setPage}
        columns={[
          {
            key: 'product',
            header: L.product,
            cell: (r) => (
              <Link to={paths.selfAssessment(r.id)} className="text-brand-700 underline">
                {r.productName}
              </Link>
            ),
          },
          { key: 'producer', header: t.producer, cell: (r) => r.producerName },
          { key: 'year', header: L.year, cell: (r) => r.year },
          { key: 'set', header: t.productSet, cell: (r) => `${r.setNo} (${r.rubricVersionId})` },
          { key: 'total', header: L.total, cell: (r) => r.total },
          {
            key: 'stars',
            header: t.stars,
            cell: (r) =>
              r.stars === null ? (
                <span className="text-slate-500">{L.notAssessed}</span>
              ) : (
                <Stars n={r.stars} />
              ),
          },
          {
            // what the product holds today, beside what the sheet predicts
            key: 'certificate',
            header: t.currentCertificate,
            cell: (r) => (
              <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
                {r.certificate && <CertificateStars certificate={r.certificate} />}
                <CertificateStateBadge certificate={r.certificate} />
              </span>
            ),
          },
          { key: 'status', header: t.status, cell: (r) => (r.status === 'final' ? L.final : L.draft) },
          {
            key: 'updated',
            header: t.updated,
            cell: (r) => w.date(r.updatedAt),
          },
        ]}
      />
    </section>
  );
}

function StartForm() {
  const { lang } = useI18n();
  const L = LABELS[lang];
  const navigate = useNavigate();
  const products = useQuery('sa-products', listOwnProducts);
  const [productId, setProductId] = useState('');
  const [year, setYear] = useState(vietnamYearOf(new Date()));
  const [reuse, setReuse] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const chosen = productId || products.data?.items[0]?.id || '';
  if (products.data?.items.length === 0)
    return <p className="mb-4 rounded border bg-white p-3 text-slate-600">{L.noProducts}</p>;
  const open = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const sheet = await createSheet({ productId: chosen, year, reusePrevious: reuse });
      void navigate({ to: paths.selfAssessment(sheet.id) });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  return (
    <form
      onSubmit={(e) => void open(e)}
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border bg-white p-3"
      aria-label={L.start}
    >
      <label className="flex flex-col text-sm">
        <span>{L.product}</span>
        <select
          value={chosen}
          onChange={(e) => setProductId(e.target.value)}
          className="rounded border px-2 py-2"
          required
        >
          {products.data?.items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.productSet ? ` (${L.setNo(p.productSet)})` : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        <span>{L.year}</span>
        <input
          type="number"
          min={2019}
          max={2100}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          className="w-28 rounded border px-2 py-2"
        />
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={reuse} onChange={(e) => setReuse(e.target.checked)} />
        {L.reuse}
      </label>
      <button
        type="submit"
        disabled={!chosen}
        className="rounded bg-brand-600 px-3 py-2 text-white disabled:opacity-50"
      >
        {L.open}
      </button>
      {error && (
        <p role="alert" className="w-full text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}
