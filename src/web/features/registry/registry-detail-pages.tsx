// The registry's detail pages: a producer and a product as the active grant may see
// them, with the panels that change them (status, edit, photos, certificates) and
// their history.
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { ProducerView, ProductView } from '../../../shared/contracts/registry.ts';
import { LEGAL_TYPE_LABELS, PRODUCT_SETS } from '../../../shared/registry.ts';
import { V } from '../../../shared/vocabulary.ts';
import { CertificateStars, CertificateStateBadge } from '../../components/ui/certificate-badge.tsx';
import { Field, RecordView } from '../../components/ui/record-view.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { getProducer, getProduct } from './api.ts';
import { PhotoGallery } from './photo-gallery.tsx';
import { ProducerEditor } from './producer-edit.tsx';
import { ProducerStatusPanel } from './producer-status.tsx';
import { AddProductForm, CertificateList, HistoryList, ProductEditor } from './record-extras.tsx';

export function ProducerDetailPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  // a save or a status move reads the record and its history again
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <RecordView<ProducerView>
      cacheKey={`producer:${id}:${version}`}
      load={() => getProducer(id)}
      after={(p) => (
        <>
          <ProducerStatusPanel record={p} onChanged={changed} />
          {p.actions.includes('edit') && (
            <ProducerEditor key={`${p.id}:${p.status}`} record={p} onSaved={changed} />
          )}
          {p.actions.includes('edit') && (
            <AddProductForm
              producerId={p.id}
              onCreated={(pid) => void navigate({ to: paths.product(pid) })}
            />
          )}
          <HistoryList kind="producers" recordId={p.id} version={version} />
        </>
      )}
    >
      {(p) => (
        <>
          <Field label={t.status}>
            <span data-status={p.status}>
              <TermBadge v={V.producerStatus} id={p.status} />
            </span>
          </Field>
          <Field label={t.legalType}>
            {p.legalType ? LEGAL_TYPE_LABELS[p.legalType][lang] : t.legalTypeUnknown}
          </Field>
          <Field label={t.commune}>{p.place.communeName ?? '—'}</Field>
          <Field label={t.province}>{p.place.provinceName}</Field>
          <Field label={t.recordedIn}>
            {p.place.unitName} ({p.place.unitVersionId})
          </Field>
          <Field label={t.products}>{p.productCount}</Field>
        </>
      )}
    </RecordView>
  );
}

export function ProductDetailPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const { t, lang } = useI18n();
  const [version, setVersion] = useState(0);
  return (
    <RecordView<ProductView>
      // a save or a revocation reads the record (its certificate's state) and its history again
      cacheKey={`product:${id}:${version}`}
      load={() => getProduct(id)}
      after={(p) => (
        <>
          {p.actions.includes('edit') && (
            <ProductEditor productId={p.id} onSaved={() => setVersion((v) => v + 1)} />
          )}
          <PhotoGallery productId={p.id} canEdit={p.actions.includes('edit')} />
          <CertificateList productId={p.id} onChanged={() => setVersion((v) => v + 1)} />
          <HistoryList kind="products" recordId={p.id} version={version} />
        </>
      )}
    >
      {(p) => (
        <>
          <Field label={t.productSet}>{p.productSet ? PRODUCT_SETS[p.productSet - 1]?.[lang] : '—'}</Field>
          <Field label={t.producer}>
            <Link to={paths.producer(p.producerId)} className="underline">
              {p.producerName}
            </Link>
          </Field>
          <Field label={t.stars}>
            <CertificateStars certificate={p.certificate} />
          </Field>
          <Field label={t.certificate}>
            <CertificateStateBadge certificate={p.certificate} />
          </Field>
          <Field label={t.commune}>{p.place.communeName ?? '—'}</Field>
          <Field label={t.province}>{p.place.provinceName}</Field>
          <Field label={t.publicAddress}>
            <a
              href={p.publicUrl}
              target="_blank"
              rel="noreferrer"
              className="break-all underline"
              data-testid="public-address"
            >
              {p.publicUrl}
            </a>
            <span className="block text-sm text-slate-600">{t.publicAddressHint}</span>
          </Field>
        </>
      )}
    </RecordView>
  );
}
