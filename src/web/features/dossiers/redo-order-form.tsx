// The ministry's order to redo an evaluation (QĐ 26/2026 Art. 10), for a central
// officer on a recognised or not-recognised dossier: the document's date, what it asks
// and its file, sent as one multipart request; the dossier answers as it now is, back
// at the province's intake. The move's guard wants the document attached, so the
// dossier's actions never list "orderRedo" before it is sent: the form is offered by
// the role and the stage the transition table names, and the server decides.
import { useState } from 'react';
import { vietnamDateOf } from '../../../domain/time/vietnam-date.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useAuth } from '../auth/auth-context.tsx';
import { orderRedo } from '../decisions/api.ts';
import type { DossierView } from './api.ts';
import { ErrorNote } from './error-note.tsx';
import { RESULT_WORDS } from './result-words.ts';

const field = 'rounded border px-3 py-2';
/** the stages the ministry may order redone from (dossier.workflow.ts, orderRedo) */
const DECIDED: ReadonlySet<string> = new Set(['recognised', 'notRecognised']);

export function RedoOrderForm({ d, onMoved }: { d: DossierView; onMoved(d: DossierView): void }) {
  const { lang } = useI18n();
  const R = RESULT_WORDS[lang];
  const announce = useAnnounce();
  const { me } = useAuth();
  const role = me?.grants.find((g) => g.id === me.activeGrantId)?.role;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const today = vietnamDateOf(new Date());
  if (!d.actions.includes('orderRedo') && !(role === 'central_officer' && DECIDED.has(d.stage))) return null;
  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="self-start rounded border border-rose-800 px-3 py-2 text-rose-800"
      >
        {R.redo}
      </button>
    );
  const send = async (form: FormData) => {
    setBusy(true);
    setError(null);
    try {
      const moved = await orderRedo(d.id, form);
      announce(R.redoDone);
      setOpen(false);
      onMoved(moved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      aria-label={R.redo}
      className="flex flex-col gap-3 rounded-lg border bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        void send(new FormData(e.currentTarget));
      }}
    >
      <h2 className="font-semibold">{R.redo}</h2>
      <p className="text-sm text-slate-700">{R.redoHint}</p>
      <label className="flex flex-col gap-1 text-sm">
        <span>{R.redoOn}</span>
        <input name="on" type="date" required max={today} defaultValue={today} className={field} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span>{R.redoNote}</span>
        <textarea name="note" required minLength={5} maxLength={2000} rows={3} className={field} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span>{R.redoFile}</span>
        <input
          name="file"
          type="file"
          required
          accept="application/pdf,image/jpeg,image/png,image/webp"
          className="max-w-full"
        />
      </label>
      <ErrorNote error={error} />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {busy ? R.redoSending : R.redoSend}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="rounded border px-3 py-2">
          {R.cancel}
        </button>
      </div>
    </form>
  );
}
