// What the self-assessment page and the printed sheet (Mẫu 02, part III) say about a
// sheet, beside its score. A sheet predicts a star only once at least one criterion
// that applies is answered (an option or "meets none"): a blank sheet scores 0, and
// reading that as 1★ would predict from nothing. The markers that block are grouped
// per criterion with the level each star needs, and the way to the next star says
// what stands in it: points, markers, or both.
import type { RubricSet, StarLevel } from '../rubric/pack.ts';
import type { Advice } from '../scoring/advice.ts';
import { compileSet, type Answers, type ScoreResult } from '../scoring/score.ts';

/** The printed position a criterion needs for a star level (the option marked with that many ★). */
export interface MarkerNeed {
  level: StarLevel;
  position: number;
}

export interface BlockedCriterion {
  criterion: string;
  title: string;
  /** the position chosen; null when the criterion is not answered yet */
  chosen: number | null;
  /** one need per star level the criterion blocks, lowest level first */
  needs: MarkerNeed[];
}

export interface Shortfall {
  target: 3 | 4 | 5;
  /** points below the target's band; 0 when the points already suffice */
  points: number;
  /** criteria whose markers keep the sheet from the target, each once */
  markers: string[];
  reachable: boolean;
}

export interface SheetPrediction {
  /** criteria that apply and have an answer, out of all that apply */
  answered: number;
  applicable: number;
  /** null while no criterion is answered: nothing is predicted */
  stars: ScoreResult['stars'] | null;
  blocked: BlockedCriterion[];
  /** null while nothing is predicted, at 5★, or when the sheet is disqualified */
  shortfall: Shortfall | null;
}

/** A sheet is assessed once a criterion that applies has an answer. */
export function answeredCount(set: RubricSet, answers: Answers, notApplicable: readonly string[]) {
  let answered = 0;
  let applicable = 0;
  for (const x of compileSet(set).criteria) {
    if (notApplicable.includes(x.code)) continue;
    applicable++;
    if (x.code in answers) answered++;
  }
  return { answered, applicable };
}

export function predictSheet(set: RubricSet, answers: Answers, advice: Advice): SheetPrediction {
  const r = advice.current;
  const { answered, applicable } = answeredCount(set, answers, r.notApplicable);
  if (answered === 0) return { answered, applicable, stars: null, blocked: [], shortfall: null };
  const byCode = compileSet(set).byCode;
  const groups = new Map<string, BlockedCriterion>();
  for (const m of r.blockingMarkers) {
    let g = groups.get(m.criterion);
    if (!g) {
      g = {
        criterion: m.criterion,
        title: byCode.get(m.criterion)?.c.title ?? m.criterion,
        chosen: m.criterion in answers ? m.chosen : null,
        needs: [],
      };
      groups.set(m.criterion, g);
    }
    g.needs.push({ level: m.level, position: m.required });
  }
  for (const g of groups.values()) g.needs.sort((a, b) => a.level - b.level);
  const target = advice.targetStars;
  return {
    answered,
    applicable,
    stars: r.stars,
    blocked: [...groups.values()],
    shortfall:
      target === null
        ? null
        : {
            target,
            points: advice.pointsMissing,
            markers: [...groups.values()]
              .filter((g) => g.needs.some((n) => n.level <= target))
              .map((g) => g.criterion),
            reachable: advice.reachable,
          },
  };
}
