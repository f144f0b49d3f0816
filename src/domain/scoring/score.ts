// The 100-point score sheet, scored. Pure: the server decides with it and the
// self-assessment page previews with it. Points are capped per criterion, section
// and part; stars come from the band of the total (5★ 90–100, 4★ 70–<90, 3★ 50–<70,
// 2★ 30–<50, 1★ <30) and are lowered to the highest level whose minimum markers all
// hold (DOMAIN.md §4.3: an interpretation, the Decision gives no formula). The rule
// overlay of the version makes the printed notes act: knock-outs, stop rules,
// eligibility and "applies only if".
import type { RubricSet, StarLevel } from '../rubric/pack.ts';
import { NO_RULES, type OverlayRule, type RuleEffect, type SetRules } from '../rubric/rules.ts';
import { compileSet, type CompiledCriterion, type CompiledSet } from './compile.ts';

export { compileSet, optionRank, scorableCriteria } from './compile.ts';

/** criterion code → 1-based printed position of the chosen option; 0 = meets none of the options */
export type Answers = Record<string, number>;

/** knockOuts: rule ids ('dossier') or criterion codes where a knock-out, stop or eligibility ground was found */
export interface Facts {
  knockOuts?: string[];
  hasStory?: boolean;
}

export interface BlockingMarker {
  criterion: string;
  level: StarLevel;
  required: number;
  chosen: number;
}

export interface Disqualification {
  kind: OverlayRule['kind'] | 'finding';
  effect: RuleEffect;
  rule: string | null;
  criterion: string | null;
  /** the printed words the rule was read from */
  cite: string | null;
}

export interface ScoreResult {
  total: number;
  parts: Record<string, number>;
  sections: Record<string, number>;
  criteria: Record<string, number>;
  bandStars: 1 | 2 | 3 | 4 | 5;
  markerStars: 2 | 3 | 4 | 5;
  stars: 1 | 2 | 3 | 4 | 5;
  disqualified: boolean;
  disqualifications: Disqualification[];
  /** criteria not assessed because an "applies only if" fact is false */
  notApplicable: string[];
  certifiable: boolean;
  blockingMarkers: BlockingMarker[];
}

export type ScoringErrorCode =
  | 'UNKNOWN_CRITERION'
  | 'POSITION_OUT_OF_RANGE'
  | 'NOT_SCORABLE'
  | 'UNKNOWN_KNOCKOUT'
  | 'NOT_APPLICABLE'
  | 'TWO_OPTIONS'
  | 'BOTH_CASES'
  | 'NOT_A_POSITION'
  | 'NOT_AN_OBJECT';

