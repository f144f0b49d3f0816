// The sheets of one dossier before a session, as the services of the council read
// them: who is expected to score it (the scoring members present — every scoring
// member for written opinions — less those who declared a conflict), each member's
// newest sheet of each pass, whether the sheets of the current pass are in, and the
// council's result on them (the domain's aggregateCouncil, with the council's rules
// and the rubric version's rules for the set).
import { scoringMembers } from '../../../domain/councils/council-rules.ts';
import { type RescoringPlan, rescoringPlan } from '../../../domain/councils/rescoring.ts';
import { readAnswers, readFacts } from '../../../domain/scoring/answers.ts';
import type { RubricSet } from '../../../domain/rubric/pack.ts';
import type { SetRules } from '../../../domain/rubric/rules.ts';
import { scoringError } from '../../core/scoring-error.ts';
import { aggregateCouncil, type CouncilResult, type MemberSheet } from '../../../domain/scoring/council.ts';
import { type Answers, type ScoreResult, scoreSheet } from '../../../domain/scoring/score.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor } from '../../db/client.ts';
import { getRubricSet } from '../rubrics/rubrics.service.ts';
import type * as sessionsRepo from './sessions.repository.ts';
import type * as sheetsRepo from './sheets.repository.ts';
import { type SessionAccess, seatsOf } from './session-access.ts';

export interface ItemSheets {
  item: sessionsRepo.ItemRow;
  /** member ids expected to score, in the council's order */
  expected: string[];
  conflicted: Set<string>;
  /** newest version of each member's sheet, by pass */
  first: Map<string, sheetsRepo.SheetRow>;
  second: Map<string, sheetsRepo.SheetRow>;
  plan: RescoringPlan | null;
}

export function expectedMembers(access: SessionAccess, conflicted: ReadonlySet<string>): string[] {
  const writtenOnly = access.session.mode === 'writtenOpinion' && !access.session.metOn;
  return scoringMembers(seatsOf(access), new Set(access.session.present), writtenOnly, conflicted);
}

export function itemSheets(
  access: SessionAccess,
  item: sessionsRepo.ItemRow,
  sheets: sheetsRepo.SheetRow[],
  conflicts: { itemId: string; memberId: string }[],
): ItemSheets {
  const conflicted = new Set(conflicts.filter((c) => c.itemId === item.id).map((c) => c.memberId));
  const mine = sheets.filter((s) => s.itemId === item.id);
  return {
    item,
    expected: expectedMembers(access, conflicted),
    conflicted,
    first: new Map(mine.filter((s) => s.pass === 1).map((s) => [s.memberId, s])),
    second: new Map(mine.filter((s) => s.pass === 2).map((s) => [s.memberId, s])),
    plan: (item.rescoring as RescoringPlan | null) ?? null,
  };
}

const isIn = (s: sheetsRepo.SheetRow | undefined) => !!s && (s.status === 'sent' || s.status === 'locked');

/** Members whose sheet of the current pass is not in yet. */
export function missingMembers(x: ItemSheets): string[] {
  if (x.item.status === 'rescoring' && x.plan)
    return Object.keys(x.plan.members).filter((m) => x.expected.includes(m) && !isIn(x.second.get(m)));
  return x.expected.filter((m) => !isIn(x.first.get(m)));
}

/** Each expected member's sheet that counts: the re-scored one where there is one, else the first. */
export function countingSheets(x: ItemSheets): MemberSheet[] {
  return x.expected
    .map((m) => {
      const s = isIn(x.second.get(m)) ? x.second.get(m) : x.first.get(m);
      return s && isIn(s) ? { memberId: m, answers: s.answers as Answers } : null;
    })
    .filter((s) => s !== null);
}

export interface ComputedResult {
  result: CouncilResult;
  plan: RescoringPlan;
  sheets: MemberSheet[];
}

/** The council's result on the counting sheets, and the re-scoring it would ask for; null with no sheet in. */
export async function computeResult(
  db: Executor,
  access: SessionAccess,
  x: ItemSheets,
): Promise<ComputedResult | null> {
  const sheets = countingSheets(x);
  if (!sheets.length) return null;
  const { set, rules: setRules } = await getRubricSet(db, x.item.rubricVersionId, x.item.setNo);
  const { quorum: _q, extraRounds: _e, ...councilRules } = access.rules;
  const result = aggregateCouncil(set, sheets, readFacts(x.item.facts), councilRules, setRules);
  return { result, plan: rescoringPlan(set, sheets, result), sheets };
}

/** The set a dossier is scored on, for checking answers. */
export async function setOf(deps: AppDeps, item: Pick<sessionsRepo.ItemRow, 'rubricVersionId' | 'setNo'>) {
  return getRubricSet(deps.database.db, item.rubricVersionId, item.setNo);
}

/** A member's answers read and scored on the dossier's sheet; refused answers name their criterion. */
export function scoredAnswers(
  loaded: { set: RubricSet; rules: SetRules },
  raw: unknown,
  facts: unknown,
): { answers: Answers; result: ScoreResult } {
  try {
    const answers = readAnswers(loaded.set, raw);
    return { answers, result: scoreSheet(loaded.set, answers, readFacts(facts), loaded.rules) };
  } catch (err) {
    scoringError(err);
  }
}
