// A council member's own sheet for one dossier of a session, made to be filled on a
// phone in the meeting hall as well as at a desk: each criterion with its options and
// the producer's own answer, explanation and evidence beside it; the live total and
// stars (computed in the browser); the advisory report. Every change is kept on the
// device first and sent in the background (sheet-store.ts), so a dropped connection
// loses nothing; a copy saved meanwhile from another device is shown, not
// overwritten. While re-scoring only the criteria in question can change; once the
// dossier has its result the sheet is read-only.
import { Link, useParams } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import type { SetRules } from '../../../domain/rubric/rules.ts';
import { notApplicableCriteria, scoreSheet, scorableCriteria } from '../../../domain/scoring/score.ts';
import { PageTitle } from '../../components/ui/data-table.tsx';
import { type JumpItem, JumpList, SheetBar } from '../../components/ui/sheet-bar.tsx';
import { paths } from '../../config/paths.ts';
import { useAnnounce } from '../../lib/announcer.tsx';
import { ApiError } from '../../lib/api-error.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useMedia } from '../../lib/use-media.ts';
import { useQuery } from '../../lib/use-query.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { getRubricSet, type RubricSetReply } from '../self-assessment/api.ts';
import { getMySheet, type MySheet } from './api.ts';
import { CouncilCriterion, type ProducerEvidence } from './council-criterion.tsx';
import { DossierBrief } from './dossier-brief.tsx';
import { type SendState, SheetSummary, StarsLine } from './sheet-summary.tsx';
import { SHEET_WORDS } from './sheet-words.ts';
import { ConflictPanel, SyncLine } from './sync-line.tsx';
import { useSheetStore } from './use-sheet-store.ts';

const DESK = '(min-width: 1024px)';
const NO_EVIDENCE: ProducerEvidence[] = [];

export function MemberSheetPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const { t } = useI18n();
  const { me } = useAuth();
  const sheet = useQuery(`council-sheet:${id}`, () => getMySheet(id));
  const rubric = useQuery(`rubric:${sheet.data?.rubricVersionId}:${sheet.data?.setNo}`, () =>
    sheet.data ? getRubricSet(sheet.data.rubricVersionId, sheet.data.setNo) : Promise.resolve(null),
  );
  const error = sheet.error ?? rubric.error;
  if (error)
    return (
      <p role="alert" className="rounded border bg-white p-4">
        {error.status === 404 ? t.notFound : error.message}
      </p>
    );
  if (!sheet.data || !rubric.data || !me) return <p>{t.loading}</p>;
  return (
    <SheetEditor
      key={`${sheet.data.itemId}:${sheet.data.pass}:${sheet.data.editable}`}
      data={sheet.data}
      reply={rubric.data}
      userId={me.user.id}
    />
  );
}

