// What keeps a sheet from the next star, and the cheapest way there: first every
// marker that blocks it (raised to the marked option), then the point deficit
// closed with as few criteria changed as possible (exact: a multiple-choice
// knapsack over the gains, at most 100 points). Categorical criteria — the legal
// type, the legal representative — are never advised: one does not change them to
// score (they are non-ordinal facts about the producer).
import type { RubricSet } from '../rubric/pack.ts';
import { NO_RULES, type SetRules } from '../rubric/rules.ts';
import { BAND_FLOORS, compileSet, scoreSheet, type Answers, type Facts, type ScoreResult } from './score.ts';

export interface AdviceStep {
  criterion: string;
  title: string;
  from: number;
  to: number;
  gain: number;
  reason: 'marker' | 'points';
}

export interface Advice {
  current: ScoreResult;
  targetStars: 3 | 4 | 5 | null;
  pointsMissing: number;
  steps: AdviceStep[];
  /** false when the target cannot be reached without non-actionable criteria (or at all) */
  reachable: boolean;
}

export function adviseNextStar(
  set: RubricSet,
  answers: Answers,
  facts: Facts = {},
  rules: SetRules = NO_RULES,
): Advice {
  const current = scoreSheet(set, answers, facts, rules);
  // categorical criteria (overlay) and criteria that do not apply are never advised
  const nonActionable = [...rules.categorical, ...current.notApplicable];
  if (current.stars >= 5 || current.disqualified)
    return { current, targetStars: null, pointsMissing: 0, steps: [], reachable: current.stars >= 5 };
  const target = Math.max(3, current.stars + 1) as 3 | 4 | 5;
  // capped points and ranks by printed position, from the compiled set
  const criteria = compileSet(set).byCode;
  const next: Answers = { ...answers };
  const steps: AdviceStep[] = [];
  let reachable = true;
  for (const m of current.blockingMarkers.filter((b) => b.level <= target)) {
    const x = criteria.get(m.criterion)!;
    if (nonActionable.includes(x.code)) {
      reachable = false;
      continue;
    }
    const from = next[x.code] ?? 0;
    if (x.rank[from] >= x.rank[m.required]) continue;
    next[x.code] = m.required;
    steps.push({
      criterion: x.code,
      title: x.c.title,
      from,
      to: m.required,
      gain: x.points[m.required] - x.points[from],
      reason: 'marker',
    });
  }
  const afterMarkers = scoreSheet(set, next, facts, rules);
  const deficit = Math.max(0, Math.ceil(BAND_FLOORS[target] - afterMarkers.total));
  if (deficit > 0) {
    // dp[g] = fewest criteria changed to gain at least g points; choice[g] remembers how
    const candidates = [...criteria.values()]
      .filter((x) => !nonActionable.includes(x.code))
      .map((x) => {
        const now = x.points[next[x.code] ?? 0];
        return {
          code: x.code,
          ups: x.c.options
            .map((o) => ({ position: o.position, gain: x.points[o.position] - now }))
            .filter((u) => u.gain > 0),
        };
      })
      .filter((x) => x.ups.length > 0);
    const INF = Number.MAX_SAFE_INTEGER;
    let dp: { cost: number; picks: { code: string; position: number; gain: number }[] }[] = Array.from(
      { length: deficit + 1 },
      (_, g) => ({ cost: g === 0 ? 0 : INF, picks: [] }),
    );
    for (const { code, ups } of candidates) {
      const nextDp = dp.map((d) => ({ ...d }));
      for (let g = 0; g <= deficit; g++) {
        if (dp[g].cost === INF) continue;
        for (const u of ups) {
          const reach = Math.min(deficit, g + u.gain);
          const cost = dp[g].cost + 1;
          const overshoot = g + u.gain - deficit;
          const better =
            cost < nextDp[reach].cost ||
            (cost === nextDp[reach].cost &&
              reach === deficit &&
              overshoot < sumGain(nextDp[reach].picks) - deficit);
          if (better)
            nextDp[reach] = { cost, picks: [...dp[g].picks, { code, position: u.position, gain: u.gain }] };
        }
      }
      dp = nextDp;
    }
    if (dp[deficit].cost === INF) reachable = false;
    else
      for (const p of dp[deficit].picks) {
        const x = criteria.get(p.code)!;
        // a criterion already raised for a marker is raised further in the same step
        const earlier = steps.find((s) => s.criterion === p.code);
        if (earlier) Object.assign(earlier, { to: p.position, gain: earlier.gain + p.gain });
        else
          steps.push({
            criterion: p.code,
            title: x.c.title,
            from: next[p.code] ?? 0,
            to: p.position,
            gain: p.gain,
            reason: 'points',
          });
        next[p.code] = p.position;
      }
  }
  const reached = scoreSheet(set, next, facts, rules).stars >= target;
  return {
    current,
    targetStars: target,
    pointsMissing: Math.max(0, Math.ceil(BAND_FLOORS[target] - current.total)),
    steps,
    reachable: reachable && reached,
  };
}

function sumGain(picks: { gain: number }[]): number {
  return picks.reduce((a, p) => a + p.gain, 0);
}
