// A producer opens an evaluation dossier: which product, and which kind (a first
// evaluation, an upgrade or a re-evaluation of a certificate in force). The server
// refuses a second open dossier of the product or a kind that does not fit it, with
// words that say why; the new dossier opens at once, with what it carried over.
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { DOSSIER_KINDS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { paths } from '../../config/paths.ts';
import { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { listOwnProducts } from '../self-assessment/api.ts';
import { createDossier } from './api.ts';
import { LABELS } from './labels.ts';

type Kind = (typeof DOSSIER_KINDS)[number];

export function OpenDossier() {
  const { lang } = useI18n();
  const L = LABELS[lang];
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <div>
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white"
        >
          {L.open}
        </button>
      </div>
    );
  return <OpenForm onCancel={() => setOpen(false)} />;
}

function OpenForm({ onCancel }: { onCancel(): void }) {
  const { lang, w } = useI18n();
  const L = LABELS[lang];
  const navigate = useNavigate();
  const products = useQuery('dossier-products', listOwnProducts);
  const [productId, setProductId] = useState('');
  const [kind, setKind] = useState<Kind | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; openId?: string } | null>(null);
  const items = products.data?.items ?? [];
  const product = items.find((p) => p.id === productId) ?? items[0];
  // a product carrying stars is most often re-evaluated; the server decides what fits
  const chosenKind: Kind = kind || (product?.currentStars ? 'reEvaluation' : 'first');
  if (products.data && !items.length)
    return <p className="rounded border bg-white p-3 text-slate-700">{L.noProducts}</p>;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!product) return;
    setBusy(true);
    setError(null);
    try {
      const { id } = await createDossier({ productId: product.id, kind: chosenKind });
      void navigate({ to: paths.dossier(id) });
    } catch (err) {
      const api = err instanceof ApiError ? err : null;
      const openId = (api?.details as { dossierId?: string } | undefined)?.dossierId;
      setError({ text: api?.message ?? String(err), openId });
      setBusy(false);
    }
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-labelledby="open-dossier"
      className="flex flex-col gap-3 rounded-lg border bg-white p-3"
    >
      <h2 id="open-dossier" className="font-semibold">
        {L.openTitle}
      </h2>
      <p className="text-sm text-slate-700">{L.openHint}</p>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex min-w-0 max-w-full flex-col text-sm">
          <span>{L.product}</span>
          <select
            value={product?.id ?? ''}
            onChange={(e) => setProductId(e.target.value)}
            className="max-w-full rounded border px-2 py-2"
            required
          >
            {items.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          <span>{L.kind}</span>
          <select
            value={chosenKind}
            onChange={(e) => setKind(e.target.value as Kind)}
            className="rounded border px-2 py-2"
          >
            {DOSSIER_KINDS.map((k) => (
              <option key={k} value={k}>
                {w.term(V.dossierKind, k)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          disabled={!product || busy}
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {busy ? L.opening : L.openSubmit}
        </button>
        <button type="button" onClick={onCancel} className="rounded border px-3 py-2">
          {L.cancel}
        </button>
      </div>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-red-800">
          {error.text}
          {error.openId && (
            <>
              {' '}
              <Link to={paths.dossier(error.openId)} className="underline">
                {L.openExisting}
              </Link>
            </>
          )}
        </p>
      )}
    </form>
  );
}
