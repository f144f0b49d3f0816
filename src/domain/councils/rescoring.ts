// Re-scoring after divergence (DOMAIN.md §4.6: a member more than the council's
// threshold from the others discusses and re-scores). From the council's result on
// the first sheets, who re-scores and on which criteria: a member whose total is
// flagged, on every criterion where its points differ from the median of the
// members' points; and on a criterion where members are the council's level gap or
// more apart, the members farthest from that criterion's median rank. Pure, so the
// chair's screen, the server and the minutes tell the same plan.
import { compileSet } from '../scoring/compile.ts';
import type { CouncilResult, MemberSheet } from '../scoring/council.ts';
import type { RubricSet } from '../rubric/pack.ts';

export interface RescoringPlan {
  /** member id → criterion codes in question, in the sheet's order */
  members: Record<string, string[]>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export function rescoringPlan(set: RubricSet, sheets: MemberSheet[], result: CouncilResult): RescoringPlan {
  const compiled = compileSet(set);
  const asked = new Map<string, Set<string>>();
  const ask = (memberId: string, code: string) => {
    if (!asked.has(memberId)) asked.set(memberId, new Set());
    asked.get(memberId)?.add(code);
  };
  const divergent = new Set(result.divergentMembers.map((d) => d.memberId));
  for (const x of compiled.criteria) {
    const points = sheets.map((s) => x.points[s.answers[x.code] ?? 0] ?? 0);
    const mid = median(points);
    sheets.forEach((s, i) => {
      if (divergent.has(s.memberId) && points[i] !== mid) ask(s.memberId, x.code);
    });
  }
  for (const d of result.disagreements) {
    const x = compiled.byCode.get(d.criterion);
    if (!x) continue;
    const ranks = sheets.map((s) => x.rank[s.answers[x.code] ?? 0]);
    const mid = median(ranks);
    const far = Math.max(...ranks.map((r) => Math.abs(r - mid)));
    sheets.forEach((s, i) => {
      if (Math.abs(ranks[i] - mid) === far) ask(s.memberId, x.code);
    });
  }
  const order = new Map(compiled.criteria.map((x, i) => [x.code, i]));
  return {
    members: Object.fromEntries(
      [...asked].map(([m, codes]) => [
        m,
        [...codes].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      ]),
    ),
  };
}

/** The criteria a re-scoring sheet changed outside those in question (refused by the server). */
export function changedOutside(
  before: Record<string, number>,
  after: Record<string, number>,
  inQuestion: readonly string[],
): string[] {
  const allowed = new Set(inQuestion);
  const codes = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...codes].filter((c) => !allowed.has(c) && (before[c] ?? 0) !== (after[c] ?? 0)).sort();
}

/** Whether the result on the first sheets asks for a re-scoring. */
export const needsRescoring = (result: CouncilResult) =>
  result.divergentMembers.length > 0 || result.disagreements.length > 0;
