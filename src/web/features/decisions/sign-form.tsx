// Uploading the signed decision: its number as printed ("123/QĐ-UBND"), the day it was
// signed, who signed it and the PDF, sent as one multipart request. The server checks
// the number's form and that it is unused this year, the date, and the file by its
// bytes (DECISION_NUMBER_INVALID, DECISION_NUMBER_TAKEN, EVIDENCE_TYPE); its message
// is shown as it answers, in the reader's language.
import { useState } from 'react';
import { vietnamDateOf } from '../../../domain/time/vietnam-date.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { ErrorLine } from '../councils/error-line.tsx';
import { type Decision, uploadSignedDecision } from './api.ts';
import { DECISION_WORDS } from './decision-words.ts';

const field = 'rounded border px-3 py-2';

export function SignForm({ d, onSigned }: { d: Decision; onSigned(d: Decision): void }) {
  const { lang } = useI18n();
  const K = DECISION_WORDS[lang];
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const today = vietnamDateOf(new Date());
  const send = async (form: FormData) => {
    setBusy(true);
    setError(null);
    try {
      const signed = await uploadSignedDecision(d.id, form);
      announce(K.signed);
      onSigned(signed);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      aria-label={K.upload}
      className="flex flex-col gap-3 rounded-lg border bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        void send(new FormData(e.currentTarget));
      }}
    >
      <h2 className="font-semibold">{K.upload}</h2>
      <p className="text-sm text-slate-700">{K.uploadHint}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm">
          <span>{K.number}</span>
          <input
            name="number"
            required
            minLength={3}
            maxLength={40}
            placeholder={`123/${d.suffix}`}
            aria-describedby="number-hint"
            className={field}
          />
          <span id="number-hint" className="text-xs text-slate-600">
            {K.numberHint(d.suffix)}
          </span>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{K.signedOn}</span>
          <input name="signedOn" type="date" required max={today} defaultValue={today} className={field} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{K.signerName}</span>
          <input name="signerName" required minLength={3} maxLength={200} className={field} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{K.file}</span>
          <input name="file" type="file" required accept="application/pdf" className="max-w-full" />
        </label>
      </div>
      <ErrorLine error={error} />
      <button
        type="submit"
        disabled={busy}
        className="self-start rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
      >
        {busy ? K.uploading : K.upload}
      </button>
    </form>
  );
}
