// The head of a dossier: its product and producer, stage, kind, year and round, the
// commune's deadline with the days left (or late) and the instrument it counts under,
// the days it was received, checked and accepted, and the printed forms.
import { V } from '../../../shared/vocabulary.ts';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { type DossierView, formPdfUrl } from './api.ts';
import { DeadlineCell } from './deadline.tsx';
import { roundName } from './labels.ts';
import { PAGE_WORDS } from './page-words.ts';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

export function DossierHeader({ d }: { d: DossierView }) {
  const { lang, w } = useI18n();
  const P = PAGE_WORDS[lang];
  const place = [d.communeName, d.provinceName].filter(Boolean).join(', ');
  return (
    <header className="flex flex-col gap-3">
      <PageTitle>
        {P.dossier}: {d.productName}
      </PageTitle>
      <p className="-mt-3 text-slate-700">
        {d.producerName}
        {place && ` · ${place}`}
      </p>
      <div className="flex flex-wrap items-center gap-2" data-testid="dossier-stage">
        <TermBadge v={V.dossierStage} id={d.stage} />
        <span className="text-sm text-slate-700">{w.term(V.dossierKind, d.kind)}</span>
      </div>
      <dl className="grid grid-cols-1 gap-3 rounded-lg border bg-white p-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <Fact label={P.year}>{d.year ?? '—'}</Fact>
        <Fact label={P.round}>
          {d.round ? roundName(d.round, lang) : <span className="text-slate-600">{P.noRound}</span>}
        </Fact>
        {d.communeDeadline && (
          <Fact label={P.deadline}>
            <DeadlineCell deadline={d.communeDeadline} />
            {d.communeDeadline.basis && (
              <span className="block text-xs text-slate-600">{P.basis(d.communeDeadline.basis)}</span>
            )}
          </Fact>
        )}
        {d.reEvaluationDue && (
          <Fact label={P.reEvaluationDue}>
            <span data-testid="re-evaluation-due">{w.date(d.reEvaluationDue.due)}</span>
            {d.reEvaluationDue.daysLeft !== null && (
              <span className="block text-xs text-slate-600">{P.daysLeft(d.reEvaluationDue.daysLeft)}</span>
            )}
            {d.reEvaluationDue.daysLate !== null && (
              <span className="block text-xs font-semibold text-rose-700">
                {P.daysLate(d.reEvaluationDue.daysLate)}
              </span>
            )}
            {d.reEvaluationDue.basis && (
              <span className="block text-xs text-slate-600">{P.basis(d.reEvaluationDue.basis)}</span>
            )}
          </Fact>
        )}
        {d.receivedOn && <Fact label={P.receivedOn}>{w.date(d.receivedOn)}</Fact>}
        {d.communeCheckedOn && <Fact label={P.checkedOn}>{w.date(d.communeCheckedOn)}</Fact>}
        {d.acceptedOn && <Fact label={P.acceptedOn}>{w.date(d.acceptedOn)}</Fact>}
      </dl>
      <nav aria-label={P.print} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-700">{P.print}:</span>
        {(d.form03 ? (['01', '02', '03'] as const) : (['01', '02'] as const)).map((n) => (
          <a key={n} href={formPdfUrl(d.id, n)} className="rounded border bg-white px-3 py-1.5 underline">
            {P.printForm(n)}
          </a>
        ))}
      </nav>
    </header>
  );
}
