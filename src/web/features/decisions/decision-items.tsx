// The products a decision recognises, one card each (a phone shows them the same way):
// product and code, producer and address, stars and the council's score, a link to the
// dossier, and its certificate once the job has issued it — the number, validity and
// the printed certificate — or "not issued yet".
import { Link } from '@tanstack/react-router';
import { Stars } from '../../components/ui/data-table.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { certificatePdfUrl, type Decision } from './api.ts';
import { twoDecimals } from './decision-draft.ts';
import { DECISION_WORDS } from './decision-words.ts';

export function DecisionItems({ d }: { d: Decision }) {
  const { lang, w } = useI18n();
  const K = DECISION_WORDS[lang];
  return (
    <ul className="flex flex-col gap-2" data-testid="decision-items">
      {d.items.map((i) => (
        <li key={i.dossierId} className="rounded-lg border bg-white p-3" data-dossier={i.dossierId}>
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
            <p className="min-w-0 font-medium break-words">
              {i.productName}
              {i.productCode && <span className="ml-2 text-sm text-slate-600">{i.productCode}</span>}
            </p>
            <span className="flex items-baseline gap-2 text-sm">
              <Stars n={i.stars} />
              {i.score && (
                <span>
                  {K.score} {twoDecimals(i.score, lang)}
                </span>
              )}
            </span>
          </div>
          <p className="text-sm break-words text-slate-700">
            {i.producerName}
            {i.producerAddress && ` · ${i.producerAddress}`}
          </p>
          <div className="mt-1 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
            <span className="text-slate-600">{K.certificate}:</span>
            {i.certificate?.number ? (
              <>
                <span data-testid="certificate-number">{K.certificateNo(i.certificate.number)}</span>
                {i.certificate.validUntil && (
                  <span className="text-slate-600">{K.validUntil(w.date(i.certificate.validUntil))}</span>
                )}
                <a
                  href={certificatePdfUrl(i.certificate.id)}
                  target="_blank"
                  rel="noopener"
                  className="text-brand-700 underline"
                >
                  {K.printCertificate}
                </a>
              </>
            ) : (
              <span className="text-slate-600">{K.notIssued}</span>
            )}
            <Link to={paths.dossier(i.dossierId)} className="text-brand-700 underline">
              {K.openDossier}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
