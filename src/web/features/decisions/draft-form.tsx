// The draft of a recognition decision: the dossiers awaiting one at the caller's level
// (the province's after its council, the centre's under central review), each with its
// product, producer, the council's score and stars — read from its council result —
// ticked into the draft; those a draft of this level does not take (5★ to the centre,
// below 3★) are shown but not offered. The title and the signer's title start from
// their defaults; a refusal names each dossier by its product.
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { vietnamDateOf } from '../../../domain/time/vietnam-date.ts';
import { V } from '../../../shared/vocabulary.ts';
import { paths } from '../../config/paths.ts';
import { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { ErrorLine } from '../councils/error-line.tsx';
import { type DecisionRow, draftDecision, getCouncilResult, listAwaitingDecision } from './api.ts';
import {
  type DecisionLevel,
  defaultDecisionTitle,
  defaultSignerTitle,
  draftRoundOf,
  offerOf,
  twoDecimals,
} from './decision-draft.ts';
import { DECISION_WORDS } from './decision-words.ts';

const field = 'rounded border px-3 py-2';
const UUID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}): (.*)$/i;

/** The dossiers awaiting a decision, each with the stars and score of its council result when it has one. */
async function loadCandidates(level: DecisionLevel) {
  const page = await listAwaitingDecision(level);
  const results = await Promise.all(page.items.map((d) => getCouncilResult(d.id).catch(() => null)));
  return page.items.map((d, i) => ({
    ...d,
    stars: results[i]?.stars ?? null,
    score: results[i]?.totalDisplay ?? null,
  }));
}

export function DraftForm(props: { level: DecisionLevel; decisions: DecisionRow[]; onCancel(): void }) {
  const { t, lang, w } = useI18n();
  const K = DECISION_WORDS[lang];
  const navigate = useNavigate();
  const list = useQuery(`awaiting-decision:${props.level}`, () => loadCandidates(props.level));
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [title, setTitle] = useState<string | null>(null);
  const [signerTitle, setSignerTitle] = useState(defaultSignerTitle(props.level));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const rows = list.data ?? [];
  const offered = rows.filter((r) => offerOf(props.level, r.stars) === 'offer');
  const today = vietnamDateOf(new Date());
  const thisYear = Number(today.slice(0, 4));
  const drafted = props.decisions.filter((d) => d.createdAt.startsWith(String(thisYear))).length;
  const round = draftRoundOf(
    rows.filter((r) => chosen.has(r.id)),
    { year: thisYear, no: drafted + 1 },
  );
  // the default follows the dossiers chosen until the person writes a title of their own
  const shownTitle = title ?? defaultDecisionTitle(round.year, round.no);
  const nameOf = new Map(rows.map((r) => [r.id, `${r.productName} (${r.producerName})`]));
  /** A refusal's line with the dossier named by its product and its stage in words. */
  const refusalLine = (line: string) => {
    const m = UUID.exec(line);
    if (!m) return line;
    const [stage, stars] = m[2].split(', ');
    const rest =
      stars && stage in V.dossierStage.terms
        ? `${w.term(V.dossierStage, stage)}, ${stars.replace(/ sao$/, '')} ★`
        : m[2] === 'dự thảo khác'
          ? K.otherDraft
          : K.inDecision(m[2]);
    return `${nameOf.get(m[1]) ?? '—'}: ${rest}`;
  };
  const refusal =
    error instanceof ApiError && error.code === 'DECISION_ITEMS_INVALID'
      ? ((error.details as { problems?: string[] } | undefined)?.problems ?? [])
      : [];
  const submit = async () => {
    if (!chosen.size) {
      setError(new Error(K.chooseOne));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const made = await draftDecision({ title: shownTitle.trim(), signerTitle, dossierIds: [...chosen] });
      void navigate({ to: paths.decision(made.id) } as never);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  return (
    <form
      aria-label={K.draft}
      className="flex flex-col gap-3 rounded-lg border bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 className="font-semibold">{K.draft}</h2>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-semibold">
          {props.level === 'central' ? K.awaitingCentre : K.awaiting}
        </legend>
        {list.error && <ErrorLine error={list.error} />}
        {list.loading && !list.data && <p>{t.loading}</p>}
        {list.data && rows.length === 0 && <p className="text-sm text-slate-700">{K.noAwaiting}</p>}
        {offered.length > 1 && (
          <label className="flex items-center gap-2 py-1 text-sm">
            <input
              type="checkbox"
              className="size-5"
              checked={offered.every((r) => chosen.has(r.id))}
              onChange={(e) => setChosen(new Set(e.target.checked ? offered.map((r) => r.id) : []))}
            />
            {K.chooseAll}
          </label>
        )}
        <ul className="flex flex-col divide-y divide-slate-100">
          {rows.map((r) => {
            const offer = offerOf(props.level, r.stars);
            const facts = (
              <span className="min-w-0 break-words">
                <span className="font-medium">{r.productName}</span>
                <span className="block text-xs text-slate-600">
                  {r.producerName}
                  {r.communeName && ` · ${r.communeName}`}
                </span>
                <span className="block text-sm">
                  {K.score}: {r.score ? twoDecimals(r.score, lang) : '—'} ·{' '}
                  {r.stars ? K.starsOf(r.stars) : K.starsUnknown}
                </span>
                {offer !== 'offer' && (
                  <span className="block text-xs text-amber-900">
                    {K.notOffered}: {K[offer]}
                  </span>
                )}
              </span>
            );
            return (
              <li key={r.id} data-dossier={r.id}>
                {offer === 'offer' ? (
                  <label className="flex items-start gap-2 py-2">
                    <input
                      type="checkbox"
                      className="mt-1 size-5 shrink-0"
                      checked={chosen.has(r.id)}
                      onChange={(e) => toggle(r.id, e.target.checked)}
                    />
                    {facts}
                  </label>
                ) : (
                  <div className="flex gap-2 py-2 pl-7 text-slate-600">{facts}</div>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <label className="flex flex-col gap-1 text-sm">
        <span>{K.title}</span>
        <textarea
          required
          minLength={5}
          maxLength={500}
          rows={2}
          value={shownTitle}
          onChange={(e) => setTitle(e.target.value)}
          className={field}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span>{K.signerTitle}</span>
        <input
          required
          minLength={3}
          maxLength={200}
          value={signerTitle}
          onChange={(e) => setSignerTitle(e.target.value)}
          className={field}
        />
      </label>
      {refusal.length > 0 ? (
        <div
          role="alert"
          className="rounded bg-red-50 p-3 text-sm text-red-800"
          data-error="DECISION_ITEMS_INVALID"
        >
          <p>{K.refused}</p>
          <ul className="mt-1 list-disc pl-5">
            {refusal.map((line) => (
              <li key={line}>{refusalLine(line)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ErrorLine error={error} />
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={busy}
          className="rounded bg-brand-600 px-3 py-2 font-semibold text-white disabled:opacity-50"
        >
          {busy ? K.drafting : K.makeDraft(chosen.size)}
        </button>
        <button type="button" onClick={props.onCancel} className="rounded border px-3 py-2">
          {K.cancel}
        </button>
      </div>
    </form>
  );
}
