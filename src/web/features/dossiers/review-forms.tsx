// Recording the advisory group's work: a site visit, a test request or the report to
// the council (a date and what was found), and a lab result answering a test request,
// uploaded as a file that the server checks by its bytes (a PDF or an image).
import { useState } from 'react';
import { vietnamDateOf } from '../../../domain/time/vietnam-date.ts';
import { DOSSIER_REVIEW_KINDS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { ACTION_WORDS } from './action-words.ts';
import { addReview, type ReviewEntry, type ReviewEntryKind, uploadLabResult } from './api.ts';
import { ErrorNote } from './error-note.tsx';

const ENTRY_KINDS = DOSSIER_REVIEW_KINDS.filter(
  (k): k is ReviewEntryKind => k !== 'labResult' && k !== 'redoOrder',
);
const field = 'rounded border px-3 py-2';

/** What both forms share: the date, the note, sending once at a time and the refusal. */
function useEntry(onRecorded: (all: ReviewEntry[]) => void) {
  const { lang, w } = useI18n();
  const announce = useAnnounce();
  const [on, setOn] = useState(() => vietnamDateOf(new Date()));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  /** Records the entry; true when it was recorded. */
  const send = async (kind: string, write: () => Promise<ReviewEntry[]>) => {
    setBusy(true);
    setError(null);
    try {
      onRecorded(await write());
      setNote('');
      announce(
        ACTION_WORDS[lang].done(`${ACTION_WORDS[lang].addEntry}: ${w.term(V.dossierReviewKind, kind)}`),
      );
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const common = (
    <>
      <label className="flex flex-col gap-1">
        <span className="text-sm">{ACTION_WORDS[lang].on}</span>
        <input type="date" required value={on} onChange={(e) => setOn(e.target.value)} className={field} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-sm">{ACTION_WORDS[lang].entryNote}</span>
        <textarea
          required
          minLength={5}
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          className={field}
        />
      </label>
    </>
  );
  return { on, note, busy, error, send, common };
}

export function ReviewForm({
  dossierId,
  onRecorded,
}: {
  dossierId: string;
  onRecorded(all: ReviewEntry[]): void;
}) {
  const { lang, w } = useI18n();
  const A = ACTION_WORDS[lang];
  const [kind, setKind] = useState<ReviewEntryKind>('siteVisit');
  const entry = useEntry(onRecorded);
  return (
    <form
      aria-label={A.addEntry}
      className="flex flex-col gap-2 rounded-lg border bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        void entry.send(kind, () => addReview(dossierId, { kind, on: entry.on, note: entry.note }));
      }}
    >
      <label className="flex flex-col gap-1">
        <span className="text-sm">{A.entryKind}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as ReviewEntryKind)} className={field}>
          {ENTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {w.term(V.dossierReviewKind, k)}
            </option>
          ))}
        </select>
      </label>
      {entry.common}
      <ErrorNote error={entry.error} />
      <button
        type="submit"
        disabled={entry.busy}
        className="self-start rounded bg-brand-600 px-3 py-2 text-white disabled:opacity-50"
      >
        {A.addEntry}
      </button>
    </form>
  );
}

export function LabResultForm(props: {
  dossierId: string;
  requests: ReviewEntry[];
  onRecorded(all: ReviewEntry[]): void;
}) {
  const { lang, w } = useI18n();
  const A = ACTION_WORDS[lang];
  const entry = useEntry(props.onRecorded);
  const [answers, setAnswers] = useState('');
  const chosen = answers || props.requests.at(-1)?.id || '';
  const title = w.term(V.dossierReviewKind, 'labResult');
  if (!props.requests.length)
    return (
      <p className="rounded-lg border bg-white p-3 text-slate-700">
        {title}: {A.needRequest}
      </p>
    );
  return (
    <form
      aria-label={title}
      className="flex flex-col gap-2 rounded-lg border bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        const element = e.currentTarget;
        const form = new FormData(element);
        form.set('on', entry.on);
        form.set('note', entry.note);
        form.set('answers', chosen);
        void entry
          .send('labResult', () => uploadLabResult(props.dossierId, form))
          .then((ok) => {
            // the file chosen is sent; the next result starts from none
            if (ok) (element.elements.namedItem('file') as HTMLInputElement).value = '';
          });
      }}
    >
      <p className="font-semibold">{title}</p>
      <label className="flex flex-col gap-1">
        <span className="text-sm">{A.answers}</span>
        <select value={chosen} onChange={(e) => setAnswers(e.target.value)} className={field}>
          {props.requests.map((r) => (
            <option key={r.id} value={r.id}>
              {w.date(r.on)} — {r.note.slice(0, 60)}
            </option>
          ))}
        </select>
      </label>
      {entry.common}
      <label className="flex flex-col gap-1">
        <span className="text-sm">{A.file}</span>
        <input
          type="file"
          name="file"
          required
          accept="application/pdf,image/jpeg,image/png,image/webp"
          className="max-w-full"
        />
      </label>
      <ErrorNote error={entry.error} />
      <button
        type="submit"
        disabled={entry.busy}
        className="self-start rounded bg-brand-600 px-3 py-2 text-white disabled:opacity-50"
      >
        {A.addEntry}
      </button>
    </form>
  );
}
