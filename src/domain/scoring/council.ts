// A council's result from its members' sheets. The law leaves quorum, averaging
// and divergence to each council's rules (DOMAIN.md §4.6), so they are data with
// these defaults: mean total; the band decided on the exact mean with integer
// arithmetic (sum ≥ 70·n); members more than 10 points from the median flagged;
// criteria where members are two or more levels apart flagged (ordinal criteria
// only); each star marker judged on the majority of sheets. The result records the
// rules it used.
import type { RubricSet, StarLevel } from '../rubric/pack.ts';
import { NO_RULES, type SetRules } from '../rubric/rules.ts';
import {
  bandWhere,
  compileSet,
  markerLimit,
  scoreSheet,
  starBand,
  type Answers,
  type Disqualification,
  type Facts,
} from './score.ts';

export interface CouncilRules {
  total: 'mean' | 'median';
  divergencePoints: number;
  levelGap: number;
  markers: 'majority' | 'all';
}

export const DEFAULT_COUNCIL_RULES: CouncilRules = {
  total: 'mean',
  divergencePoints: 10,
  levelGap: 2,
  markers: 'majority',
};

export interface MemberSheet {
  memberId: string;
  answers: Answers;
}

export interface CouncilResult {
  rules: CouncilRules;
  members: number;
  /** exact mean (or median) and its two-decimal display */
  total: number;
  totalDisplay: string;
  parts: Record<string, number>;
  bandStars: 1 | 2 | 3 | 4 | 5;
  markerStars: 2 | 3 | 4 | 5;
  stars: 1 | 2 | 3 | 4 | 5;
  disqualified: boolean;
  disqualifications: Disqualification[];
  certifiable: boolean;
  divergentMembers: { memberId: string; total: number; median: number }[];
  disagreements: { criterion: string; lowest: number; highest: number }[];
  failedMarkers: { criterion: string; level: StarLevel; metBy: number }[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** `setRules` is the version's overlay for the set: categorical criteria are not compared by level. */
export function aggregateCouncil(
  set: RubricSet,
  sheets: MemberSheet[],
  facts: Facts = {},
  rules: CouncilRules = DEFAULT_COUNCIL_RULES,
  setRules: SetRules = NO_RULES,
): CouncilResult {
  if (sheets.length === 0) throw new RangeError('a council result needs at least one sheet');
  const scored = sheets.map((s) => ({ ...s, result: scoreSheet(set, s.answers, facts, setRules) }));
  const totals = scored.map((s) => s.result.total);
  const n = scored.length;
  const sum = totals.reduce((a, b) => a + b, 0);
  const mid = median(totals);
  // the mean's band in integer arithmetic on the sum: 69.995 is not 70
  const bandStars = rules.total === 'median' ? starBand(mid) : bandWhere((floor) => sum >= floor * n);
  const total = rules.total === 'median' ? mid : sum / n;
  const parts = Object.fromEntries(
    set.parts.map((p) => [p.code, scored.reduce((a, s) => a + s.result.parts[p.code], 0) / n]),
  );

  const failedMarkers: CouncilResult['failedMarkers'] = [];
  const disagreements: CouncilResult['disagreements'] = [];
  for (const x of compileSet(set).criteria) {
    const ranks = scored.map((s) => x.rank[s.answers[x.code] ?? 0]);
    if (
      !setRules.categorical.has(x.code) &&
      x.c.kind === 'options' &&
      Math.max(...ranks) - Math.min(...ranks) >= rules.levelGap
    ) {
      disagreements.push({
        criterion: x.code,
        lowest: Math.min(...ranks) + 1,
        highest: Math.max(...ranks) + 1,
      });
    }
    for (const m of x.markers) {
      const metBy = ranks.filter((r) => r >= m.rank).length;
      const holds = rules.markers === 'all' ? metBy === n : metBy * 2 > n;
      if (!holds) failedMarkers.push({ criterion: x.code, level: m.level, metBy });
    }
  }
  const markerStars = markerLimit(failedMarkers.map((f) => f.level));
  const stars = Math.min(bandStars, markerStars) as CouncilResult['stars'];
  // facts are the council's, so every sheet carries the same grounds
  const disqualifications = scored[0].result.disqualifications;
  const disqualified = disqualifications.length > 0;
  return {
    rules,
    members: n,
    total,
    totalDisplay: total.toFixed(2),
    parts,
    bandStars: bandStars as CouncilResult['bandStars'],
    markerStars,
    stars,
    disqualified,
    disqualifications,
    certifiable: !disqualified && stars >= 3,
    divergentMembers: scored
      .filter((s) => Math.abs(s.result.total - mid) > rules.divergencePoints)
      .map((s) => ({ memberId: s.memberId, total: s.result.total, median: mid })),
    disagreements,
    failedMarkers,
  };
}
