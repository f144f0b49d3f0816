// The self-assessment sheet (Mẫu 02, part III): criteria grouped by part and section,
// options in full, live predicted points and star, blocked markers and advice. The
// draft saves itself a moment after each change, with the version read (a concurrent
// save is refused, not overwritten); leaving while a change is unsaved saves it first
// or asks. The result stays in sight: beside the sheet on a wide screen, in a bar at
// the bottom on a phone or a tablet held upright, with a jump list by part.
import { useParams } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SetRules } from '../../../domain/rubric/rules.ts';
import { adviseNextStar } from '../../../domain/scoring/advice.ts';
import { notApplicableCriteria, type Answers, type Facts } from '../../../domain/scoring/score.ts';
import { predictSheet } from '../../../domain/self-assessment/prediction.ts';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { JumpList, SheetBar, type JumpItem } from '../../components/ui/sheet-bar.tsx';
import { SaveStatus, UnsavedDialog, useAutosave, useUnsavedGuard } from '../../lib/drafts.tsx';
import { useMedia } from '../../lib/use-media.ts';
import { useAnnounceChange } from '../../lib/announcer.tsx';
import { getRubricSet, getSheet, saveSheet, setSheetStatus, type RubricSetReply, type Sheet } from './api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useQuery } from '../../lib/use-query.ts';
import { CriterionCard } from './criterion-card.tsx';
import { LABELS } from './labels.ts';
import { ScoreSummary } from './score-summary.tsx';

