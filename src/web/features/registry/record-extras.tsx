// Below a record: its certificates (with today's state) and its change history
// from the audit trail; and the form that adds a product to a producer.
import { useState, type FormEvent } from 'react';
import { PRODUCT_SETS } from '../../../shared/registry.ts';
import { Stars } from '../../components/ui/data-table.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';

interface Entry { id: number; at: string; actorLabel: string; action: string; summary: string; after: unknown }
interface Certificate { id: string; stars: number; decisionNo: string; decisionDate: string; validUntil: string; state: string; historical: boolean }

const STATE_VI: Record<string, string> = {
  valid: 'Còn hiệu lực', renewalWindowOpen: 'Trong thời hạn đánh giá lại', renewalWindowClosed: 'Sắp hết hạn', renewalFiled: 'Đã nộp hồ sơ đánh giá lại',
  graceAfterExpiry: 'Chờ quyết định đánh giá lại', expired: 'Hết hiệu lực', revoked: 'Đã thu hồi', superseded: 'Đã thay thế', lapsed: 'Hết hạn, không đánh giá lại',
};

export function HistoryList({ path }: { path: string }) {
  const { t } = useI18n();
  const history = useQuery(path, () => api<{ items: Entry[] }>(path));
  return (
    <section className="mt-4 rounded-lg border bg-white p-4">
      <h2 className="mb-2 font-semibold">{t.changeHistory}</h2>
      {history.data?.items.length === 0 && <p className="text-slate-500">{t.empty}</p>}
      <ol className="flex flex-col gap-1 text-sm">
        {history.data?.items.map((e) => (
          <li key={e.id}><time dateTime={e.at}>{new Date(e.at).toLocaleString('vi-VN')}</time> — {e.actorLabel}: <code>{e.action}</code>{e.summary ? ` (${e.summary})` : ''}</li>
        ))}
      </ol>
    </section>
  );
}

export function CertificateList({ productId }: { productId: string }) {
  const { lang } = useI18n();
  const certs = useQuery(`cert:${productId}`, () => api<Certificate[]>(`/api/products/${productId}/certificates`));
  if (!certs.data?.length) return null;
  return (
    <section className="mt-4 rounded-lg border bg-white p-4">
      <h2 className="mb-2 font-semibold">{lang === 'vi' ? 'Giấy chứng nhận' : 'Certificates'}</h2>
      <table className="w-full text-left text-sm">
        <tbody>
          {certs.data.map((c) => (
            <tr key={c.id} className="border-t"><td className="py-1"><Stars n={c.stars} /></td><td>{c.decisionNo} ({c.decisionDate})</td><td>→ {c.validUntil}</td><td data-state={c.state}>{lang === 'vi' ? STATE_VI[c.state] ?? c.state : c.state}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function AddProductForm({ producerId, onCreated }: { producerId: string; onCreated(id: string, warnings: number): void }) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim() || undefined;
    try {
      const r = await api<{ id: string; suspectedDuplicates: unknown[] }>('/api/products', {
        method: 'POST',
        body: { producerId, name: text('name'), productSet: Number(f.get('productSet')), description: text('description'), story: text('story'), gtin: text('gtin'), standards: text('standards')?.split(',').map((s) => s.trim()).filter(Boolean) },
      });
      onCreated(r.id, r.suspectedDuplicates.length);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  const input = 'rounded border px-3 py-2';
  return (
    <form onSubmit={submit} className="mt-4 grid gap-3 rounded-lg border bg-white p-4 md:grid-cols-2">
      <h2 className="font-semibold md:col-span-2">{t.addProduct}</h2>
      <label className="flex flex-col gap-1"><span className="text-sm">{t.name}</span><input name="name" required className={input} /></label>
      <label className="flex flex-col gap-1"><span className="text-sm">{t.productSet}</span>
        <select name="productSet" required className={input}>{PRODUCT_SETS.map((s) => <option key={s.no} value={s.no}>{s.no}. {s[lang]}</option>)}</select>
      </label>
      <label className="flex flex-col gap-1 md:col-span-2"><span className="text-sm">{t.description} {t.optional}</span><textarea name="description" className={input} /></label>
      <label className="flex flex-col gap-1 md:col-span-2"><span className="text-sm">{t.story} {t.optional}</span><textarea name="story" className={input} /></label>
      <label className="flex flex-col gap-1"><span className="text-sm">{t.standards} {t.optional}</span><input name="standards" className={input} /></label>
      <label className="flex flex-col gap-1"><span className="text-sm">{t.gtin} {t.optional}</span><input name="gtin" inputMode="numeric" className={input} /></label>
      {error && <p role="alert" className="text-red-800 md:col-span-2">{error}</p>}
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-white md:justify-self-start">{t.save}</button>
    </form>
  );
}
