// The round a dossier the province accepts goes to: by default the one the procedure
// gives (the next still taking proposals, opened on first use), or one of the
// province's rounds whose cut-off has not passed, an extra round among them.
import { vietnamDateOf } from '../../../domain/time/vietnam-date.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { ACTION_WORDS } from './action-words.ts';
import { listRounds } from './api.ts';
import { roundName } from './labels.ts';

export function RoundChoice({ value, onChange }: { value: string; onChange(id: string): void }) {
  const { lang, w } = useI18n();
  const A = ACTION_WORDS[lang];
  const rounds = useQuery('rounds:open', () => listRounds());
  const today = vietnamDateOf(new Date());
  const open = (rounds.data ?? []).filter((r) => r.level === 'province' && r.proposalsBy >= today);
  return (
    <label className="flex min-w-0 flex-col gap-1">
      <span className="text-sm">{A.roundChoice}</span>
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="max-w-full rounded border px-2 py-2"
      >
        <option value="">{A.roundAuto}</option>
        {open.map((r) => (
          <option key={r.id} value={r.id}>
            {A.roundUntil(roundName(r, lang), w.date(r.proposalsBy))}
          </option>
        ))}
      </select>
    </label>
  );
}