const NONE: never[] = [];
/** wide enough for the summary beside the sheet; below it, a bar at the bottom */
const DESK = '(min-width: 1024px)';
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
    // a new editor when the sheet is finalised or reopened; not after its own saves
    <SheetEditor
      key={`${sheet.data.id}:${sheet.data.status}`}
      sheet={sheet.data}
      setReply={rubric.data}
      reload={sheet.reload}
    />
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
  // changes counted, and the count the last successful save held
  const [edits, setEdits] = useState(0);
  const [savedEdits, setSavedEdits] = useState(0);
  const dirty = edits !== savedEdits;
  const version = useRef(sheet.updatedAt);
  const [message, setMessage] = useState<string | null>(null);
  const editable = sheet.actions.includes('edit');
  const desk = useMedia(DESK);
  const notApplicableNow = useMemo(() => notApplicableCriteria(rules, facts), [rules, facts]);
  // answers on criteria that do not apply are dropped before scoring, as the server would refuse them
  const effective = useMemo(
    () => Object.fromEntries(Object.entries(answers).filter(([code]) => !notApplicableNow.has(code))),
    [answers, notApplicableNow],
  );
  const advice = useMemo(() => adviseNextStar(set, effective, facts, rules), [set, effective, facts, rules]);
  const prediction = useMemo(() => predictSheet(set, effective, advice), [set, effective, advice]);
  // said through the page's live region when the prediction changes (the summary may be folded away on a phone)
  useAnnounceChange(
    `${L.predicted}: ${prediction.stars === null ? L.notAssessed : `${prediction.stars} ${L.stars}`} · ${L.total}: ${advice.current.total}/100`,
  );
  const blocked = useMemo(
    () => new Map(prediction.blocked.map((b) => [b.criterion, L.needs(b.needs)])),
    [prediction, L],
  );

  const changed = useCallback(() => setEdits((n) => n + 1), []);
  const onChoose = useCallback(
    (code: string, position: number) => {
      setAnswers((a) => ({ ...a, [code]: position }));
      changed();
    },
    [changed],
  );
  const onComment = useCallback(
    (code: string, text: string) => {
      setComments((c) => ({ ...c, [code]: text }));
      changed();
    },
    [changed],
  );
  const draft = useMemo(
    () => ({ answers: effective, facts, comments, edit: edits }),
    [effective, facts, comments, edits],
  );
  const autosave = useAutosave({
    value: draft,
    dirty,
    enabled: editable,
    save: async (d) => {
      const saved = await saveSheet(sheet.id, {
        answers: d.answers,
        facts: d.facts,
        comments: d.comments,
        expectedUpdatedAt: version.current,
      });
      version.current = saved.updatedAt;
      setSavedEdits((n) => Math.max(n, d.edit));
    },
  });
  useEffect(() => {
    if (autosave.state === 'conflict') setMessage(L.conflict);
  }, [autosave.state, L]);

  // leaving with a change not yet saved: save it and go on; ask only when saving fails
  const guard = useUnsavedGuard();
  const { setDirty: setGuarded, blocker } = guard;
  useEffect(() => setGuarded(dirty), [dirty, setGuarded]);
  useEffect(() => {
    if (blocker.status !== 'blocked') return;
    if (!dirty) blocker.proceed?.();
    else if (autosave.state === 'pending') void autosave.saveNow();
  }, [blocker, dirty, autosave]);
  const failed = autosave.state === 'offline' || autosave.state === 'error' || autosave.state === 'conflict';

  const setStatus = async (status: 'draft' | 'final') => {
    setMessage(null);
    if (dirty && !(await autosave.saveNow())) return;
    try {
      await setSheetStatus(sheet.id, { status });
      reload();
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
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

  const jump: JumpItem[] = useMemo(
    () =>
      set.parts.flatMap((part) => [
        {
          target: `part-${part.code}`,
          label: `${L.part} ${part.code}. ${part.title}`,
          detail: `${advice.current.parts[part.code]}/${part.maxPoints}`,
        },
        ...part.sections
          .filter((sec) => !(sec.criteria.length === 1 && sec.criteria[0].code === sec.code))
          .map((sec) => ({
            target: `section-${sec.code}`,
            label: `${sec.code}. ${sec.title}`,
            detail: `${advice.current.sections[sec.code]}/${sec.maxPoints}`,
            nested: true,
          })),
      ]),
    [set, advice, L],
  );

  return (
    <section>
      <PageTitle>
        {L.sheet}: {sheet.productName} — {sheet.year}
      </PageTitle>
      <p className="text-slate-700">
        {sheet.producerName} · {L.setNo(set.no)}: {set.name} · {sheet.rubric.title} ({sheet.rubric.id})
        {!sheet.rubric.verified && <em className="ml-1 text-amber-800">— {L.unverified}</em>}
      </p>
      <div className="my-3 flex flex-wrap items-center gap-3">
        <span className="rounded bg-slate-100 px-2 py-1 text-sm" data-testid="sheet-status">
          {sheet.status === 'final' ? L.final : L.draft}
        </span>
        {editable && (
          <button
            type="button"
            onClick={() => void autosave.saveNow()}
            disabled={autosave.state === 'saving' || !dirty}
            className="rounded bg-brand-600 px-3 py-2 text-white disabled:opacity-50"
          >
            {autosave.state === 'saving' ? L.saving : L.saveDraft}
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
        {editable && desk && <SaveStatus state={autosave.state} savedAt={autosave.savedAt} />}
      </div>
      {editable && <p className="mb-2 text-sm text-slate-600">{L.autosaves}</p>}
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
            changed();
          }}
        />
        {L.hasStory}
      </label>
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="flex flex-col gap-4">
          {set.parts.map((part) => (
            <section key={part.code} aria-labelledby={`part-${part.code}`} className="scroll-mt-4">
              <h2 id={`part-${part.code}`} className="text-lg font-semibold">
                {L.part} {part.code}. {part.title} — {advice.current.parts[part.code]}/{part.maxPoints}
              </h2>
              {part.sections.map((section) => (
                <div key={section.code} id={`section-${section.code}`} className="mt-2 scroll-mt-4">
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
        {desk && (
          <div className="sticky top-4 flex max-h-[95vh] flex-col gap-3 self-start overflow-y-auto">
            <nav aria-label={L.jumpTo} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
              <p className="mb-1 text-sm text-slate-600">{L.jumpTo}</p>
              <JumpList items={jump} />
            </nav>
            <ScoreSummary advice={advice} prediction={prediction} L={L} />
          </div>
        )}
      </div>
      {!desk && (
        <SheetBar
          result={
            prediction.stars === null ? (
              <span data-testid="bar-stars" data-assessed="false">
                {L.notAssessed}
              </span>
            ) : (
              <span data-testid="bar-stars" data-assessed="true" data-stars={prediction.stars}>
                <span className="text-amber-600" aria-hidden="true">
                  {'★'.repeat(prediction.stars)}
                </span>{' '}
                {prediction.stars} {L.stars} · {advice.current.total}/100
              </span>
            )
          }
          blocks={
            advice.current.disqualified
              ? L.disqualified
              : prediction.blocked.length > 0
                ? L.blockedCount(prediction.blocked.length)
                : null
          }
          save={editable ? <SaveStatus state={autosave.state} savedAt={autosave.savedAt} compact /> : null}
          jump={jump}
          details={<ScoreSummary advice={advice} prediction={prediction} L={L} />}
        />
      )}
      {failed && <UnsavedDialog blocker={blocker} />}
    </section>
  );
}
