// The councils an officer runs: the province's (a province officer) or the centre's
// (a central officer), each opening to its rules, members and sessions; and the form
// that sets one up at the level of the officer's grant, with the level's default rules.
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable, PageTitle } from '../../components/ui/data-table.tsx';
import { paths } from '../../config/paths.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { createCouncil, listCouncils } from './api.ts';
import { COUNCIL_WORDS } from './council-words.ts';
import { ErrorLine } from './error-line.tsx';

export function CouncilsPage() {
  const { lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const { me } = useAuth();
  const role = me?.grants.find((g) => g.id === me.activeGrantId)?.role;
  const level = role === 'central_officer' ? 'central' : role === 'province_officer' ? 'province' : null;
  const list = useQuery(`councils:${me?.activeGrantId}`, listCouncils);
  return (
    <section className="flex flex-col gap-3">
      <PageTitle>{K.councils}</PageTitle>
      {level && <CreateCouncil level={level} />}
      <DataTable
        caption={K.councils}
        rows={list.data}
        loading={list.loading}
        error={list.error?.message}
        empty={K.noCouncils}
        columns={[
          {
            key: 'name',
            header: K.name,
            card: 'title',
            cell: (c) => (
              <Link to={paths.council(c.id)} className="text-brand-700 underline">
                {c.name}
              </Link>
            ),
          },
          { key: 'level', header: K.level, cell: (c) => w.term(V.roundLevel, c.level) },
          { key: 'province', header: K.province, cell: (c) => c.provinceName ?? '—' },
        ]}
      />
    </section>
  );
}

function CreateCouncil({ level }: { level: 'province' | 'central' }) {
  const { lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!open)
    return (
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="self-start rounded bg-brand-600 px-3 py-2 font-semibold text-white"
      >
        {K.create}
      </button>
    );
  const submit = async (form: FormData) => {
    setBusy(true);
    setError(null);
    try {
      const created = await createCouncil({
        level,
        name: String(form.get('name') ?? ''),
        establishedBy: String(form.get('establishedBy') ?? '') || undefined,
        establishedOn: String(form.get('establishedOn') ?? '') || null,
      });
      void navigate({ to: paths.council(created.id) } as never);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <form
      className="flex flex-col gap-3 rounded-lg border bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
    >
      <h2 className="font-semibold">
        {K.create} — {w.term(V.roundLevel, level)}
      </h2>
      <label className="flex flex-col gap-1 text-sm">
        <span>{K.name}</span>
        <input name="name" required minLength={3} maxLength={300} className="rounded border px-2 py-1.5" />
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm">
          <span>{K.establishedBy}</span>
          <input name="establishedBy" maxLength={100} className="rounded border px-2 py-1.5" />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{K.establishedOn}</span>
          <input name="establishedOn" type="date" className="rounded border px-2 py-1.5" />
        </label>
      </div>
      <ErrorLine error={error} />
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {busy ? K.creating : K.create}
        </button>
        <button type="button" onClick={() => setOpen(false)} className="rounded border px-3 py-2">
          {K.cancel}
        </button>
      </div>
    </form>
  );
}
