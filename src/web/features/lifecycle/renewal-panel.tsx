// Under a producer's certificate: whether it is time to re-evaluate it, and the
// button that opens the re-evaluation dossier in its window. The server decides
// (409 RENEWAL_OUTSIDE_WINDOW, or the product's dossier already open): its message is
// shown as it answers, with a link to the open dossier when it names one.
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { paths } from '../../config/paths.ts';
import { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { createDossier } from '../dossiers/api.ts';
import type { CertificateView } from '../registry/api.ts';
import { renewalNoteOf } from './renewal-note.ts';
import { REVOCATION_WORDS } from './revocation-words.ts';

export function RenewalPanel({ productId, c }: { productId: string; c: CertificateView }) {
  const { lang, w } = useI18n();
  const K = REVOCATION_WORDS[lang];
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; openId?: string } | null>(null);
  const note = renewalNoteOf(c);
  if (!note) return null;
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const { id } = await createDossier({ productId, kind: 'reEvaluation' });
      void navigate({ to: paths.dossier(id) });
    } catch (err) {
      const api = err instanceof ApiError ? err : null;
      const openId = (api?.details as { dossierId?: string } | undefined)?.dossierId;
      setError({ text: api?.message ?? String(err), openId });
      setBusy(false);
    }
  };
  const box = 'flex flex-col items-start gap-2 rounded border p-3 text-sm';
  if (note.kind === 'open')
    return (
      <div className={`${box} border-amber-300 bg-amber-50`} data-renewal="open">
        <p className="font-semibold text-amber-900">{K.renewalOpen(w.date(note.closes))}</p>
        <p className="text-slate-700">{K.renewalOpenHint}</p>
        <button
          type="button"
          disabled={busy}
          onClick={() => void start()}
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {busy ? K.renewalStarting : K.renewalStart}
        </button>
        {error && (
          <p role="alert" className="rounded bg-red-50 p-2 text-red-800" data-error="renewal">
            {error.text}
            {error.openId && (
              <>
                {' '}
                <Link to={paths.dossier(error.openId)} className="underline">
                  {K.openExisting}
                </Link>
              </>
            )}
          </p>
        )}
      </div>
    );
  const text =
    note.kind === 'closed'
      ? K.renewalClosed(w.date(note.closes), w.date(note.until))
      : note.kind === 'grace'
        ? K.graceAwaiting(w.date(note.lastDay))
        : K.renewalAwaiting;
  return (
    <p className={`${box} border-slate-200 bg-slate-50 text-slate-800`} data-renewal={note.kind}>
      {text}
    </p>
  );
}
