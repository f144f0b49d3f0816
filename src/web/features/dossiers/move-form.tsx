// One move of a dossier, asked before it is made: what it does, what it carries, and
// a confirming button named by the move. A return's reasons and Mẫu 03 are checked
// with the domain's own rules (returnProblems, form03Problems) before they are sent,
// so the person sees each problem by name at once; the server checks them again.
import { useState } from 'react';
import { COMMUNE_CHECK_LABELS, type Form03, form03Problems } from '../../../domain/dossiers/commune-check.ts';
import {
  DOSSIER_ITEMS,
  PRODUCER_ITEMS,
  type ReturnReason,
  returnProblems,
} from '../../../domain/dossiers/dossier-content.ts';
import type { DOSSIER_ACTION_EVENTS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { ACTION_WORDS, form03ProblemText, returnProblemText } from './action-words.ts';
import type { DossierEvent, DossierView } from './api.ts';
import { ErrorNote } from './error-note.tsx';
import { blankForm03, Form03Form, type Form03Draft } from './form03-form.tsx';
import { ReturnReasons } from './return-reasons.tsx';
import { RoundChoice } from './round-choice.tsx';

type Event = (typeof DOSSIER_ACTION_EVENTS)[number];
const RETURNS: ReadonlySet<Event> = new Set(['returnToProducer', 'returnToCommune']);
const CHECKS: ReadonlySet<Event> = new Set(['checkAtCommune', 'sendBackToProvince']);

export function MoveForm(props: {
  event: Event;
  d: DossierView;
  onAct(body: DossierEvent): Promise<void>;
  onCancel(): void;
}) {
  const { event, d } = props;
  const { lang, w } = useI18n();
  const A = ACTION_WORDS[lang];
  const returnable = event === 'returnToProducer' ? PRODUCER_ITEMS : DOSSIER_ITEMS;
  const [note, setNote] = useState('');
  const [reasons, setReasons] = useState<ReturnReason[]>([{ item: returnable[0], reason: '' }]);
  const [form03, setForm03] = useState<Form03Draft>(() => d.form03 ?? blankForm03());
  const [roundId, setRoundId] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const name = w.term(V.dossierAction, event);

  const problemsNow = (): string[] => {
    if (RETURNS.has(event))
      return returnProblems(reasons, returnable).map((p) =>
        returnProblemText(p, (id) => w.term(V.dossierItem, id), lang),
      );
    if (CHECKS.has(event))
      return form03Problems(form03).map((p) =>
        form03ProblemText(
          p,
          (id) => COMMUNE_CHECK_LABELS[id as keyof typeof COMMUNE_CHECK_LABELS][lang],
          lang,
        ),
      );
    return [];
  };
  const confirm = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = problemsNow();
    setProblems(found);
    setError(null);
    if (found.length) return;
    setBusy(true);
    try {
      await props.onAct({
        event,
        ...(RETURNS.has(event) ? { reasons } : {}),
        // every item is answered once the check above found no problem
        ...(CHECKS.has(event) ? { form03: form03 as Form03 } : {}),
        ...(event === 'accept' && roundId ? { roundId } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <form
      onSubmit={(e) => void confirm(e)}
      aria-label={A.confirm(name)}
      className="flex flex-col gap-3 border-t pt-3"
      data-move={event}
    >
      <p className="text-slate-800">{A.effect[event]}</p>
      {RETURNS.has(event) && <ReturnReasons value={reasons} items={returnable} onChange={setReasons} />}
      {CHECKS.has(event) && (
        <Form03Form value={form03} suggestion={d.localLabourSuggestion} onChange={setForm03} />
      )}
      {event === 'accept' && <RoundChoice value={roundId} onChange={setRoundId} />}
      {!RETURNS.has(event) && (
        <label className="flex flex-col gap-1">
          <span className="text-sm">{A.note}</span>
          <textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={2}
            className="rounded border px-3 py-2"
          />
        </label>
      )}
      {problems.length > 0 && (
        <div role="alert" className="rounded bg-red-50 p-3 text-red-800">
          <p>{A.problems}</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <ErrorNote error={error} />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {busy ? A.working : A.confirm(name)}
        </button>
        <button type="button" onClick={props.onCancel} className="rounded border px-3 py-2">
          {A.cancel}
        </button>
      </div>
    </form>
  );
}