export class ScoringError extends Error {
  constructor(
    readonly code: ScoringErrorCode,
    readonly criterion: string,
    message: string,
  ) {
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

/** Stars allowed by the markers: one below the lowest failed marker level. */
export const markerLimit = (failedLevels: number[]) => {
  const lowest = Math.min(6, ...failedLevels);
  return (lowest === 6 ? 5 : lowest - 1) as 2 | 3 | 4 | 5;
};

const effectOf = (rule: OverlayRule): RuleEffect =>
  rule.effect ??
  (rule.kind === 'stopRule'
    ? 'evaluationStopped'
    : rule.kind === 'eligibility'
      ? 'notEvaluated'
      : 'productExcluded');
const fromRule = (rule: OverlayRule): Disqualification => ({
  kind: rule.kind,
  effect: effectOf(rule),
  rule: rule.id,
  criterion: rule.criterion ?? null,
  cite: rule.cite.text,
});

function checkAnswers(
  compiled: CompiledSet,
  setNo: number,
  answers: Answers,
  notApplicable: ReadonlySet<string>,
) {
  for (const code in answers) {
    const entry = compiled.byCode.get(code);
    const position = answers[code];
    if (!entry) {
      const group = compiled.groups.has(code);
      throw new ScoringError(
        group ? 'NOT_SCORABLE' : 'UNKNOWN_CRITERION',
        code,
        group
          ? `criterion ${code} is a group heading; answer its sub-criteria`
          : `criterion ${code} does not exist in set ${setNo}`,
      );
    }
    if (!Number.isInteger(position) || position < 0 || position > entry.c.options.length) {
      throw new ScoringError(
        'POSITION_OUT_OF_RANGE',
        code,
        `criterion ${code} has options 1–${entry.c.options.length} (0 = none); got ${position}`,
      );
    }
    if (position !== 0 && notApplicable.has(code))
      throw new ScoringError(
        'NOT_APPLICABLE',
        code,
        `criterion ${code} applies only when the product has a story (hasStory is false); leave it unanswered`,
      );
  }
}

function disqualificationsOf(
  compiled: CompiledSet,
  setNo: number,
  answers: Answers,
  facts: Facts,
  rules: SetRules,
  points: (c: CompiledCriterion) => number,
): Disqualification[] {
  const out: Disqualification[] = [];
  for (const found of facts.knockOuts ?? []) {
    const named = rules.rules.filter(
      (r) => r.kind !== 'appliesIf' && (r.id === found || r.criterion === found),
    );
    if (named.length) out.push(...named.map(fromRule));
    else if (compiled.byCode.has(found))
      out.push({ kind: 'finding', effect: 'productExcluded', rule: null, criterion: found, cite: null });
    else
      throw new ScoringError(
        'UNKNOWN_KNOCKOUT',
        found,
        `knock-out on ${found}: neither a criterion of set ${setNo} nor a rule of its overlay`,
      );
  }
  for (const rule of rules.rules) {
    if (!rule.whenZeroIn || out.some((d) => d.rule === rule.id)) continue;
    const zero = rule.whenZeroIn.find((code) => code in answers && points(compiled.byCode.get(code)!) === 0);
    if (zero) out.push({ ...fromRule(rule), criterion: zero });
  }
  return out;
}

/** Criteria whose "applies only if" fact is false: they take no answer and score 0. */
export function notApplicableCriteria(rules: SetRules, facts: Facts): Set<string> {
  return facts.hasStory === false
    ? new Set(
        rules.rules.filter((r) => r.kind === 'appliesIf' && r.fact === 'hasStory').map((r) => r.criterion!),
      )
    : new Set<string>();
}

export function scoreSheet(
  set: RubricSet,
  answers: Answers,
  facts: Facts = {},
  rules: SetRules = NO_RULES,
): ScoreResult {
  const compiled = compileSet(set);
  const notApplicable = notApplicableCriteria(rules, facts);
  checkAnswers(compiled, set.no, answers, notApplicable);

  const criteria: Record<string, number> = {};
  const sectionSums = new Array<number>(compiled.sections.length).fill(0);
  const chosenOf = (x: CompiledCriterion) => (notApplicable.has(x.code) ? 0 : (answers[x.code] ?? 0));
  const pointsOf = (x: CompiledCriterion) => x.points[chosenOf(x)];
  for (const x of compiled.criteria) {
    const p = pointsOf(x);
    criteria[x.code] = p;
    sectionSums[x.section] += p;
  }
  const sections: Record<string, number> = {};
  const partSums = new Array<number>(compiled.parts.length).fill(0);
  compiled.sections.forEach((s, i) => {
    const capped = Math.min(sectionSums[i], s.max);
    sections[s.code] = capped;
    partSums[s.part] += capped;
  });
  const parts: Record<string, number> = {};
  let total = 0;
  compiled.parts.forEach((p, i) => {
    parts[p.code] = Math.min(partSums[i], p.max);
    total += parts[p.code];
  });

  const blockingMarkers: BlockingMarker[] = [];
  for (const x of compiled.criteria) {
    if (!x.markers.length) continue;
    const chosen = chosenOf(x);
    const rank = x.rank[chosen];
    for (const m of x.markers)
      if (rank < m.rank)
        blockingMarkers.push({ criterion: x.code, level: m.level, required: m.position, chosen });
  }
  const markerStars = markerLimit(blockingMarkers.map((m) => m.level));
  const bandStars = starBand(total);
  const stars = Math.min(bandStars, markerStars) as ScoreResult['stars'];
  const disqualifications = disqualificationsOf(compiled, set.no, answers, facts, rules, pointsOf);
  const disqualified = disqualifications.length > 0;
  return {
    total,
    parts,
    sections,
    criteria,
    bandStars,
    markerStars,
    stars,
    disqualified,
    disqualifications,
    notApplicable: [...notApplicable].filter((code) => compiled.byCode.has(code)),
    certifiable: !disqualified && stars >= 3,
    blockingMarkers,
  };
}
