// The moves the caller may make on the dossier now, as the API lists them in its
// actions (from the transition table; the page decides nothing). A move opens a panel
// that says what it does and asks for what it carries — a reason per item for a
// return, Mẫu 03 for the commune's check, the round for an acceptance, else an
// optional note — and acts only when confirmed. A refusal is shown with what it names.
import { useState } from 'react';
import { DOSSIER_ACTION_EVENTS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { ACTION_WORDS } from './action-words.ts';
import { type DossierEvent, type DossierView, actOnDossier } from './api.ts';
import { MoveForm } from './move-form.tsx';

type Event = (typeof DOSSIER_ACTION_EVENTS)[number];
/** moves that undo or send back: drawn as the lesser button */
const BACKWARD: ReadonlySet<Event> = new Set(['withdraw', 'returnToProducer', 'returnToCommune']);

export function DossierActions({ d, onMoved }: { d: DossierView; onMoved(d: DossierView): void }) {
  const { lang, w } = useI18n();
  const A = ACTION_WORDS[lang];
  const announce = useAnnounce();
  const events = DOSSIER_ACTION_EVENTS.filter((e) => d.actions.includes(e));
  const [asking, setAsking] = useState<Event | null>(null);
  if (!events.length) return null;
  const act = async (body: DossierEvent) => {
    const moved = await actOnDossier(d.id, body);
    setAsking(null);
    announce(A.done(w.term(V.dossierAction, body.event)));
    onMoved(moved);
  };
  return (
    <section aria-labelledby="moves" className="flex flex-col gap-3 rounded-lg border bg-white p-3">
      <h2 id="moves" className="font-semibold">
        {A.moves}
      </h2>
      <div className="flex flex-wrap gap-2">
        {events.map((e) => (
          <button
            key={e}
            type="button"
            data-event={e}
            aria-expanded={asking === e}
            onClick={() => setAsking(asking === e ? null : e)}
            className={
              BACKWARD.has(e)
                ? 'rounded border border-rose-800 px-3 py-2 text-rose-800 aria-expanded:bg-rose-50'
                : 'rounded bg-brand-600 px-3 py-2 font-semibold text-white aria-expanded:ring-2 aria-expanded:ring-brand-600 aria-expanded:ring-offset-2'
            }
          >
            {w.term(V.dossierAction, e)}
          </button>
        ))}
      </div>
      {asking && <MoveForm key={asking} event={asking} d={d} onAct={act} onCancel={() => setAsking(null)} />}
    </section>
  );
}
