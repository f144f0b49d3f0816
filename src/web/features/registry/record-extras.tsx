// Below a record: its certificates (with today's state and, where the facts to print
// it are known, its printed PDF, then what their life asks now: renewal for the
// producer, revocation for officers) and its change history from the audit trail; and
// the form that adds a product to a producer.
import { mayCarryMark } from '../../../domain/certificates/certificate-state.ts';
import { V } from '../../../shared/vocabulary.ts';
import { ChangeList } from '../../components/ui/change-list.tsx';
import { DataTable, Stars } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { CertificateLife } from '../lifecycle/certificate-life.tsx';
import { createProduct, getProductDetails, historyOf, listCertificates, updateProduct } from './api.ts';
import { ProductForm } from './product-form.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';

export function HistoryList({
  kind,
  recordId,
  version = 0,
}: {
  kind: 'producers' | 'products';
  recordId: string;
  version?: number;
}) {
  const { t, lang, w } = useI18n();
  const history = useQuery(`history:${kind}:${recordId}:${version}`, () => historyOf(kind, recordId));
  return (
    <section className="mt-4 rounded-lg border bg-white p-4">
      <h2 className="mb-2 font-semibold">{t.changeHistory}</h2>
      {history.data?.items.length === 0 && <p className="text-slate-500">{t.empty}</p>}
      <ol className="flex flex-col gap-1 text-sm">
        {history.data?.items.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{w.dateTime(e.at)}</time> — {e.actorLabel}:{' '}
            <span data-action={e.action}>{e.label[lang]}</span>
            {e.summary ? ` (${e.summary})` : ''}
            <ChangeList changes={e.changes} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A certificate printed with its QR code; one recorded from a list without its facts cannot be. */
const certificatePdfUrl = (id: string) => `/api/certificates/${encodeURIComponent(id)}/pdf`;
const printable = (c: {
  decisionNo: string | null;
  decisionDate: string | null;
  validUntil: string | null;
  stars: number | null;
}) => !!c.decisionNo && !!c.decisionDate && !!c.validUntil && (c.stars ?? 0) >= 3;

export function CertificateList({ productId, onChanged }: { productId: string; onChanged?(): void }) {
  const { lang, w } = useI18n();
  const certs = useQuery(`cert:${productId}`, () => listCertificates(productId));
  if (!certs.data?.length) return null;
  return (
    <section className="mt-4 rounded-lg border bg-white p-4">
      <h2 className="mb-2 font-semibold">{lang === 'vi' ? 'Giấy chứng nhận' : 'Certificates'}</h2>
      <DataTable
        caption={lang === 'vi' ? 'Giấy chứng nhận' : 'Certificates'}
        rows={certs.data}
        loading={certs.loading}
        columns={[
          {
            key: 'stars',
            header: lang === 'vi' ? 'Hạng sao' : 'Stars',
            card: 'title',
            cell: (c) => <Stars n={c.stars} former={!mayCarryMark(c.state)} />,
          },
          {
            key: 'decision',
            header: lang === 'vi' ? 'Quyết định' : 'Decision',
            // a certificate recorded from a published list may lack its number or date: said, not invented
            cell: (c) =>
              `${c.decisionNo ?? (lang === 'vi' ? 'Chưa rõ số' : 'Number unknown')} (${
                c.decisionDate
                  ? w.date(c.decisionDate)
                  : c.decisionYear
                    ? `${lang === 'vi' ? 'năm' : 'year'} ${c.decisionYear}`
                    : lang === 'vi'
                      ? 'chưa rõ ngày'
                      : 'date unknown'
              })`,
          },
          {
            key: 'until',
            header: lang === 'vi' ? 'Hiệu lực đến' : 'Valid until',
            cell: (c) => w.date(c.validUntil),
          },
          {
            key: 'state',
            header: lang === 'vi' ? 'Tình trạng hôm nay' : 'State today',
            cell: (c) => (
              <span data-state={c.state}>
                <TermBadge v={V.certificateState} id={c.state} />
              </span>
            ),
          },
          {
            key: 'print',
            header: lang === 'vi' ? 'Bản in' : 'Printed copy',
            cell: (c) =>
              printable(c) ? (
                <a
                  href={certificatePdfUrl(c.id)}
                  target="_blank"
                  rel="noopener"
                  className="text-brand-700 underline"
                >
                  {lang === 'vi' ? 'In giấy chứng nhận' : 'Print the certificate'}
                </a>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <CertificateLife
        productId={productId}
        certificates={certs.data}
        onChanged={() => {
          certs.reload();
          onChanged?.();
        }}
      />
    </section>
  );
}

export function AddProductForm({
  producerId,
  onCreated,
}: {
  producerId: string;
  onCreated(id: string, warnings: number): void;
}) {
  const { t } = useI18n();
  return (
    <ProductForm
      title={t.addProduct}
      onSubmit={async (values) => {
        const r = await createProduct({ producerId, ...values });
        onCreated(r.id, r.suspectedDuplicates.length);
      }}
    />
  );
}

export function ProductEditor({ productId, onSaved }: { productId: string; onSaved(): void }) {
  const { lang } = useI18n();
  const details = useQuery(`pdetails:${productId}`, () => getProductDetails(productId));
  if (!details.data) return null;
  return (
    <ProductForm
      title={lang === 'vi' ? 'Sửa thông tin sản phẩm' : 'Edit the product'}
      initial={details.data}
      onSubmit={async (values) => {
        await updateProduct(productId, { ...values, expectedUpdatedAt: details.data!.updatedAt });
        details.reload();
        onSaved();
      }}
    />
  );
}
