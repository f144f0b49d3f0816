// The self-assessment sheet (Mẫu 02, part III): criteria grouped by part and section,
// options in full, live predicted points and star, blocked markers and advice; drafts
// saved with the version read (a concurrent save is refused, not overwritten).
import { useParams } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import type { SetRules } from '../../../domain/rubric/rules.ts';
import { adviseNextStar } from '../../../domain/scoring/advice.ts';
import { notApplicableCriteria, type Answers, type Facts } from '../../../domain/scoring/score.ts';
import { predictSheet } from '../../../domain/self-assessment/prediction.ts';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { useAnnounceChange } from '../../lib/announcer.tsx';
import { ApiError } from '../../lib/api-error.ts';
import { getRubricSet, getSheet, saveSheet, setSheetStatus, type RubricSetReply, type Sheet } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { CriterionCard } from './criterion-card.tsx';
import { LABELS } from './labels.ts';
import { ScoreSummary } from './score-summary.tsx';

const NONE: never[] = [];
function groupBy<T>(items: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) out.set(key(x), [...(out.get(key(x)) ?? []), x]);
  return out;
}

export function SelfAssessmentPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const sheet = useQuery(`sa:${id}`, () => getSheet(id));
  const rubric = useQuery(`rubric:${sheet.data?.rubric.id}:${sheet.data?.setNo}`, () =>
    sheet.data ? getRubricSet(sheet.data.rubric.id, sheet.data.setNo) : Promise.resolve(null),
  );
  const { t } = useI18n();
  if (sheet.error)
    return (
      <p role="alert" className="rounded border bg-white p-4">
        {sheet.error.message}
      </p>
    );
  if (!sheet.data || !rubric.data) return <p>{t.loading}</p>;
  return (
    <SheetEditor key={sheet.data.updatedAt} sheet={sheet.data} setReply={rubric.data} reload={sheet.reload} />
  );
}

