// The members of a council: name, position, agency and account; for the officer who
// runs it, adding an account by its e-mail with a position and agency (the account
// gets the council role) and removing a member (sheets already sent are kept).
import { useState } from 'react';
import { MEMBER_POSITIONS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable } from '../../components/ui/data-table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { type AddMember, type Council, addMember, removeMember } from './api.ts';
import { COUNCIL_WORDS } from './council-words.ts';
import { ErrorLine } from './error-line.tsx';

export function MembersPanel({ council, onChanged }: { council: Council; onChanged(c: Council): void }) {
  const { lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const manage = council.actions.includes('manageMembers');
  const [error, setError] = useState<unknown>(null);
  const remove = async (id: string, name: string) => {
    if (!window.confirm(K.removeAsk(name))) return;
    setError(null);
    try {
      onChanged(await removeMember(council.id, id));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="members" className="flex flex-col gap-3">
      <h2 id="members" className="text-lg font-semibold">
        {K.members}
      </h2>
      <DataTable
        caption={K.members}
        rows={council.members}
        loading={false}
        empty={K.noMembers}
        columns={[
          { key: 'name', header: K.fullName, card: 'title', cell: (m) => m.fullName },
          { key: 'position', header: K.position, cell: (m) => w.term(V.memberPosition, m.position) },
          { key: 'agency', header: K.agency, cell: (m) => m.agency },
          { key: 'email', header: K.email, cell: (m) => m.email ?? '—' },
          ...(manage
            ? [
                {
                  key: 'remove',
                  header: K.moves,
                  cell: (m: Council['members'][number]) => (
                    <button
                      type="button"
                      onClick={() => void remove(m.id, m.fullName)}
                      className="rounded border border-rose-800 px-2 py-1 text-rose-800"
                    >
                      {K.remove}
                    </button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ErrorLine error={error} />
      {manage && <AddMemberForm councilId={council.id} onAdded={onChanged} />}
    </section>
  );
}

function AddMemberForm({ councilId, onAdded }: { councilId: string; onAdded(c: Council): void }) {
  const { lang, w } = useI18n();
  const K = COUNCIL_WORDS[lang];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (el: HTMLFormElement) => {
    const form = new FormData(el);
    setBusy(true);
    setError(null);
    try {
      onAdded(
        await addMember(councilId, {
          email: String(form.get('email') ?? '').trim(),
          position: String(form.get('position')) as AddMember['position'],
          agency: String(form.get('agency') ?? '').trim(),
        }),
      );
      el.reset();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="flex flex-col gap-3 rounded-lg border bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(e.currentTarget);
      }}
    >
      <h3 className="font-semibold">{K.addMember}</h3>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="flex flex-col gap-1 text-sm">
          <span>{K.email}</span>
          <input name="email" type="email" required maxLength={200} className="rounded border px-2 py-1.5" />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{K.position}</span>
          <select name="position" defaultValue="member" className="rounded border px-2 py-1.5">
            {MEMBER_POSITIONS.map((p) => (
              <option key={p} value={p}>
                {w.term(V.memberPosition, p)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span>{K.agency}</span>
          <input
            name="agency"
            required
            minLength={2}
            maxLength={300}
            className="rounded border px-2 py-1.5"
          />
        </label>
      </div>
      <ErrorLine error={error} />
      <button
        type="submit"
        disabled={busy}
        className="self-start rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
      >
        {busy ? K.adding : K.addMember}
      </button>
    </form>
  );
}
