// One criterion of a member's sheet: its options in full as large radio buttons (a
// phone held in one hand), the member's note, and beside them what the producer
// answered in its own part III, with its explanation and evidence. A criterion the
// chair asked to re-score is marked; outside a re-scoring's criteria the card is
// read-only. Memoised: a click re-renders this card and the summary only.
import { memo } from 'react';
import type { RubricCriterion } from '../../../domain/rubric/pack.ts';
import type { SheetWords } from './sheet-words.ts';

export interface ProducerEvidence {
  id: string;
  fileName: string;
  url: string;
}

export interface CouncilCriterionProps {
  c: RubricCriterion;
  chosen: number | null;
  points: number;
  note: string;
  editable: boolean;
  inQuestion: boolean;
  /** the producer's level (undefined: not answered), explanation and evidence; null without part III */
  producer: { chosen: number | undefined; why: string; evidence: ProducerEvidence[] } | null;
  W: SheetWords;
  onChoose(code: string, position: number): void;
  onNote(code: string, text: string): void;
}

export const CouncilCriterion = memo(function CouncilCriterion(p: CouncilCriterionProps) {
  const { c, W } = p;
  const name = `criterion-${c.code}`;
  const option = (position: number, text: string, pts: number, star: number | null) => (
    <label
      key={position}
      className={`flex items-start gap-3 rounded px-2 py-2 ${p.chosen === position ? 'bg-brand-50 ring-1 ring-brand-600' : ''}`}
    >
      <input
        type="radio"
        name={name}
        value={position}
        checked={p.chosen === position}
        disabled={!p.editable}
        onChange={() => p.onChoose(c.code, position)}
        className="mt-1 size-5 shrink-0"
      />
      <span>
        {text}{' '}
        <span className="whitespace-nowrap text-slate-600">
          — {pts} {W.points}
        </span>
        {star && (
          <span className="ml-1 whitespace-nowrap font-semibold text-amber-700" aria-hidden="true">
            {'★'.repeat(star)}
          </span>
        )}
        {p.producer && p.producer.chosen === position && (
          <span className="ml-2 rounded bg-sky-100 px-1.5 text-xs text-sky-900">{W.producerSays}</span>
        )}
      </span>
    </label>
  );
  return (
    <fieldset
      id={name}
      data-criterion={c.code}
      data-in-question={p.inQuestion || undefined}
      className={`scroll-mt-4 rounded-lg border p-3 ${p.inQuestion ? 'border-amber-500 bg-amber-50' : 'border-slate-200 bg-white'}`}
    >
      <legend className="px-1 font-semibold">
        {c.code} {c.title}{' '}
        <span className="font-normal text-slate-600">
          ({p.points}/{c.maxPoints ?? '–'} {W.points})
        </span>
      </legend>
      {p.inQuestion && <p className="text-sm font-semibold text-amber-900">{W.inQuestion}</p>}
      {c.notes.map((n) => (
        <p key={n} className="text-sm italic text-slate-600">
          {n}
        </p>
      ))}
      <div className="mt-1 grid gap-3 lg:grid-cols-[1fr_16rem]">
        <div className="flex flex-col gap-1">
          {c.options.map((o) => option(o.position, o.text, o.points ?? 0, o.minStar))}
          {option(0, W.none, 0, null)}
          <label className="mt-1 flex flex-col gap-1 text-sm">
            <span>{W.myNote}</span>
            <textarea
              value={p.note}
              disabled={!p.editable}
              maxLength={2000}
              rows={2}
              onChange={(e) => p.onNote(c.code, e.target.value)}
              className="rounded border px-2 py-1"
            />
          </label>
        </div>
        {p.producer && (
          <aside className="rounded bg-sky-50 p-2 text-sm" data-testid={`producer-${c.code}`}>
            <p className="font-semibold">
              {W.producerSays}:{' '}
              {p.producer.chosen === undefined ? W.producerNotAnswered : W.level(p.producer.chosen)}
            </p>
            {p.producer.why && (
              <p className="mt-1">
                <span className="text-slate-600">{W.producerWhy}: </span>
                {p.producer.why}
              </p>
            )}
            {p.producer.evidence.length > 0 && (
              <ul className="mt-1 flex flex-col gap-1">
                {p.producer.evidence.map((e) => (
                  <li key={e.id}>
                    <a
                      href={e.url}
                      target="_blank"
                      rel="noreferrer"
                      className="break-all text-brand-700 underline"
                    >
                      {W.evidence}: {e.fileName}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </aside>
        )}
      </div>
    </fieldset>
  );
});
