// One product idea: where it stands and its step's deadline with the days left, what
// it still lacks, the idea and its business plan (editable by its producer while the
// step allows), the moves the caller may make, the steps so far with their reasons,
// and once registered, the product and the way to its first dossier.
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { V } from '../../../shared/vocabulary.ts';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { TermBadge } from '../../components/ui/term-badge.tsx';
import { paths } from '../../config/paths.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import type { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { getIdea, saveIdea, type BusinessPlan, type IdeaFieldsInput, type IdeaView } from './api.ts';
import { IdeaFieldsForm, PlanForm, PlanView } from './idea-forms.tsx';
import { fieldLabel, IdeaMoves } from './idea-moves.tsx';
import { IDEA_WORDS } from './idea-words.ts';

export function IdeaPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const { t } = useI18n();
  const loaded = useQuery(`idea:${id}`, () => getIdea(id));
  const [current, setCurrent] = useState<IdeaView | null>(null);
  const idea = current?.id === id ? current : loaded.data;
  if (loaded.error && !idea)
    return (
      <p role="alert" className="rounded border bg-white p-4 text-red-800">
        {loaded.error.status === 404 ? t.notFound : loaded.error.message}
      </p>
    );
  if (!idea) return <p aria-busy="true">{t.loading}</p>;
  return <IdeaDetail key={`${idea.id}:${idea.version}`} idea={idea} onChange={setCurrent} />;
}

function IdeaDetail({ idea, onChange }: { idea: IdeaView; onChange(next: IdeaView): void }) {
  const { lang, w } = useI18n();
  const L = IDEA_WORDS[lang];
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (body: Partial<IdeaFieldsInput> & { plan?: BusinessPlan }) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await saveIdea(idea.id, { ...body, version: idea.version }));
      announce(L.saved);
    } catch (err) {
      const e = err as ApiError;
      if (e.code === 'CONFLICT') {
        onChange(await getIdea(idea.id));
        setError(L.conflict);
      } else setError(e.message);
    } finally {
      setBusy(false);
    }
  };
  const editIdea = idea.actions.includes('edit:idea');
  const editPlan = idea.actions.includes('edit:plan');
  return (
    <article className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <PageTitle>{idea.name}</PageTitle>
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <TermBadge v={V.ideaStage} id={idea.stage} />
          <span>{w.term(V.ideaKind, idea.kind)}</span>
          <span>
            · {idea.producerName}
            {idea.communeName ? ` — ${idea.communeName}` : ''} · {idea.year}
          </span>
        </p>
        {idea.deadline && (
          <p data-testid="idea-deadline" data-standing={idea.deadline.standing}>
            {L.deadline}: <strong>{w.date(idea.deadline.due)}</strong> ({L.days(idea.deadline.daysLeft)})
          </p>
        )}
      </header>
      {!!idea.gaps.length && (
        <section className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="idea-gaps">
          <h2 className="font-semibold">{L.gaps}</h2>
          <ul className="list-disc pl-5">
            {idea.gaps.map((g) => (
              <li key={g.field}>{fieldLabel(L, g.field)}</li>
            ))}
          </ul>
        </section>
      )}
      <IdeaMoves idea={idea} onMoved={onChange} />
      {error && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
      <section className="flex flex-col gap-2 rounded-lg border bg-white p-4">
        <h2 className="text-lg font-semibold">{L.idea}</h2>
        {editIdea ? (
          <IdeaFieldsForm
            initial={{
              kind: idea.kind,
              name: idea.name,
              productSetNo: idea.productSetNo,
              description: idea.description,
              rawMaterials: idea.rawMaterials,
              localIdentity: idea.localIdentity,
            }}
            submitLabel={L.save}
            busy={busy}
            onSubmit={(v) => void save(v)}
          />
        ) : (
          <dl className="grid gap-2 md:grid-cols-2">
            <div>
              <dt className="text-sm text-slate-600">{L.productSet}</dt>
              <dd>{idea.productSetNo ?? '—'}</dd>
            </div>
            {(['description', 'rawMaterials', 'localIdentity'] as const).map((k) => (
              <div key={k} className="min-w-0">
                <dt className="text-sm text-slate-600">{L[k]}</dt>
                <dd className="whitespace-pre-wrap break-words">{idea[k] || '—'}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {(editPlan || idea.plan) && (
        <section className="flex flex-col gap-2 rounded-lg border bg-white p-4">
          <h2 className="text-lg font-semibold">{L.plan}</h2>
          {editPlan ? (
            <PlanForm initial={idea.plan} busy={busy} onSubmit={(plan) => void save({ plan })} />
          ) : (
            <PlanView plan={idea.plan} />
          )}
        </section>
      )}
      {idea.productId && (
        <section className="flex flex-col gap-1 rounded-lg border border-emerald-300 bg-emerald-50 p-4">
          <h2 className="font-semibold">{L.product}</h2>
          <Link to={paths.product(idea.productId)} className="underline">
            {L.openProduct}
          </Link>
          <Link to={paths.dossiers} className="underline">
            {L.nextDossier}
          </Link>
        </section>
      )}
      {!!idea.statusHistory.length && (
        <section>
          <h2 className="font-semibold">{L.timeline}</h2>
          <ol className="mt-1 flex flex-col gap-1 text-sm">
            {idea.statusHistory.map((h) => (
              <li key={`${h.at}-${h.event}`}>
                <time dateTime={h.at}>{w.dateTime(h.at)}</time> — {h.actorLabel}:{' '}
                <span data-event={h.event}>{w.term(V.ideaAction, h.event)}</span> →{' '}
                {w.term(V.ideaStage, h.toStatus)}
                {h.reason ? ` (${h.reason})` : ''}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
