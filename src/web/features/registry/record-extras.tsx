// Below a record: its certificates (with today's state) and its change history
// from the audit trail; and the form that adds a product to a producer.
import { V } from '../../../shared/vocabulary.ts';
import { Stars } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
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
          </li>
        ))}
      </ol>
    </section>
  );
}

export function CertificateList({ productId }: { productId: string }) {
  const { lang, w } = useI18n();
  const certs = useQuery(`cert:${productId}`, () => listCertificates(productId));
  if (!certs.data?.length) return null;
  return (
    <section className="mt-4 rounded-lg border bg-white p-4">
      <h2 className="mb-2 font-semibold">{lang === 'vi' ? 'Giấy chứng nhận' : 'Certificates'}</h2>
      <table className="w-full text-left text-sm">
        <tbody>
          {certs.data.map((c) => (
            <tr key={c.id} className="border-t">
              <td className="py-1">
                <Stars n={c.stars} />
              </td>
              <td>
                {c.decisionNo} ({w.date(c.decisionDate)})
              </td>
              <td>→ {w.date(c.validUntil)}</td>
              <td data-state={c.state}>
                <TermBadge v={V.certificateState} id={c.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
