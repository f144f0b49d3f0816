// The two forms of an idea: the idea itself (name, kind, set, description, raw
// materials, local identity) and its business plan. Each keeps its own copy while
// typed and hands the whole of it to the page to save.
import { useState, type FormEvent } from 'react';
import { IDEA_KINDS } from '../../../shared/enums.ts';
import { V } from '../../../shared/vocabulary.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { BusinessPlan, IdeaFieldsInput } from './api.ts';
import { IDEA_WORDS } from './idea-words.ts';

const control = 'w-full min-w-0 rounded border px-3 py-2';
const field = 'flex min-w-0 flex-col gap-1';

function Submit({ busy, label }: { busy: boolean; label: string }) {
  const { lang } = useI18n();
  return (
    <button
      type="submit"
      disabled={busy}
      className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60 md:justify-self-start"
    >
      {busy ? IDEA_WORDS[lang].saving : label}
    </button>
  );
}

export const EMPTY_IDEA: IdeaFieldsInput = {
  kind: 'newProduct',
  name: '',
  productSetNo: null,
  description: '',
  rawMaterials: '',
  localIdentity: '',
};

export function IdeaFieldsForm(props: {
  initial: IdeaFieldsInput;
  submitLabel: string;
  busy: boolean;
  onSubmit(values: IdeaFieldsInput): void;
}) {
  const { lang, w } = useI18n();
  const L = IDEA_WORDS[lang];
  const [v, setV] = useState(props.initial);
  const set = <K extends keyof IdeaFieldsInput>(k: K, value: IdeaFieldsInput[K]) =>
    setV({ ...v, [k]: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit(v);
  };
  return (
    <form onSubmit={submit} className="grid gap-3 md:grid-cols-2" data-testid="idea-form">
      <label className={field}>
        <span className="text-sm font-medium">{L.name}</span>
        <input
          required
          minLength={2}
          maxLength={300}
          className={control}
          value={v.name}
          onChange={(e) => set('name', e.target.value)}
        />
      </label>
      <label className={field}>
        <span className="text-sm font-medium">{L.kind}</span>
        <select
          className={control}
          value={v.kind}
          onChange={(e) => set('kind', e.target.value as IdeaFieldsInput['kind'])}
        >
          {IDEA_KINDS.map((k) => (
            <option key={k} value={k}>
              {w.term(V.ideaKind, k)}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        <span className="text-sm font-medium">{L.productSet}</span>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={26}
          className={control}
          value={v.productSetNo ?? ''}
          onChange={(e) => set('productSetNo', e.target.value ? Number(e.target.value) : null)}
        />
      </label>
      {(['description', 'rawMaterials', 'localIdentity'] as const).map((k) => (
        <label key={k} className={field}>
          <span className="text-sm font-medium">{L[k]}</span>
          <textarea
            rows={3}
            maxLength={4000}
            className={control}
            value={v[k]}
            onChange={(e) => set(k, e.target.value)}
          />
        </label>
      ))}
      <Submit busy={props.busy} label={props.submitLabel} />
    </form>
  );
}

const PLAN_TEXTS = ['goals', 'markets', 'capacity', 'investments', 'funding', 'timeline'] as const;

export const EMPTY_PLAN: BusinessPlan = {
  goals: '',
  markets: '',
  capacity: '',
  investments: '',
  funding: '',
  timeline: '',
  expectedRevenue: null,
};

export function PlanForm(props: {
  initial: BusinessPlan | null;
  busy: boolean;
  onSubmit(plan: BusinessPlan): void;
}) {
  const { lang } = useI18n();
  const L = IDEA_WORDS[lang];
  const [plan, setPlan] = useState(props.initial ?? EMPTY_PLAN);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit(plan);
  };
  return (
    <form onSubmit={submit} className="grid gap-3 md:grid-cols-2" data-testid="plan-form">
      {PLAN_TEXTS.map((k) => (
        <label key={k} className={field}>
          <span className="text-sm font-medium">{L.planFields[k]}</span>
          <textarea
            rows={k === 'capacity' ? 1 : 3}
            maxLength={4000}
            className={control}
            value={plan[k]}
            onChange={(e) => setPlan({ ...plan, [k]: e.target.value })}
          />
        </label>
      ))}
      <label className={field}>
        <span className="text-sm font-medium">{L.planFields.expectedRevenue}</span>
        <input
          type="number"
          inputMode="decimal"
          min={0}
          className={control}
          value={plan.expectedRevenue ?? ''}
          onChange={(e) =>
            setPlan({ ...plan, expectedRevenue: e.target.value ? Number(e.target.value) : null })
          }
        />
      </label>
      <Submit busy={props.busy} label={L.save} />
    </form>
  );
}

/** The plan as read by the commune and the province. */
export function PlanView({ plan }: { plan: BusinessPlan | null }) {
  const { lang, w } = useI18n();
  const L = IDEA_WORDS[lang];
  if (!plan) return <p className="text-slate-600">{L.noPlan}</p>;
  return (
    <dl className="grid gap-2 md:grid-cols-2">
      {PLAN_TEXTS.map((k) => (
        <div key={k} className="min-w-0">
          <dt className="text-sm text-slate-600">{L.planFields[k]}</dt>
          <dd className="whitespace-pre-wrap break-words">{plan[k] || '—'}</dd>
        </div>
      ))}
      <div>
        <dt className="text-sm text-slate-600">{L.planFields.expectedRevenue}</dt>
        <dd>{plan.expectedRevenue === null ? '—' : w.number(plan.expectedRevenue)}</dd>
      </div>
    </dl>
  );
}
