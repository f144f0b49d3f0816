// Below a record: its certificates (with today's state) and its change history
// from the audit trail; and the form that adds a product to a producer.
import { Stars } from '../../components/ui/data-table.tsx';
import { createProduct, getProductDetails, historyOf, listCertificates, updateProduct } from './api.ts';
import { ProductForm } from './product-form.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';

const STATE_VI: Record<string, string> = {
  valid: 'Còn hiệu lực',
  renewalWindowOpen: 'Trong thời hạn đánh giá lại',
  renewalWindowClosed: 'Sắp hết hạn',
  renewalFiled: 'Đã nộp hồ sơ đánh giá lại',
  graceAfterExpiry: 'Chờ quyết định đánh giá lại',
  expired: 'Hết hiệu lực',
  revoked: 'Đã thu hồi',
  superseded: 'Đã thay thế',
  lapsed: 'Hết hạn, không đánh giá lại',
};

export function HistoryList({
  kind,
  recordId,
  version = 0,
}: {
  kind: 'producers' | 'products';
  recordId: string;
  version?: number;
}) {
  const { t, lang } = useI18n();
  const history = useQuery(`history:${kind}:${recordId}:${version}`, () => historyOf(kind, recordId));
  return (
    <section className="mt-4 rounded-lg border bg-white p-4">
      <h2 className="mb-2 font-semibold">{t.changeHistory}</h2>
      {history.data?.items.length === 0 && <p className="text-slate-500">{t.empty}</p>}
      <ol className="flex flex-col gap-1 text-sm">
        {history.data?.items.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{new Date(e.at).toLocaleString('vi-VN')}</time> — {e.actorLabel}:{' '}
            <span title={e.action}>{e.label[lang]}</span>
            {e.summary ? ` (${e.summary})` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function CertificateList({ productId }: { productId: string }) {
  const { lang } = useI18n();
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
                {c.decisionNo} ({c.decisionDate})
              </td>
              <td>→ {c.validUntil}</td>
              <td data-state={c.state}>{lang === 'vi' ? (STATE_VI[c.state] ?? c.state) : c.state}</td>
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
