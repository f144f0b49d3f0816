// The history of a dossier: the return still to answer, in sight at the top; every
// return with its reason per item; and every move with who made it and when (the
// transition table's words for the move, the shared vocabulary's for the stage).
import { dossierWorkflow } from '../../../domain/dossiers/dossier.workflow.ts';
import { DOSSIER_ITEMS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { DossierView } from './api.ts';
import { PAGE_WORDS } from './page-words.ts';

type Return = DossierView['returns'][number];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function Reasons({ r }: { r: Return }) {
  const { w } = useI18n();
  return (
    <ul className="mt-1 list-disc pl-5">
      {r.items.map((i) => (
        <li key={i.item}>
          <strong>{w.term(V.dossierItem, i.item)}</strong>: {i.reason}
        </li>
      ))}
    </ul>
  );
}

/** The latest return while it waits for its answer. */
export function OpenReturn({ d }: { d: DossierView }) {
  const { lang, w } = useI18n();
  const r = d.returns[0];
  if (!r || r.answeredAt) return null;
  return (
    <section
      role="note"
      aria-labelledby="open-return"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3"
    >
      <h2 id="open-return" className="font-semibold text-amber-900">
        {PAGE_WORDS[lang].returnedBy[r.byLevel]} — {r.actorLabel}, {w.date(r.at)}
      </h2>
      <Reasons r={r} />
    </section>
  );
}

/** A move's reason: a return keeps "item: reason" per line, said with the item's words. */
function ReasonLines({ text }: { text: string }) {
  const { w } = useI18n();
  return (
    <span className="block whitespace-pre-line text-sm text-slate-700">
      {text
        .split('\n')
        .map((line) => {
          const item = DOSSIER_ITEMS.find((i) => line.startsWith(`${i}: `));
          return item ? `${w.term(V.dossierItem, item)}: ${line.slice(item.length + 2)}` : line;
        })
        .join('\n')}
    </span>
  );
}

export function Timeline({ d }: { d: DossierView }) {
  const { lang, w } = useI18n();
  const P = PAGE_WORDS[lang];
  return (
    <section aria-labelledby="timeline" className="flex flex-col gap-2">
      <h2 id="timeline" className="text-lg font-semibold">
        {P.timeline}
      </h2>
      {d.statusHistory.length === 0 && <p className="text-slate-600">{P.noMoves}</p>}
      <ol className="flex flex-col gap-2 border-l-2 border-slate-200 pl-3">
        {d.statusHistory.map((h) => (
          <li key={`${h.at}:${h.event}`} data-event={h.event}>
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <strong>
                {capital(
                  dossierWorkflow.labels[h.event as keyof typeof dossierWorkflow.labels]?.[lang] ?? h.event,
                )}
              </strong>
              <span aria-hidden="true">→</span>
              <TermBadge v={V.dossierStage} id={h.toStatus} />
            </p>
            <p className="text-sm text-slate-600">
              {h.actorLabel} · {w.dateTime(h.at)}
            </p>
            {h.reason && <ReasonLines text={h.reason} />}
          </li>
        ))}
      </ol>
      {d.returns.length > 0 && (
        <>
          <h3 className="mt-2 font-semibold">{P.returns}</h3>
          <ul className="flex flex-col gap-2">
            {d.returns.map((r) => (
              <li key={r.id} className="rounded border border-slate-200 bg-white p-2 text-sm">
                <p>
                  {P.returnedBy[r.byLevel]} — {r.actorLabel}, {w.dateTime(r.at)} ·{' '}
                  {r.answeredAt ? P.answered(w.date(r.answeredAt)) : P.waiting}
                </p>
                <Reasons r={r} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
