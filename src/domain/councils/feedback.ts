// What a producer is told after the decision (DOMAIN.md §12.2: producers cannot tell
// why they got their stars): per criterion, the points it gave itself beside the
// council's mean, and what would take the product to the next star — the advice
// function run on the council's consensus sheet (each criterion at the median level
// the members chose, the lower of two middles), so the advice speaks of what the
// council saw, not of the producer's own reading.
import type { RubricSet } from '../rubric/pack.ts';
import { NO_RULES, type SetRules } from '../rubric/rules.ts';
import { type Advice, adviseNextStar } from '../scoring/advice.ts';
import { compileSet } from '../scoring/compile.ts';
import type { MemberSheet } from '../scoring/council.ts';
import type { Answers, Facts } from '../scoring/score.ts';

export interface CriterionFeedback {
  criterion: string;
  title: string;
  section: string;
  max: number;
  /** the producer's own points (its self-assessment), null without one */
  own: number | null;
  /** the council's mean points, to two decimals */
  council: number;
  lowest: number;
  highest: number;
}

export interface CouncilFeedback {
  criteria: CriterionFeedback[];
  consensus: Answers;
  advice: Advice;
}

export function consensusAnswers(set: RubricSet, sheets: MemberSheet[]): Answers {
  const out: Answers = {};
  for (const x of compileSet(set).criteria) {
    const chosen = sheets.map((s) => s.answers[x.code] ?? 0).sort((a, b) => x.rank[a] - x.rank[b] || a - b);
    out[x.code] = chosen[Math.floor((chosen.length - 1) / 2)] ?? 0;
  }
  return out;
}

export function councilFeedback(
  set: RubricSet,
  sheets: MemberSheet[],
  own: Answers | null,
  facts: Facts = {},
  rules: SetRules = NO_RULES,
): CouncilFeedback {
  if (!sheets.length) throw new RangeError('feedback needs the council’s sheets');
  const compiled = compileSet(set);
  const criteria = compiled.criteria.map((x) => {
    const points = sheets.map((s) => x.points[s.answers[x.code] ?? 0] ?? 0);
    const mean = points.reduce((a, b) => a + b, 0) / points.length;
    return {
      criterion: x.code,
      title: x.c.title,
      section: compiled.sections[x.section].code,
      max: Math.max(...x.points),
      own: own ? (x.points[own[x.code] ?? 0] ?? 0) : null,
      council: Math.round(mean * 100) / 100,
      lowest: Math.min(...points),
      highest: Math.max(...points),
    };
  });
  const consensus = consensusAnswers(set, sheets);
  return { criteria, consensus, advice: adviseNextStar(set, consensus, facts, rules) };
}
