// A product's current certificate in a list or on a record: its stars (struck
// through as former ones when the certificate no longer carries the mark, or "not
// rated" when there is none) and its state today with its last valid day (or "no
// certificate"). The state and whether the stars still count come from the API,
// decided by the domain.
import type { z } from 'zod';
import type { currentCertificateSchema } from '../../../shared/contracts/registry.ts';
import { NO_CERTIFICATE } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { Stars } from './data-table.tsx';
import { TermBadge } from './term-badge.tsx';

export type CurrentCertificateView = z.infer<typeof currentCertificateSchema>;

export function CertificateStars({ certificate }: { certificate: CurrentCertificateView | null }) {
  const { t } = useI18n();
  if (!certificate) return <span className="whitespace-nowrap text-slate-600">{t.notRated}</span>;
  const former = !certificate.mayCarryMark;
  return (
    <span className="whitespace-nowrap">
      <Stars n={certificate.stars} former={former} />
      {/* said in words, not by colour and a line alone; the stars' own label already says it to screen readers */}
      {former && (
        <span aria-hidden="true" className="ml-1 text-xs text-slate-600">
          ({t.formerStars})
        </span>
      )}
    </span>
  );
}

export function CertificateStateBadge({ certificate }: { certificate: CurrentCertificateView | null }) {
  const { t, w } = useI18n();
  const state = certificate?.state ?? NO_CERTIFICATE;
  return (
    <span data-certificate-state={state} className="inline-flex flex-col items-start gap-0.5">
      <TermBadge v={V.productCertificateState} id={state} />
      {certificate?.validUntil && (
        <span className="text-xs whitespace-nowrap text-slate-600">
          {t.validUntil} {w.date(certificate.validUntil)}
        </span>
      )}
    </span>
  );
}
