// Putting dossiers to a planned session: the dossiers of the officer's territory at
// the council's stage not yet on this session, ticked and added in one go.
import { useState } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { addSessionDossiers, listScoringDossiers, type Session } from './api.ts';
import { COUNCIL_WORDS } from './council-words.ts';
import { ErrorLine } from './error-line.tsx';

export function AddDossiers({ s, onAdded }: { s: Session; onAdded(s: Session): void }) {
  const { t, lang } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const list = useQuery(`scoring-dossiers:${open}`, () =>
    open ? listScoringDossiers() : Promise.resolve(null),
  );
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)} className="self-start rounded border px-3 py-2">
        {K.addDossiers}
      </button>
    );
  const onSession = new Set(s.items.map((i) => i.dossierId));
  const candidates = (list.data?.items ?? []).filter((d) => !onSession.has(d.id));
  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      onAdded(await addSessionDossiers(s.id, [...chosen]));
      setChosen(new Set());
      setOpen(false);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="flex flex-col gap-2 rounded-lg border bg-white p-3">
      <h3 className="font-semibold">{K.addDossiers}</h3>
      {list.error && <ErrorLine error={list.error} />}
      {!list.data && !list.error && <p>{t.loading}</p>}
      {list.data && candidates.length === 0 && <p className="text-slate-700">{K.noCandidates}</p>}
      <ul className="flex flex-col gap-1">
        {candidates.map((d) => (
          <li key={d.id}>
            <label className="flex items-start gap-2 py-1">
              <input
                type="checkbox"
                className="mt-1 size-5"
                checked={chosen.has(d.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(d.id);
                  else next.delete(d.id);
                  setChosen(next);
                }}
              />
              <span>
                {d.productName}
                <span className="block text-xs text-slate-600">
                  {d.producerName}
                  {d.communeName && ` · ${d.communeName}`}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <ErrorLine error={error} />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy || chosen.size === 0}
          onClick={() => void add()}
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {K.addChosen(chosen.size)}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="rounded border px-3 py-2">
          {K.cancel}
        </button>
      </div>
    </div>
  );
}
