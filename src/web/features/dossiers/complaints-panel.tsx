// The complaints against a dossier's result: each with the day it was sent, the day an
// answer is due (overdue said in words) and the province's answer; the producer's
// form while the API says it may lodge one (mayLodge, until lodgeBy), and the answer
// form under each open complaint for the province's officers (mayAnswer). The panel
// is absent while the result is not final and nothing was lodged.
import { useState } from 'react';
import { vietnamDateOf } from '../../../domain/time/vietnam-date.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { ErrorLine } from '../councils/error-line.tsx';
import { answerComplaint, type Complaints, getComplaints, lodgeComplaint } from '../decisions/api.ts';
import { RESULT_WORDS } from './result-words.ts';

const findComplaints = (id: string) =>
  getComplaints(id).catch((err: { status?: number }) => {
    if (err.status === 404) return null;
    throw err;
  });

/** A text sent once: its field, its button and the refusal. */
function TextForm(props: {
  label: string;
  field: string;
  button: string;
  busyText: string;
  send(text: string): Promise<void>;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <form
      aria-label={props.label}
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        props
          .send(text.trim())
          .then(() => setText(''), setError)
          .finally(() => setBusy(false));
      }}
    >
      <label className="flex flex-col gap-1 text-sm">
        <span>{props.field}</span>
        <textarea
          required
          minLength={10}
          maxLength={4000}
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="rounded border px-3 py-2"
        />
      </label>
      <ErrorLine error={error} />
      <button
        type="submit"
        disabled={busy}
        className="self-start rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
      >
        {busy ? props.busyText : props.button}
      </button>
    </form>
  );
}

export function ComplaintsPanel({ dossierId, stage }: { dossierId: string; stage: string }) {
  const { lang, w } = useI18n();
  const R = RESULT_WORDS[lang];
  const announce = useAnnounce();
  const loaded = useQuery(`complaints:${dossierId}:${stage}`, () => findComplaints(dossierId));
  const [answered, setAnswered] = useState<Complaints | null>(null);
  const c = answered ?? loaded.data;
  if (loaded.error) return <ErrorLine error={loaded.error} />;
  if (!c || (!c.items.length && !c.lodgeBy)) return null;
  const today = vietnamDateOf(new Date());
  return (
    <section aria-labelledby="complaints" className="flex flex-col gap-3 rounded-lg border bg-white p-3">
      <h2 id="complaints" className="text-lg font-semibold">
        {R.complaints}
      </h2>
      {c.lodgeBy && (
        <p className="text-sm text-slate-700">
          {c.mayLodge || today <= c.lodgeBy ? R.lodgeBy(w.date(c.lodgeBy)) : R.periodOver(w.date(c.lodgeBy))}
        </p>
      )}
      {c.items.length === 0 ? (
        <p className="text-sm text-slate-600">{R.noComplaints}</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {c.items.map((x) => (
            <li key={x.id} className="rounded border border-slate-200 p-3" data-status={x.status}>
              <p className="flex flex-wrap gap-x-2 text-xs text-slate-600">
                <span>{R.lodgedOn(w.date(x.lodgedOn))}</span>
                <span>{R.answerDue(w.date(x.answerDueOn))}</span>
                {x.status === 'open' && (
                  <span className={x.overdue ? 'font-semibold text-rose-800' : ''}>
                    {x.overdue ? R.overdue : R.open}
                  </span>
                )}
              </p>
              <p className="mt-1 whitespace-pre-line break-words">{x.text}</p>
              {x.answer && (
                <div className="mt-2 border-l-4 border-brand-600 pl-3">
                  <p className="text-xs text-slate-600">{R.answeredOn(w.date(x.answeredOn))}</p>
                  <p className="whitespace-pre-line break-words">{x.answer}</p>
                </div>
              )}
              {c.mayAnswer && x.status === 'open' && (
                <div className="mt-2">
                  <TextForm
                    label={R.answer}
                    field={R.answerText}
                    button={R.answer}
                    busyText={R.answering}
                    send={async (text) => {
                      setAnswered(await answerComplaint(dossierId, x.id, text));
                      announce(R.answered);
                    }}
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {c.mayLodge && (
        <TextForm
          label={R.lodge}
          field={R.complaintText}
          button={R.lodge}
          busyText={R.lodging}
          send={async (text) => {
            setAnswered(await lodgeComplaint(dossierId, text));
            announce(R.lodged);
          }}
        />
      )}
    </section>
  );
}
