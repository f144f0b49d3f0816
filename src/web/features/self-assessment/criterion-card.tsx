// One criterion of the sheet: its options in full as radio buttons (with points and
// star markers), "meets none", the producer's explanation and evidence. Memoised:
// a click re-renders only this card and the summary, which keeps the update fast.
import { memo } from 'react';
import type { RubricCriterion } from '../../../domain/rubric/pack.ts';
import type { OverlayRule } from '../../../domain/rubric/rules.ts';
import type { Labels } from './labels.ts';
import type { Evidence, Suggestion } from './api.ts';
import { EvidenceList } from './evidence-list.tsx';

export interface CriterionProps {
  suggestion?: Suggestion;
  c: RubricCriterion;
  /** null: not answered yet (no option checked) */
  chosen: number | null;
  points: number;
  comment: string;
  evidence: Evidence[];
  rules: OverlayRule[];
  categorical: boolean;
  notApplicable: boolean;
  /** what its star markers need, while they block (a string, so the memo holds) */
  blocked: string | null;
  editable: boolean;
  assessmentId: string;
  L: Labels;
  onChoose(code: string, position: number): void;
  onComment(code: string, text: string): void;
  onEvidence(): void;
}

export const CriterionCard = memo(function CriterionCard(p: CriterionProps) {
  const { c, L } = p;
  const name = `criterion-${c.code}`;
  const disabled = !p.editable || p.notApplicable;
  return (
    <fieldset
      className={`rounded-lg border bg-white p-3 ${p.blocked ? 'border-amber-500' : 'border-slate-200'}`}
      data-criterion={c.code}
    >
      <legend className="px-1 font-semibold">
        {c.code} {c.title}{' '}
        <span className="font-normal text-slate-600">
          ({p.points}/{c.maxPoints ?? '–'} {L.points})
        </span>
      </legend>
      {p.categorical && <p className="text-sm text-slate-600">{L.categorical}</p>}
      {p.notApplicable && <p className="text-sm text-slate-600">{L.notApplicable}</p>}
      {p.blocked && <p className="text-sm font-semibold text-amber-800">★ {p.blocked}</p>}
      {c.notes.map((n) => (
        <p key={n} className="text-sm italic text-slate-600">
          {n}
        </p>
      ))}
      {p.suggestion && p.suggestion.basis.percent !== null && (
        <p
          className="mt-1 flex flex-wrap items-center gap-2 rounded bg-sky-50 px-2 py-1 text-sm"
          data-testid={`suggestion-${c.code}`}
        >
          <span>
            {L.suggestion(
              p.suggestion.basis.localWorkers,
              p.suggestion.basis.totalWorkers,
              p.suggestion.basis.percent,
              p.suggestion.basis.level,
              p.suggestion.basis.asOf,
              p.suggestion.position,
            )}
          </span>
          {!disabled && p.chosen !== p.suggestion.position && (
            <button
              type="button"
              className="text-brand-700 underline"
              onClick={() => p.onChoose(c.code, p.suggestion!.position)}
            >
              {L.useSuggestion}
            </button>
          )}
        </p>
      )}
      <div className="mt-2 flex flex-col gap-1">
        {c.options.map((o) => (
          <label
            key={o.position}
            className={`flex items-start gap-2 rounded px-2 py-1 ${p.chosen === o.position ? 'bg-brand-50' : ''}`}
          >
            <input
              type="radio"
              name={name}
              value={o.position}
              checked={p.chosen === o.position}
              disabled={disabled}
              onChange={() => p.onChoose(c.code, o.position)}
              className="mt-1"
            />
            <span>
              {o.alternativeCase && (
                <span className="mr-1 rounded bg-slate-100 px-1 text-xs">TH{o.alternativeCase}</span>
              )}
              {o.text}{' '}
              <span className="whitespace-nowrap text-slate-600">
                — {o.points ?? 0} {L.points}
              </span>
              {o.minStar && (
                <span
                  className="ml-1 whitespace-nowrap font-semibold text-amber-700"
                  title={L.minStar(o.minStar)}
                >
                  {'★'.repeat(o.minStar)}
                </span>
              )}
            </span>
          </label>
        ))}
        <label className="flex items-start gap-2 px-2 py-1 text-slate-600">
          <input
            type="radio"
            name={name}
            value={0}
            checked={p.chosen === 0}
            disabled={disabled}
            onChange={() => p.onChoose(c.code, 0)}
            className="mt-1"
          />
          <span>
            {L.noneOption} — 0 {L.points}
          </span>
        </label>
      </div>
      {p.rules.map((r) => (
        <p key={r.id} className="mt-1 text-xs text-red-800">
          § {r.cite.text}
        </p>
      ))}
      <details className="mt-2 text-sm" open={Boolean(p.comment) || p.evidence.length > 0}>
        <summary className="cursor-pointer text-brand-700">
          {L.evidence} ({p.evidence.length})
        </summary>
        <label className="mt-1 flex flex-col gap-1">
          <span>{L.comment}</span>
          <textarea
            value={p.comment}
            disabled={!p.editable}
            maxLength={2000}
            rows={2}
            onChange={(e) => p.onComment(c.code, e.target.value)}
            className="rounded border px-2 py-1"
          />
        </label>
        <EvidenceList
          assessmentId={p.assessmentId}
          criterion={c.code}
          files={p.evidence}
          editable={p.editable}
          L={L}
          onChange={p.onEvidence}
        />
      </details>
    </fieldset>
  );
});
