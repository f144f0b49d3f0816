// The product form, for adding a product to a producer and for changing one.
import { useState, type FormEvent } from 'react';
import { PRODUCT_SETS } from '../../../shared/registry.ts';
import type { z } from 'zod';
import type { createProductBody } from '../../../shared/contracts/registry-write.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import { ApiError } from '../../lib/api-error.ts';
import type { ProductDetails } from './api.ts';
import { UnsavedDialog, useUnsavedGuard } from '../../lib/drafts.tsx';
import { useI18n } from '../../lib/i18n.tsx';

/** What the product form sends: the fields of registering a product (its producer is known to the caller). */
export type ProductFields = Omit<z.input<typeof createProductBody>, 'producerId'>;
/** What the form starts from: a product's details as the API answers them. */
type ProductInitial = Partial<ProductDetails>;

const IP: Record<string, [string, string]> = {
  none: ['Chưa có', 'None'],
  application_filed: ['Đã nộp đơn', 'Application filed'],
  application_accepted: ['Đơn hợp lệ', 'Application accepted'],
  registered: ['Đã được cấp văn bằng', 'Registered'],
};

export function ProductForm({
  title,
  initial = {},
  onSubmit,
}: {
  title: string;
  initial?: ProductInitial;
  onSubmit(values: ProductFields): Promise<void>;
}) {
  const { t, lang } = useI18n();
  // input typed and not yet saved: leaving the page asks first
  const guard = useUnsavedGuard();
  const setDirty = guard.setDirty;
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const announce = useAnnounce();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim() || undefined;
    setError(null);
    setSaved(false);
    // cleared before the save, which may go to another page; set again if it fails
    setDirty(false);
    try {
      await onSubmit({
        name: text('name') ?? '',
        productSet: Number(f.get('productSet')),
        description: text('description'),
        story: text('story'),
        rawMaterialOrigin: text('rawMaterialOrigin'),
        standards:
          text('standards')
            ?.split(',')
            .map((s) => s.trim())
            .filter(Boolean) ?? [],
        ipStatus: text('ipStatus') as ProductFields['ipStatus'],
        trademarkNo: text('trademarkNo'),
        qualityDeclarationNo: text('qualityDeclarationNo'),
        packaging: text('packaging'),
        labelInfo: text('labelInfo'),
        gtin: text('gtin'),
      });
      setSaved(true);
      announce(t.saved);
    } catch (err) {
      setDirty(true);
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  const input = 'rounded border px-3 py-2';
  const field = (
    name: keyof ProductFields & keyof ProductDetails,
    label: string,
    wide = false,
    area = false,
  ) => (
    // biome-ignore lint/a11y/noLabelWithoutControl: the input or textarea is inside the label
    <label className={`flex flex-col gap-1 ${wide ? 'md:col-span-2' : ''}`}>
      <span className="text-sm">{label}</span>
      {area ? (
        <textarea name={name} defaultValue={(initial[name] as string | null) ?? ''} className={input} />
      ) : (
        <input name={name} defaultValue={(initial[name] as string | null) ?? ''} className={input} />
      )}
    </label>
  );
  return (
    <>
      <UnsavedDialog blocker={guard.blocker} />
      <form
        onInput={() => setDirty(true)}
        onChange={() => setDirty(true)}
        onSubmit={submit}
        className="mt-4 grid gap-3 rounded-lg border bg-white p-4 md:grid-cols-2"
      >
        <h2 className="font-semibold md:col-span-2">{title}</h2>
        <label className="flex flex-col gap-1">
          <span className="text-sm">{t.name}</span>
          <input name="name" required defaultValue={initial.name ?? ''} className={input} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-sm">{t.productSet}</span>
          <select name="productSet" required defaultValue={initial.productSet ?? ''} className={input}>
            <option value="" disabled>
              —
            </option>
            {PRODUCT_SETS.map((s) => (
              <option key={s.no} value={s.no}>
                {s.no}. {s[lang]}
              </option>
            ))}
          </select>
        </label>
        {field('description', `${t.description} ${t.optional}`, true, true)}
        {field('story', `${t.story} ${t.optional}`, true, true)}
        {field('rawMaterialOrigin', lang === 'vi' ? 'Nguồn gốc nguyên liệu' : 'Raw-material origin', true)}
        <label className="flex flex-col gap-1">
          <span className="text-sm">
            {t.standards} {t.optional}
          </span>
          <input name="standards" defaultValue={(initial.standards ?? []).join(', ')} className={input} />
        </label>
        {field('gtin', `${t.gtin} ${t.optional}`)}
        <label className="flex flex-col gap-1">
          <span className="text-sm">{lang === 'vi' ? 'Sở hữu trí tuệ' : 'Intellectual property'}</span>
          <select name="ipStatus" defaultValue={initial.ipStatus ?? 'none'} className={input}>
            {Object.entries(IP).map(([k, l]) => (
              <option key={k} value={k}>
                {l[lang === 'vi' ? 0 : 1]}
              </option>
            ))}
          </select>
        </label>
        {field('trademarkNo', lang === 'vi' ? 'Số đơn/văn bằng nhãn hiệu' : 'Trademark number')}
        {field(
          'qualityDeclarationNo',
          lang === 'vi' ? 'Số công bố chất lượng' : 'Quality declaration number',
        )}
        {field('packaging', lang === 'vi' ? 'Bao bì' : 'Packaging')}
        {field('labelInfo', lang === 'vi' ? 'Nhãn hàng hóa' : 'Label')}
        {error && (
          <p role="alert" className="text-red-800 md:col-span-2">
            {error}
          </p>
        )}
        {saved && (
          <p className="text-emerald-800 md:col-span-2" data-testid="form-saved">
            {t.saved}
          </p>
        )}
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 text-white md:justify-self-start">
          {t.save}
        </button>
      </form>
    </>
  );
}
