// The province's yearly calls for ideas with both deadlines and the days left; its
// officers open this year's call or change (extend) a deadline, and read the roll-up
// of the call by commune with what waits for a commune past its deadline.
import { useState, type FormEvent } from 'react';
import { vietnamYearOf } from '../../../domain/time/vietnam-date.ts';
import { IDEA_STAGES } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { DataTable } from '../../components/ui/data-table.tsx';
import { useAnnounce } from '../../lib/announcer.tsx';
import type { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { editCall, openCall, rollUp, type CallView } from './api.ts';
import { IDEA_WORDS } from './idea-words.ts';

const control = 'min-w-0 rounded border px-3 py-2';

function DatesForm(props: {
  initial: { ideasDueOn: string; plansDueOn: string };
  label: string;
  onSubmit(dates: { ideasDueOn: string; plansDueOn: string }): Promise<void>;
}) {
  const { lang } = useI18n();
  const L = IDEA_WORDS[lang];
  const [dates, setDates] = useState(props.initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(dates);
    } catch (err) {
      setError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-wrap items-end gap-3" data-testid="call-form">
      {(['ideasDueOn', 'plansDueOn'] as const).map((k) => (
        <label key={k} className="flex flex-col gap-1">
          <span className="text-sm">{k === 'ideasDueOn' ? L.ideasDue : L.plansDue}</span>
          <input
            type="date"
            required
            className={control}
            value={dates[k]}
            onChange={(e) => setDates({ ...dates, [k]: e.target.value })}
          />
        </label>
      ))}
      <button
        type="submit"
        disabled={busy}
        className="rounded bg-brand-600 px-4 py-2 font-semibold text-white"
      >
        {busy ? L.saving : props.label}
      </button>
      {error && (
        <p role="alert" className="w-full rounded bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      )}
    </form>
  );
}

function CallCard({ call, manage, onChanged }: { call: CallView; manage: boolean; onChanged(): void }) {
  const { lang, w } = useI18n();
  const L = IDEA_WORDS[lang];
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  return (
    <li className="flex flex-col gap-2 rounded-lg border bg-white p-3" data-testid="registration-call">
      <h3 className="font-semibold">{L.callOf(call.year, call.provinceName)}</h3>
      <p>
        {L.ideasDue}: <strong>{w.date(call.ideasDueOn)}</strong> ({L.days(call.ideas.daysLeft)}) ·{' '}
        {L.plansDue}: <strong>{w.date(call.plansDueOn)}</strong> ({L.days(call.plans.daysLeft)})
      </p>
      {manage &&
        (editing ? (
          <DatesForm
            initial={call}
            label={L.save}
            onSubmit={async (dates) => {
              await editCall(call.id, { ...dates, version: call.version });
              announce(L.saved);
              setEditing(false);
              onChanged();
            }}
          />
        ) : (
          <button
            type="button"
            className="self-start rounded border px-3 py-1"
            onClick={() => setEditing(true)}
          >
            {L.editCall}
          </button>
        ))}
      {manage && <CallRollup callId={call.id} />}
    </li>
  );
}

function CallRollup({ callId }: { callId: string }) {
  const { lang, w } = useI18n();
  const L = IDEA_WORDS[lang];
  const data = useQuery(`rollup:${callId}`, () => rollUp(callId));
  const shown = IDEA_STAGES.filter((s) => s !== 'draft');
  return (
    <DataTable
      caption={L.rollup}
      rows={data.data?.rows.map((r) => ({ ...r, id: r.communeId ?? '' }))}
      loading={data.loading}
      error={data.error?.message}
      empty={L.empty}
      columns={[
        { key: 'commune', header: L.commune, card: 'title', cell: (r) => r.communeName ?? '—' },
        ...shown.map((s) => ({
          key: s,
          header: w.term(V.ideaStage, s),
          cell: (r: { stages: Record<string, number> }) => w.number(r.stages[s] ?? 0),
        })),
        { key: 'late', header: L.late, cell: (r) => w.number(r.waitingPastDeadline) },
        { key: 'total', header: L.total, cell: (r) => w.number(r.total) },
      ]}
    />
  );
}

export function CallPanel(props: {
  calls: CallView[] | undefined;
  provinceToManage: string | null;
  onChanged(): void;
}) {
  const { lang } = useI18n();
  const L = IDEA_WORDS[lang];
  const announce = useAnnounce();
  const year = vietnamYearOf(new Date());
  const hasThisYear = props.calls?.some((c) => c.year === year && c.provinceId === props.provinceToManage);
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold">{L.calls}</h2>
      {props.calls && !props.calls.length && <p className="text-slate-700">{L.noCall}</p>}
      <ul className="flex flex-col gap-2">
        {props.calls?.map((c) => (
          <CallCard
            key={c.id}
            call={c}
            manage={c.provinceId === props.provinceToManage}
            onChanged={props.onChanged}
          />
        ))}
      </ul>
      {props.provinceToManage && props.calls && !hasThisYear && (
        <div className="rounded-lg border bg-white p-3">
          <h3 className="mb-2 font-semibold">{L.openCall}</h3>
          <DatesForm
            initial={{ ideasDueOn: `${year}-04-30`, plansDueOn: `${year}-08-31` }}
            label={L.openCall}
            onSubmit={async (dates) => {
              const provinceId = props.provinceToManage as string;
              await openCall({ provinceId, year, ...dates });
              announce(L.saved);
              props.onChanged();
            }}
          />
        </div>
      )}
    </section>
  );
}
