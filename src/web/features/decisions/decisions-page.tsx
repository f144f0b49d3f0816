// The recognition decisions of the caller's issuing body — a province officer's for its
// chair (3★, 4★), a central officer's for the minister (5★) — newest first, each with
// its number once signed and its state; and the draft form, which lists the dossiers
// awaiting a decision and opens the new draft's page once it is made.
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { DataTable, PageTitle } from '../../components/ui/data-table.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { listDecisions } from './api.ts';
import { DECISION_WORDS } from './decision-words.ts';
import { DraftForm } from './draft-form.tsx';
import { StateBadge } from './state-badge.tsx';

export function DecisionsPage() {
  const { lang, w } = useI18n();
  const K = DECISION_WORDS[lang];
  const { me } = useAuth();
  const role = me?.grants.find((g) => g.id === me.activeGrantId)?.role;
  const level = role === 'central_officer' ? 'central' : 'province';
  const list = useQuery(`decisions:${me?.activeGrantId}`, listDecisions);
  const [drafting, setDrafting] = useState(false);
  return (
    <section className="flex flex-col gap-3">
      <PageTitle>{K.decisions}</PageTitle>
      {drafting ? (
        <DraftForm level={level} decisions={list.data ?? []} onCancel={() => setDrafting(false)} />
      ) : (
        <button
          type="button"
          onClick={() => setDrafting(true)}
          className="self-start rounded bg-brand-600 px-3 py-2 font-semibold text-white"
        >
          {K.draft}
        </button>
      )}
      <DataTable
        caption={K.decisions}
        rows={list.data}
        loading={list.loading}
        error={list.error?.message}
        empty={K.noDecisions}
        columns={[
          {
            key: 'title',
            header: K.title,
            card: 'title',
            cell: (d) => (
              <Link to={paths.decision(d.id)} className="text-brand-700 underline">
                {d.title}
              </Link>
            ),
          },
          { key: 'number', header: K.number, cell: (d) => d.number ?? K.noNumber },
          { key: 'signedOn', header: K.signedOn, cell: (d) => (d.signedOn ? w.date(d.signedOn) : '—') },
          { key: 'items', header: K.items, cell: (d) => K.itemsCount(d.items) },
          { key: 'status', header: K.status, cell: (d) => <StateBadge state={d.status} /> },
          { key: 'created', header: K.created, cell: (d) => w.date(d.createdAt) },
        ]}
      />
    </section>
  );
}
