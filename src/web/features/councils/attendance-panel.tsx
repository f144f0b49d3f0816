// Who is present, ticked by the officer while the session is planned (or, for
// written opinions that diverged, on the day the council met), with the quorum
// computed live by the council's own rule (domain/councils/council-rules.ts) before
// it is saved: "Có mặt 3/4 — cần 3, có Chủ tịch".
import { useMemo, useState } from 'react';
import { checkQuorum, type QuorumCheck } from '../../../domain/councils/council-rules.ts';
import { V } from '../../../shared/vocabulary.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { recordAttendance, type Session } from './api.ts';
import { type CouncilWords, COUNCIL_WORDS } from './council-words.ts';
import { ErrorLine } from './error-line.tsx';

export function QuorumLine({
  q,
  chairRequired,
  K,
}: {
  q: QuorumCheck;
  chairRequired: boolean;
  K: CouncilWords;
}) {
  return (
    <p
      className={`rounded px-2 py-1 text-sm ${q.met ? 'bg-emerald-50 text-emerald-800' : 'bg-amber-50 text-amber-900'}`}
      data-testid="quorum"
      data-met={q.met}
    >
      {K.quorumLine(q.present, q.members, q.needed, chairRequired ? q.chairPresent : null)} —{' '}
      <strong>{q.met ? K.quorumMet : K.quorumNotMet}</strong>
    </p>
  );
}

export function AttendancePanel({ s, onSaved }: { s: Session; onSaved(s: Session): void }) {
  const { lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const editable = s.actions.includes('recordAttendance') || s.actions.includes('recordMeeting');
  const [present, setPresent] = useState(() => new Set(s.members.filter((m) => m.present).map((m) => m.id)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const live = useMemo(() => checkQuorum(s.rules, s.members, present), [s, present]);
  const q = editable ? live : s.quorum;
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await recordAttendance(s.id, [...present]));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="attendance" className="flex flex-col gap-2 rounded-lg border bg-white p-3">
      <h2 id="attendance" className="font-semibold">
        {K.attendance}
      </h2>
      <QuorumLine q={q} chairRequired={s.rules.quorum.chairPresent} K={K} />
      <ul className="flex flex-col gap-1">
        {s.members.map((m) => (
          <li key={m.id}>
            <label className="flex items-start gap-2 py-1">
              <input
                type="checkbox"
                className="mt-1 size-5"
                checked={present.has(m.id)}
                disabled={!editable}
                onChange={(e) => {
                  const next = new Set(present);
                  if (e.target.checked) next.add(m.id);
                  else next.delete(m.id);
                  setPresent(next);
                }}
              />
              <span>
                {m.fullName} — {w.term(V.memberPosition, m.position)}
                <span className="block text-xs text-slate-600">
                  {m.agency}
                  {!m.scores && ` · ${K.notScoring}`}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <ErrorLine error={error} />
      {editable && (
        <button
          type="button"
          disabled={busy}
          onClick={() => void save()}
          className="self-start rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {K.saveAttendance}
        </button>
      )}
    </section>
  );
}
