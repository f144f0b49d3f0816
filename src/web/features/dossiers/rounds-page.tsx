// The evaluation rounds the caller works with (the province's and the centre's), the
// newest first, or a year's: each with its cut-off for proposals, its last day of decision, its
// advisory group and council, and how many dossiers it holds, each count a link to
// them. Those who may (the capability openRounds) open the year's regular rounds on
// the procedure's dates or an extra round with its own (round-open-form.tsx).
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { vietnamYearOf } from '../../../domain/time/vietnam-date.ts';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable, PageTitle } from '../../components/ui/data-table.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { listRounds } from './api.ts';
import { roundName } from './labels.ts';
import { OpenRounds } from './round-open-form.tsx';
import { ROUND_WORDS } from './round-words.ts';

export function RoundsPage() {
  const { me } = useAuth();
  const { lang, w } = useI18n();
  const R = ROUND_WORDS[lang];
  const thisYear = vietnamYearOf(new Date());
  const [year, setYear] = useState<number | undefined>(undefined);
  const rounds = useQuery(`rounds:${year ?? ''}`, () => listRounds(year));
  return (
    <section className="flex flex-col gap-3">
      <PageTitle>{R.title}</PageTitle>
      <p className="text-slate-700">{R.intro}</p>
      <label className="flex w-40 flex-col text-sm">
        <span>{R.year}</span>
        <select
          value={year ?? ''}
          onChange={(e) => setYear(e.target.value ? Number(e.target.value) : undefined)}
          className="rounded border px-2 py-2"
        >
          <option value="">{R.everyYear}</option>
          {Array.from({ length: 6 }, (_, i) => thisYear + 1 - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <DataTable
        caption={R.title}
        rows={rounds.data}
        loading={rounds.loading}
        error={rounds.error?.message}
        empty={year ? R.empty(year) : R.none}
        columns={[
          { key: 'round', header: R.round, card: 'title', cell: (r) => roundName(r, lang) },
          {
            key: 'level',
            header: R.level,
            cell: (r) =>
              `${w.term(V.procedureLevel, r.level)}${r.provinceName ? ` — ${r.provinceName}` : ''}`,
          },
          { key: 'kind', header: R.kind, cell: (r) => w.term(V.roundKind, r.kind) },
          { key: 'proposalsBy', header: R.proposalsBy, cell: (r) => w.date(r.proposalsBy) },
          { key: 'decideBy', header: R.decideBy, cell: (r) => w.date(r.decideBy) },
          {
            key: 'bodies',
            header: R.bodies,
            cell: (r) => [r.advisoryGroup, r.council].filter(Boolean).join(' · ') || '—',
          },
          {
            key: 'dossiers',
            header: R.dossiers,
            cell: (r) =>
              r.dossiers ? (
                <Link to={paths.dossiers} search={{ round: r.id } as never} className="underline">
                  {w.number(r.dossiers)}
                </Link>
              ) : (
                '0'
              ),
          },
        ]}
      />
      {me?.capabilities.includes('openRounds') && (
        <OpenRounds year={year ?? thisYear} onOpened={rounds.reload} />
      )}
    </section>
  );
}
