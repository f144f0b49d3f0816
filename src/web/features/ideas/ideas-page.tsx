// Product ideas: the province's calls with their deadlines (opened and extended by
// its officers, with the roll-up by commune), the ideas within the caller's territory
// — those waiting for the caller first — each with its step and deadline, and for a
// producer, a new idea under this year's call.
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable, PageTitle } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { paths } from '../../config/paths.ts';
import type { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { createIdea, listCalls, listIdeas } from './api.ts';
import { CallPanel } from './call-panel.tsx';
import { EMPTY_IDEA, IdeaFieldsForm } from './idea-forms.tsx';
import { IDEA_WORDS } from './idea-words.ts';

const PAGE_SIZE = 20;

export function IdeasPage() {
  const { lang, w } = useI18n();
  const L = IDEA_WORDS[lang];
  const { me } = useAuth();
  const grant = me?.grants.find((g) => g.id === me.activeGrantId);
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { all?: string; page?: string };
  const all = search.all === '1';
  const page = Number(search.page) || 1;
  const calls = useQuery('registration-calls', listCalls);
  const list = useQuery(`ideas:${all}:${page}`, () =>
    listIdeas({ ...(all ? {} : { queue: 'mine' }), page, pageSize: PAGE_SIZE }),
  );
  const [writing, setWriting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const go = (next: { all?: boolean; page?: number }) =>
    void navigate({
      to: paths.ideas,
      search: {
        ...(next.all ? { all: '1' } : {}),
        ...(next.page && next.page > 1 ? { page: String(next.page) } : {}),
      },
    } as never);
  const producer = grant?.role === 'producer';
  const manages = grant?.role === 'province_officer' && grant.unitLevel === 'province' ? grant.unitId : null;
  return (
    <section className="flex flex-col gap-4">
      <PageTitle>{L.title}</PageTitle>
      <p className="text-slate-700">{L.intro}</p>
      <CallPanel calls={calls.data?.items} provinceToManage={manages} onChanged={calls.reload} />
      {producer && (
        <section className="flex flex-col gap-2">
          {writing ? (
            <div className="rounded-lg border bg-white p-4">
              <h2 className="mb-2 text-lg font-semibold">{L.newIdea}</h2>
              <IdeaFieldsForm
                initial={EMPTY_IDEA}
                submitLabel={L.create}
                busy={busy}
                onSubmit={async (v) => {
                  setBusy(true);
                  setError(null);
                  try {
                    const idea = await createIdea(v);
                    void navigate({ to: paths.idea(idea.id) } as never);
                  } catch (err) {
                    setError((err as ApiError).message);
                  } finally {
                    setBusy(false);
                  }
                }}
              />
            </div>
          ) : (
            <button
              type="button"
              className="self-start rounded bg-brand-600 px-4 py-2 font-semibold text-white"
              onClick={() => setWriting(true)}
            >
              {L.newIdea}
            </button>
          )}
          {error && (
            <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">
              {error}
            </p>
          )}
        </section>
      )}
      <nav aria-label={L.list} className="flex gap-2">
        {[false, true].map((a) => (
          <button
            key={String(a)}
            type="button"
            aria-pressed={all === a}
            onClick={() => go({ all: a })}
            className="rounded-full border px-3 py-1 aria-pressed:bg-brand-600 aria-pressed:text-white"
          >
            {a ? L.all : L.mine}
          </button>
        ))}
      </nav>
      <DataTable
        caption={L.list}
        rows={list.data?.items}
        loading={list.loading}
        error={list.error?.message}
        empty={all ? L.empty : L.emptyMine}
        page={page}
        pageSize={PAGE_SIZE}
        total={list.data?.total}
        onPage={(p) => go({ all, page: p })}
        columns={[
          {
            key: 'name',
            header: L.name,
            card: 'title',
            cell: (i) => (
              <Link to={paths.idea(i.id)} className="underline">
                {i.name}
              </Link>
            ),
          },
          {
            key: 'producer',
            header: L.producer,
            cell: (i) => `${i.producerName}${i.communeName ? ` — ${i.communeName}` : ''}`,
          },
          { key: 'stage', header: L.stage, cell: (i) => <TermBadge v={V.ideaStage} id={i.stage} /> },
          {
            key: 'deadline',
            header: L.deadline,
            cell: (i) =>
              i.deadline ? (
                <span data-standing={i.deadline.standing}>
                  {w.date(i.deadline.due)} ({L.days(i.deadline.daysLeft)})
                </span>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </section>
  );
}