function SheetEditor({ data, reply, userId }: { data: MySheet; reply: RubricSetReply; userId: string }) {
  const { lang } = useI18n();
  const W = SHEET_WORDS[lang];
  const announce = useAnnounce();
  const desk = useMedia(DESK);
  const { set } = reply;
  const { store, snapshot: snap } = useSheetStore(userId, data);
  const rules: SetRules = useMemo(
    () => ({
      overlayId: reply.rules.overlayId,
      rules: reply.rules.rules,
      categorical: new Set(reply.rules.categorical),
    }),
    [reply],
  );
  const notApplicable = useMemo(() => notApplicableCriteria(rules, data.facts), [rules, data.facts]);
  const scorable = useMemo(
    () => scorableCriteria(set).filter((x) => !notApplicable.has(x.criterion.code)),
    [set, notApplicable],
  );
  const result = useMemo(() => {
    const effective = Object.fromEntries(Object.entries(snap.answers).filter(([c]) => !notApplicable.has(c)));
    try {
      return scoreSheet(set, effective, data.facts, rules);
    } catch {
      return null;
    }
  }, [set, snap.answers, data.facts, rules, notApplicable]);
  const answered = scorable.filter((x) => x.criterion.code in snap.answers).length;
  const inQuestion = useMemo(() => new Set(data.inQuestion), [data.inQuestion]);
  const evidenceAt = useMemo(() => {
    const out = new Map<string, ProducerEvidence[]>();
    for (const raw of data.producerSheet?.evidence ?? []) {
      const e = raw as unknown as ProducerEvidence & { criterion: string };
      out.set(e.criterion, [...(out.get(e.criterion) ?? []), e]);
    }
    return out;
  }, [data.producerSheet]);
  // one object per criterion for the whole page's life: a click re-renders only the criterion it changes
  const producerAt = useMemo(() => {
    const ps = data.producerSheet;
    if (!ps) return null;
    return new Map(
      scorableCriteria(set).map((x) => {
        const code = x.criterion.code;
        return [
          code,
          {
            chosen: ps.answers[code],
            why: ps.comments[code] ?? '',
            evidence: evidenceAt.get(code) ?? NO_EVIDENCE,
          },
        ];
      }),
    );
  }, [data.producerSheet, set, evidenceAt]);
  const onChoose = useCallback(
    (code: string, position: number) =>
      store.edit({ answers: { ...store.getSnapshot().answers, [code]: position } }),
    [store],
  );
  const onNote = useCallback(
    (code: string, text: string) =>
      store.edit({ comments: { ...store.getSnapshot().comments, [code]: text } }),
    [store],
  );
  const [send, setSend] = useState<SendState>({ busy: false, message: null, missing: [] });
  const titleOf = useMemo(
    () => new Map(scorableCriteria(set).map((x) => [x.criterion.code, x.criterion.title])),
    [set],
  );
  const onSend = async () => {
    setSend({ busy: true, message: null, missing: [] });
    const refused = await store.submit();
    if (!refused) {
      setSend({ busy: false, message: null, missing: [] });
      announce(W.sentOk);
      return;
    }
    const criteria =
      refused instanceof ApiError ? ((refused.details as { criteria?: string[] })?.criteria ?? []) : [];
    setSend({
      busy: false,
      message: refused instanceof ApiError && refused.status > 0 ? refused.message : W.needsNetwork,
      missing: criteria.map((code) => ({ code, title: titleOf.get(code) ?? '' })),
    });
  };
  const jump: JumpItem[] = useMemo(
    () =>
      set.parts.map((part) => ({
        target: `part-${part.code}`,
        label: `${W.part} ${part.code}. ${part.title}`,
        detail: result ? `${result.parts[part.code]}/${part.maxPoints}` : undefined,
      })),
    [set, result, W],
  );
  const summary = (
    <SheetSummary
      result={result}
      answered={answered}
      scorable={scorable.length}
      snap={snap}
      editable={data.editable}
      send={send}
      onSend={() => void onSend()}
      W={W}
    />
  );
  return (
    <section className="flex flex-col gap-3 pb-24 lg:pb-0">
      <header>
        <PageTitle>
          {W.sheet}: {data.productName}
        </PageTitle>
        <p className="text-slate-700">
          {data.producerName} · {W.setNo(set.no)}: {set.name} ·{' '}
          <Link to={paths.councilSession(data.sessionId)} className="underline">
            {data.sessionTitle}
          </Link>
        </p>
      </header>
      {data.pass === 2 && data.editable && (
        <p className="rounded bg-amber-50 p-2 text-amber-900">{W.pass2}</p>
      )}
      {!data.editable && <p className="rounded bg-slate-100 p-2 text-slate-800">{W.readOnly}</p>}
      {!desk && data.editable && <SyncLine snap={snap} W={W} />}
      <ConflictPanel snap={snap} set={set} store={store} W={W} />
      {!data.producerSheet && <p className="text-sm text-slate-600">{W.noProducerSheet}</p>}
      <DossierBrief dossier={data.dossier} W={W} />
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="flex flex-col gap-4">
          {set.parts.map((part) => (
            <section key={part.code} aria-labelledby={`part-${part.code}`} className="flex flex-col gap-2">
              <h2 id={`part-${part.code}`} className="scroll-mt-4 text-lg font-semibold">
                {W.part} {part.code}. {part.title}
                {result && ` — ${result.parts[part.code]}/${part.maxPoints}`}
              </h2>
              {part.sections.flatMap((section) =>
                section.criteria
                  .filter((c) => c.kind !== 'group')
                  .map((c) => (
                    <CouncilCriterion
                      key={c.code}
                      c={c}
                      chosen={snap.answers[c.code] ?? null}
                      points={result?.criteria[c.code] ?? 0}
                      note={snap.comments[c.code] ?? ''}
                      editable={
                        data.editable &&
                        !notApplicable.has(c.code) &&
                        (data.pass === 1 || inQuestion.has(c.code))
                      }
                      inQuestion={inQuestion.has(c.code)}
                      producer={producerAt?.get(c.code) ?? null}
                      W={W}
                      onChoose={onChoose}
                      onNote={onNote}
                    />
                  )),
              )}
            </section>
          ))}
        </div>
        {desk && (
          <div className="sticky top-4 flex max-h-[95vh] flex-col gap-3 self-start overflow-y-auto">
            <nav aria-label={W.jumpTo} className="rounded-lg border bg-white p-3">
              <JumpList items={jump} />
            </nav>
            {summary}
          </div>
        )}
      </div>
      {!desk && (
        <SheetBar
          result={<StarsLine result={result} W={W} />}
          blocks={result?.disqualified ? W.disqualified : null}
          save={data.editable ? <SyncLine snap={snap} W={W} compact /> : null}
          jump={jump}
          details={summary}
        />
      )}
    </section>
  );
}
