// Opening rounds: the year's regular rounds on the procedure's dates, or an extra
// round with its own cut-off and last day of decision, for the officer's province (or
// at the centre, for a national grant), each confirmed before it is opened. The
// advisory group and the council may be named now or later.
import { useState } from 'react';
import { useAnnounce } from '../../lib/announcer.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useAuth } from '../auth/auth-context.tsx';
import { openRounds } from './api.ts';
import { ErrorNote } from './error-note.tsx';
import { roundName } from './labels.ts';
import { ROUND_WORDS } from './round-words.ts';

const field = 'rounded border px-3 py-2';

export function OpenRounds({ year, onOpened }: { year: number; onOpened(): void }) {
  const { me } = useAuth();
  const { lang } = useI18n();
  const R = ROUND_WORDS[lang];
  const announce = useAnnounce();
  const grant = me?.grants.find((g) => g.id === me.activeGrantId);
  // a province's officer opens the province's rounds; a national grant the centre's
  const provinceId = grant?.unitLevel === 'province' ? grant.unitId : null;
  const [kind, setKind] = useState<'regular' | 'extra' | null>(null);
  const [dates, setDates] = useState({ proposalsBy: '', decideBy: '' });
  const [bodies, setBodies] = useState({ advisoryGroup: '', council: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const open = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!kind) return;
    setBusy(true);
    setError(null);
    try {
      const opened = await openRounds({
        provinceId,
        year,
        kind,
        ...(kind === 'extra' ? dates : {}),
        advisoryGroup: bodies.advisoryGroup.trim() || null,
        council: bodies.council.trim() || null,
      });
      announce(R.opened(opened.map((r) => roundName(r, lang)).join(', ')));
      setKind(null);
      onOpened();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  if (!kind)
    return (
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => setKind('regular')}
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white"
        >
          {R.openRegular(year)}
        </button>
        <button
          type="button"
          onClick={() => setKind('extra')}
          className="rounded border border-brand-600 px-3 py-2 text-brand-700"
        >
          {R.openExtra}
        </button>
      </div>
    );
  const title = kind === 'regular' ? R.openRegular(year) : `${R.openExtra} — ${year}`;
  return (
    <form
      onSubmit={(e) => void open(e)}
      aria-label={title}
      className="flex flex-col gap-3 rounded-lg border bg-white p-3"
    >
      <h2 className="font-semibold">{title}</h2>
      {kind === 'regular' && <p className="text-sm text-slate-700">{R.openRegularHint}</p>}
      <div className="grid gap-3 sm:grid-cols-2">
        {kind === 'extra' &&
          (['proposalsBy', 'decideBy'] as const).map((k) => (
            <label key={k} className="flex flex-col gap-1">
              <span className="text-sm">{R[k]}</span>
              <input
                type="date"
                required
                value={dates[k]}
                onChange={(e) => setDates({ ...dates, [k]: e.target.value })}
                className={field}
              />
            </label>
          ))}
        {(['advisoryGroup', 'council'] as const).map((k) => (
          <label key={k} className="flex flex-col gap-1">
            <span className="text-sm">{R[k]}</span>
            <input
              value={bodies[k]}
              maxLength={400}
              onChange={(e) => setBodies({ ...bodies, [k]: e.target.value })}
              className={field}
            />
          </label>
        ))}
      </div>
      <ErrorNote error={error} />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {R.confirm}
        </button>
        <button type="button" onClick={() => setKind(null)} className="rounded border px-3 py-2">
          {R.cancel}
        </button>
      </div>
    </form>
  );
}
