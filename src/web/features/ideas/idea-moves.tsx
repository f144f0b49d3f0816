// The moves the caller may make on an idea, as the server lists them: one button
// each; returning, declining and returning a plan ask for the reason the producer
// will read before they are sent. Errors are shown as the API words them.
import { useState } from 'react';
import { IDEA_EVENTS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import type { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { actOnIdea, type IdeaEvent, type IdeaView } from './api.ts';
import { IDEA_WORDS } from './idea-words.ts';

const WITH_REASON: readonly IdeaEvent[] = ['returnIdea', 'decline', 'returnPlan'];
const QUIET: readonly IdeaEvent[] = ['withdraw', 'decline', 'returnIdea', 'returnPlan'];

export function IdeaMoves({ idea, onMoved }: { idea: IdeaView; onMoved(next: IdeaView): void }) {
  const { lang, w } = useI18n();
  const L = IDEA_WORDS[lang];
  const announce = useAnnounce();
  const [asking, setAsking] = useState<IdeaEvent | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const events = IDEA_EVENTS.filter((e) => idea.actions.includes(e));
  if (!events.length) return null;
  const move = async (event: IdeaEvent) => {
    setBusy(true);
    setError(null);
    try {
      const next = await actOnIdea(idea.id, { event, ...(WITH_REASON.includes(event) ? { reason } : {}) });
      setAsking(null);
      setReason('');
      announce(w.term(V.ideaStage, next.stage));
      onMoved(next);
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const gaps = (error?.details as { gaps?: { field: string }[] } | undefined)?.gaps;
  return (
    <section aria-label={L.stage} className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {events.map((e) => (
          <button
            key={e}
            type="button"
            disabled={busy}
            data-event={e}
            onClick={() => (WITH_REASON.includes(e) ? setAsking(e) : void move(e))}
            className={
              QUIET.includes(e)
                ? 'rounded border px-3 py-2 disabled:opacity-60'
                : 'rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60'
            }
          >
            {w.term(V.ideaAction, e)}
          </button>
        ))}
      </div>
      {asking && (
        <form
          className="flex flex-col gap-2 rounded border bg-white p-3"
          onSubmit={(ev) => {
            ev.preventDefault();
            void move(asking);
          }}
        >
          <label className="flex flex-col gap-1">
            <span className="text-sm font-medium">{L.reason}</span>
            <textarea
              required
              rows={3}
              maxLength={2000}
              className="w-full rounded border px-3 py-2"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <div className="flex gap-2">
            <button
              type="submit"
              disabled={busy}
              className="rounded bg-brand-600 px-4 py-2 font-semibold text-white"
            >
              {L.confirm}: {w.term(V.ideaAction, asking)}
            </button>
            <button type="button" className="rounded border px-3 py-2" onClick={() => setAsking(null)}>
              {L.cancel}
            </button>
          </div>
        </form>
      )}
      {error && (
        <div role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">
          <p>{error.message}</p>
          {gaps && (
            <ul className="list-disc pl-5">
              {gaps.map((g) => (
                <li key={g.field}>{fieldLabel(L, g.field)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

/** A gap's field in the reader's words (the idea's fields, then the plan's). */
export function fieldLabel(L: (typeof IDEA_WORDS)['vi' | 'en'], field: string): string {
  if (field === 'productSetNo') return L.productSet;
  if (field in L.planFields) return L.planFields[field as keyof typeof L.planFields];
  return (L as unknown as Record<string, string>)[field] ?? field;
}
