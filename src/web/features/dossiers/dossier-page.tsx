// One evaluation dossier, top to bottom as it is worked: its head (stage, kind, round,
// the commune's deadline), a return still to answer, what it lacks, the moves the
// caller may make, the council's result once it may be read, the complaints against
// it and the ministry's order to redo it, the commune's Mẫu 03 and the advisory
// review once they exist, what it carried over, the producer's forms with part III
// linked, the papers and the timeline. A move or a save answers with the dossier as
// it now is, which the page shows without a reload.
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { type DossierView, getDossier } from './api.ts';
import { CommuneCheckView } from './commune-check-view.tsx';
import { ComplaintsPanel } from './complaints-panel.tsx';
import { DossierActions } from './dossier-actions.tsx';
import { DossierGaps } from './dossier-gaps.tsx';
import { DossierHeader } from './dossier-header.tsx';
import { CarriedOver, PapersPart } from './papers-part.tsx';
import { ProducerForms } from './producer-forms.tsx';
import { RedoOrderForm } from './redo-order-form.tsx';
import { ResultPanel } from './result-panel.tsx';
import { ReviewSection } from './review-section.tsx';
import { OpenReturn, Timeline } from './timeline.tsx';

export function DossierPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const { t } = useI18n();
  const loaded = useQuery(`dossier:${id}`, () => getDossier(id));
  // the dossier as the last save or move answered it, until the next load
  const [answered, setAnswered] = useState<DossierView | null>(null);
  if (loaded.error)
    return (
      <p role="alert" className="rounded border bg-white p-4">
        {loaded.error.status === 404 ? t.notFound : loaded.error.message}
      </p>
    );
  if (!loaded.data || loaded.loading) return <p>{t.loading}</p>;
  const d = answered?.id === id ? answered : loaded.data;
  const reload = () => {
    setAnswered(null);
    loaded.reload();
  };
  return (
    <article className="flex flex-col gap-4">
      <DossierHeader d={d} />
      <OpenReturn d={d} />
      <DossierGaps d={d} />
      <DossierActions d={d} onMoved={setAnswered} />
      <ResultPanel key={`result:${d.id}`} dossierId={d.id} stage={d.stage} />
      <ComplaintsPanel key={`complaints:${d.id}`} dossierId={d.id} stage={d.stage} />
      <RedoOrderForm key={`redo:${d.id}:${d.stage}`} d={d} onMoved={setAnswered} />
      {d.form03 && <CommuneCheckView form03={d.form03} />}
      <ReviewSection d={d} onChanged={setAnswered} />
      <CarriedOver d={d} />
      {/* a new editor when the dossier moves on or is loaded again, not after its own saves */}
      <ProducerForms
        key={`${loaded.data.version}:${d.stage}`}
        d={d}
        onSaved={setAnswered}
        onReload={reload}
      />
      <PapersPart d={d} />
      <Timeline d={d} />
    </article>
  );
}
