// The 100-point score sheet, scored. Pure: the server decides with it and the
// self-assessment page previews with it. Points are capped per criterion, section
// and part; stars come from the band of the total (5★ 90–100, 4★ 70–<90, 3★ 50–<70,
// 2★ 30–<50, 1★ <30) and are lowered to the highest level whose minimum markers all
// hold (DOMAIN.md §4.3: an interpretation, the Decision gives no formula).
import { criterionCap } from '../rubric/validate-pack.ts';
import type { RubricCriterion, RubricOption, RubricSet, StarLevel } from '../rubric/pack.ts';

/** criterion code → 1-based printed position of the chosen option; 0 = meets none of the options */
export type Answers = Record<string, number>;

export interface Facts { knockOuts?: string[]; hasStory?: boolean }

export interface BlockingMarker { criterion: string; level: StarLevel; required: number; chosen: number }

export interface ScoreResult {
  total: number;
  parts: Record<string, number>;
  sections: Record<string, number>;
  criteria: Record<string, number>;
  bandStars: 1 | 2 | 3 | 4 | 5;
  markerStars: 2 | 3 | 4 | 5;
  stars: 1 | 2 | 3 | 4 | 5;
  disqualified: boolean;
  certifiable: boolean;
  blockingMarkers: BlockingMarker[];
}

export class ScoringError extends Error {
  constructor(readonly code: 'UNKNOWN_CRITERION' | 'POSITION_OUT_OF_RANGE' | 'NOT_SCORABLE' | 'UNKNOWN_KNOCKOUT', readonly criterion: string, message: string) {
    super(message);
  }
}

/** Lowest total of each star band (QĐ 26/2026 Art. 3–4); below 30 is 1★. */
export const BAND_FLOORS = { 5: 90, 4: 70, 3: 50, 2: 30 } as const;

/** The band whose floor `reaches` first, from 5★ down: shared by a single sheet and a council's mean. */
export function bandWhere(reaches: (floor: number) => boolean): 1 | 2 | 3 | 4 | 5 {
  for (const stars of [5, 4, 3, 2] as const) if (reaches(BAND_FLOORS[stars])) return stars;
  return 1;
}

export function starBand(total: number): 1 | 2 | 3 | 4 | 5 {
  return bandWhere((floor) => total >= floor);
}

export const scorableCriteria = (set: RubricSet) =>
  set.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria.filter((c) => c.kind !== 'group').map((c) => ({ part: p, section: s, criterion: c }))));

const optionPoints = (c: RubricCriterion, o: RubricOption | undefined) => (o ? Math.min(o.points ?? 0, criterionCap(c)) : 0);

/** Options ordered from worst to best: capped points, then printed position (set 23 prints 1, 1, 3, 5). */
export function optionRank(c: RubricCriterion, position: number): number {
  if (position === 0) return -1;
  const ordered = [...c.options].sort((a, b) => optionPoints(c, a) - optionPoints(c, b) || a.position - b.position);
  return ordered.findIndex((o) => o.position === position);
}

export function scoreSheet(set: RubricSet, answers: Answers, facts: Facts = {}): ScoreResult {
  const all = scorableCriteria(set);
  const byCode = new Map(all.map((x) => [x.criterion.code, x]));
  for (const [code, position] of Object.entries(answers)) {
    const entry = byCode.get(code);
    if (!entry) {
      const group = set.parts.some((p) => p.sections.some((s) => s.criteria.some((c) => c.code === code)));
      throw new ScoringError(group ? 'NOT_SCORABLE' : 'UNKNOWN_CRITERION', code, group ? `criterion ${code} is a group heading; answer its sub-criteria` : `criterion ${code} does not exist in set ${set.no}`);
    }
    if (!Number.isInteger(position) || position < 0 || position > entry.criterion.options.length) {
      throw new ScoringError('POSITION_OUT_OF_RANGE', code, `criterion ${code} has options 1–${entry.criterion.options.length} (0 = none); got ${position}`);
    }
  }
  for (const code of facts.knockOuts ?? []) if (!byCode.has(code)) throw new ScoringError('UNKNOWN_KNOCKOUT', code, `knock-out on unknown criterion ${code}`);

  const criteria: Record<string, number> = {};
  const sections: Record<string, number> = {};
  const parts: Record<string, number> = {};
  for (const part of set.parts) {
    let partSum = 0;
    for (const section of part.sections) {
      let sectionSum = 0;
      for (const c of section.criteria) {
        if (c.kind === 'group') continue;
        const position = answers[c.code] ?? 0;
        const points = optionPoints(c, c.options.find((o) => o.position === position));
        criteria[c.code] = points;
        sectionSum += points;
      }
      sections[section.code] = Math.min(sectionSum, section.maxPoints);
      partSum += sections[section.code];
    }
    parts[part.code] = Math.min(partSum, part.maxPoints);
  }
  const total = Object.values(parts).reduce((a, b) => a + b, 0);

  const blockingMarkers: BlockingMarker[] = [];
  for (const { criterion: c } of all) {
    const chosen = answers[c.code] ?? 0;
    for (const marker of c.options.filter((o) => o.minStar)) {
      if (optionRank(c, chosen) < optionRank(c, marker.position)) blockingMarkers.push({ criterion: c.code, level: marker.minStar!, required: marker.position, chosen });
    }
    // QĐ 148 marks some criteria as a whole (intellectual property ★4): read as "any printed option, not none"
    if (c.minStar && chosen === 0) blockingMarkers.push({ criterion: c.code, level: c.minStar, required: 1, chosen });
  }
  const lowestFailed = Math.min(6, ...blockingMarkers.map((m) => m.level));
  const markerStars = (lowestFailed === 6 ? 5 : lowestFailed - 1) as 2 | 3 | 4 | 5;
  const bandStars = starBand(total);
  const stars = Math.min(bandStars, markerStars) as ScoreResult['stars'];
  const disqualified = (facts.knockOuts ?? []).length > 0;
  return { total, parts, sections, criteria, bandStars, markerStars, stars, disqualified, certifiable: !disqualified && stars >= 3, blockingMarkers };
}
