// One council as its officer runs it: its name, level and founding decision, its rules
// in words (editable), its members (added by e-mail, removed), and its sessions with
// "plan a session". A change answers with the council as it now is.
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { V } from '../../../shared/vocabulary.ts';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { type Council, getCouncil } from './api.ts';
import { COUNCIL_WORDS } from './council-words.ts';
import { MembersPanel } from './members-panel.tsx';
import { RulesPanel } from './rules-panel.tsx';
import { SessionsPanel } from './sessions-panel.tsx';

export function CouncilPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const { t, lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const loaded = useQuery(`council:${id}`, () => getCouncil(id));
  const [answered, setAnswered] = useState<Council | null>(null);
  if (loaded.error)
    return (
      <p role="alert" className="rounded border bg-white p-4">
        {loaded.error.status === 404 ? t.notFound : loaded.error.message}
      </p>
    );
  if (!loaded.data || loaded.loading) return <p>{t.loading}</p>;
  const c = answered?.id === id ? answered : loaded.data;
  const decision = [c.establishedBy, c.establishedOn ? w.date(c.establishedOn) : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <article className="flex flex-col gap-4">
      <header>
        <PageTitle>{c.name}</PageTitle>
        <p className="text-slate-700">
          {w.term(V.roundLevel, c.level)}
          {c.provinceName && ` · ${c.provinceName}`}
          {decision && ` · ${K.establishedBy} ${decision}`}
        </p>
      </header>
      <RulesPanel council={c} onSaved={setAnswered} />
      <MembersPanel council={c} onChanged={setAnswered} />
      <SessionsPanel councilId={c.id} canPlan={c.actions.includes('planSession')} />
    </article>
  );
}