function SheetEditor({
  sheet,
  setReply,
  reload,
}: {
  sheet: Sheet;
  setReply: RubricSetReply;
  reload(): void;
}) {
  const { lang } = useI18n();
  const L = LABELS[lang];
  const { set } = setReply;
  const rules: SetRules = useMemo(
    () => ({
      overlayId: setReply.rules.overlayId,
      rules: setReply.rules.rules,
      categorical: new Set(setReply.rules.categorical),
    }),
    [setReply],
  );
  const [answers, setAnswers] = useState<Answers>(sheet.answers);
  const [facts, setFacts] = useState<Facts>(sheet.facts);
  const [comments, setComments] = useState<Record<string, string>>(sheet.comments);
  const [dirty, setDirty] = useState(false);
  useAnnounceChange(dirty ? L.unsaved : L.allSaved);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const editable = sheet.actions.includes('edit');
  const notApplicableNow = useMemo(() => notApplicableCriteria(rules, facts), [rules, facts]);
  // answers on criteria that do not apply are dropped before scoring, as the server would refuse them
  const effective = useMemo(
    () => Object.fromEntries(Object.entries(answers).filter(([code]) => !notApplicableNow.has(code))),
    [answers, notApplicableNow],
  );
  const advice = useMemo(() => adviseNextStar(set, effective, facts, rules), [set, effective, facts, rules]);
  const prediction = useMemo(() => predictSheet(set, effective, advice), [set, effective, advice]);
  const blocked = useMemo(
    () => new Map(prediction.blocked.map((b) => [b.criterion, L.needs(b.needs)])),
    [prediction, L],
  );

  const onChoose = useCallback((code: string, position: number) => {
    setAnswers((a) => ({ ...a, [code]: position }));
    setDirty(true);
  }, []);
  const onComment = useCallback((code: string, text: string) => {
    setComments((c) => ({ ...c, [code]: text }));
    setDirty(true);
  }, []);
  const save = async () => {
    setSaving(true);
    setMessage(null);
    try {
      await saveSheet(sheet.id, { answers: effective, facts, comments, expectedUpdatedAt: sheet.updatedAt });
      setDirty(false);
      reload();
    } catch (err) {
      setMessage(
        err instanceof ApiError && err.code === 'CONFLICT'
          ? L.conflict
          : err instanceof Error
            ? err.message
            : String(err),
      );
    } finally {
      setSaving(false);
    }
  };
  const setStatus = async (status: 'draft' | 'final') => {
    if (dirty) await save();
    await setSheetStatus(sheet.id, { status });
    reload();
  };
  // stable per-criterion props, so a click re-renders one card and the summary only
  const rulesAt = useMemo(
    () =>
      groupBy(
        rules.rules.filter((r) => r.kind !== 'appliesIf'),
        (r) => r.criterion ?? '',
      ),
    [rules],
  );
  const evidenceAt = useMemo(() => groupBy(sheet.evidence, (e) => e.criterion), [sheet.evidence]);
  const suggestionAt = useMemo(
    () => new Map(sheet.suggestions.map((x) => [x.criterion, x])),
    [sheet.suggestions],
  );

  return (
    <section>
      <PageTitle>
        {L.sheet}: {sheet.productName} — {sheet.year}
      </PageTitle>
      <p className="text-slate-700">
        {sheet.producerName} · Bộ {set.no}: {set.name} · {sheet.rubric.title} ({sheet.rubric.id})
        {!sheet.rubric.verified && <em className="ml-1 text-amber-800">— {L.unverified}</em>}
      </p>
      <div className="my-3 flex flex-wrap items-center gap-3">
        <span className="rounded bg-slate-100 px-2 py-1 text-sm" data-testid="sheet-status">
          {sheet.status === 'final' ? L.final : L.draft}
        </span>
        {editable && (
          <button
            type="button"
            onClick={() => void save()}
            disabled={saving || !dirty}
            className="rounded bg-brand-600 px-3 py-2 text-white disabled:opacity-50"
          >
            {saving ? L.saving : L.saveDraft}
          </button>
        )}
        {sheet.actions.includes('finalise') && (
          <button
            type="button"
            onClick={() => void setStatus('final')}
            className="rounded border border-brand-600 px-3 py-2 text-brand-700"
          >
            {L.finalise}
          </button>
        )}
        {sheet.actions.includes('reopen') && (
          <button
            type="button"
            onClick={() => void setStatus('draft')}
            className="rounded border border-brand-600 px-3 py-2 text-brand-700"
          >
            {L.reopen}
          </button>
        )}
        <a href={`/api/self-assessments/${sheet.id}/pdf`} className="rounded border px-3 py-2">
          {L.pdf}
        </a>
        <span className="text-sm text-slate-600">{dirty ? L.unsaved : L.allSaved}</span>
      </div>
      {message && (
        <p role="alert" className="mb-3 rounded bg-red-50 p-2 text-red-800">
          {message}
        </p>
      )}
      <label className="mb-3 flex items-center gap-2">
        <input
          type="checkbox"
          checked={facts.hasStory !== false}
          disabled={!editable}
          onChange={(e) => {
            setFacts((f) => ({ ...f, hasStory: e.target.checked }));
            setDirty(true);
          }}
        />
        {L.hasStory}
      </label>
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="flex flex-col gap-4">
          {set.parts.map((part) => (
            <section key={part.code} aria-labelledby={`part-${part.code}`}>
              <h2 id={`part-${part.code}`} className="text-lg font-semibold">
                {L.part} {part.code}. {part.title} — {advice.current.parts[part.code]}/{part.maxPoints}
              </h2>
              {part.sections.map((section) => (
                <div key={section.code} className="mt-2">
                  {!(section.criteria.length === 1 && section.criteria[0].code === section.code) && (
                    <h3 className="font-semibold text-slate-800">
                      {section.code}. {section.title} — {advice.current.sections[section.code]}/
                      {section.maxPoints}
                    </h3>
                  )}
                  {section.notes.map((n) => (
                    <p key={n} className="text-sm italic text-slate-600">
                      {n}
                    </p>
                  ))}
                  <div className="mt-2 flex flex-col gap-2">
                    {section.criteria.map((c) =>
                      c.kind === 'group' ? (
                        <h4 key={c.code} className="font-medium">
                          {c.code} {c.title}
                        </h4>
                      ) : (
                        <div key={c.code} id={`criterion-${c.code}`}>
                          <CriterionCard
                            suggestion={suggestionAt.get(c.code)}
                            c={c}
                            chosen={notApplicableNow.has(c.code) ? 0 : (answers[c.code] ?? null)}
                            points={advice.current.criteria[c.code] ?? 0}
                            comment={comments[c.code] ?? ''}
                            evidence={evidenceAt.get(c.code) ?? NONE}
                            rules={rulesAt.get(c.code) ?? NONE}
                            categorical={rules.categorical.has(c.code)}
                            notApplicable={notApplicableNow.has(c.code)}
                            blocked={blocked.get(c.code) ?? null}
                            editable={editable}
                            assessmentId={sheet.id}
                            L={L}
                            onChoose={onChoose}
                            onComment={onComment}
                            onEvidence={reload}
                          />
                        </div>
                      ),
                    )}
                  </div>
                </div>
              ))}
            </section>
          ))}
        </div>
        <div>
          <ScoreSummary advice={advice} prediction={prediction} L={L} />
        </div>
      </div>
    </section>
  );
}
