// A council's rules in words — how the council total is taken, when a member or a
// criterion is sent back for re-scoring, how star markers are judged, the quorum as
// a share ("3/4") and whether the chair must be present — and, for the officer who
// runs it, a form to change them (the server checks them and keeps the version).
import { useState } from 'react';
import { COUNCIL_MARKER_RULES, COUNCIL_TOTALS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { type Council, type CouncilRules, editCouncil } from './api.ts';
import { COUNCIL_WORDS } from './council-words.ts';
import { ErrorLine } from './error-line.tsx';

/** "3/4" → { present: 3, of: 4 }; null when it is not a share up to one. */
export function readShare(text: string): { present: number; of: number } | null {
  const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  if (!m) return null;
  const present = Number(m[1]);
  const of = Number(m[2]);
  return present >= 1 && of >= 1 && present <= of ? { present, of } : null;
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function RulesPanel({ council, onSaved }: { council: Council; onSaved(c: Council): void }) {
  const { lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const r = council.rules;
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="rules" className="flex flex-col gap-3 rounded-lg border bg-white p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="rules" className="font-semibold">
          {K.rules}
        </h2>
        {council.actions.includes('edit') && !editing && (
          <button type="button" onClick={() => setEditing(true)} className="rounded border px-3 py-1.5">
            {K.editRules}
          </button>
        )}
      </div>
      {editing ? (
        <RulesForm
          council={council}
          onDone={(c) => {
            setEditing(false);
            if (c) onSaved(c);
          }}
        />
      ) : (
        <dl className="grid gap-3 text-sm sm:grid-cols-2" data-testid="council-rules">
          <Fact label={K.total}>{w.term(V.councilTotal, r.total)}</Fact>
          <Fact label={K.divergence}>{K.divergenceText(r.divergencePoints)}</Fact>
          <Fact label={K.levelGap}>{K.levelGapText(r.levelGap)}</Fact>
          <Fact label={K.markers}>{w.term(V.councilMarkerRule, r.markers)}</Fact>
          <Fact label={K.quorum}>
            {K.quorumText(r.quorum.share.present, r.quorum.share.of)}
            <span className="block">{r.quorum.chairPresent ? K.chairRequired : K.chairNotRequired}</span>
          </Fact>
          {r.extraRounds && <Fact label={K.rules}>{K.extraRounds}</Fact>}
        </dl>
      )}
    </section>
  );
}

function RulesForm({ council, onDone }: { council: Council; onDone(c: Council | null): void }) {
  const { lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const [rules, setRules] = useState<CouncilRules>(council.rules);
  const [share, setShare] = useState(`${rules.quorum.share.present}/${rules.quorum.share.of}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const parsed = readShare(share);
  const save = async () => {
    if (!parsed) return;
    setBusy(true);
    setError(null);
    try {
      const quorum = { ...rules.quorum, share: parsed };
      onDone(await editCouncil(council.id, { version: council.version, rules: { ...rules, quorum } }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const field = 'flex flex-col gap-1 text-sm';
  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className={field}>
        <span>{K.total}</span>
        <select
          value={rules.total}
          onChange={(e) => setRules({ ...rules, total: e.target.value as CouncilRules['total'] })}
          className="rounded border px-2 py-1.5"
        >
          {COUNCIL_TOTALS.map((t) => (
            <option key={t} value={t}>
              {w.term(V.councilTotal, t)}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        <span>{K.markers}</span>
        <select
          value={rules.markers}
          onChange={(e) => setRules({ ...rules, markers: e.target.value as CouncilRules['markers'] })}
          className="rounded border px-2 py-1.5"
        >
          {COUNCIL_MARKER_RULES.map((m) => (
            <option key={m} value={m}>
              {w.term(V.councilMarkerRule, m)}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        <span>{K.divergence}</span>
        <input
          type="number"
          min={1}
          max={50}
          step={0.5}
          value={rules.divergencePoints}
          onChange={(e) => setRules({ ...rules, divergencePoints: Number(e.target.value) })}
          className="rounded border px-2 py-1.5"
        />
        <span className="text-xs text-slate-600">{K.divergenceText(rules.divergencePoints)}</span>
      </label>
      <label className={field}>
        <span>{K.levelGap}</span>
        <input
          type="number"
          min={1}
          max={5}
          value={rules.levelGap}
          onChange={(e) => setRules({ ...rules, levelGap: Number(e.target.value) })}
          className="rounded border px-2 py-1.5"
        />
        <span className="text-xs text-slate-600">{K.levelGapText(rules.levelGap)}</span>
      </label>
      <label className={field}>
        <span>
          {K.quorum} — {K.share}
        </span>
        <input
          value={share}
          inputMode="numeric"
          aria-invalid={!parsed}
          onChange={(e) => setShare(e.target.value)}
          className="rounded border px-2 py-1.5"
        />
        {!parsed && <span className="text-xs text-red-800">{K.shareInvalid}</span>}
      </label>
      <div className="flex flex-col gap-2 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={rules.quorum.chairPresent}
            onChange={(e) =>
              setRules({ ...rules, quorum: { ...rules.quorum, chairPresent: e.target.checked } })
            }
          />
          {K.chairRequired}
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={rules.extraRounds}
            onChange={(e) => setRules({ ...rules, extraRounds: e.target.checked })}
          />
          {K.extraRounds}
        </label>
      </div>
      <div className="sm:col-span-2">
        <ErrorLine error={error} />
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <button
          type="submit"
          disabled={busy || !parsed}
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {K.saveRules}
        </button>
        <button type="button" onClick={() => onDone(null)} className="rounded border px-3 py-2">
          {K.cancel}
        </button>
      </div>
    </form>
  );
}
