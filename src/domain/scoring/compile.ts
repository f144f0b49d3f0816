// A rubric set prepared once for fast scoring: points and ranks by printed position,
// markers as ranks, section and part indices. Cached per set object, so the server,
// the benchmark and the self-assessment page score without re-reading the tree.
import { criterionCap } from '../rubric/validate-pack.ts';
import type {
  RubricCriterion,
  RubricOption,
  RubricPart,
  RubricSection,
  RubricSet,
  StarLevel,
} from '../rubric/pack.ts';

export interface CompiledCriterion {
  code: string;
  c: RubricCriterion;
  section: number;
  /** capped points by position; [0] = meets none */
  points: number[];
  /** rank by position, worst to best; [0] = -1 */
  rank: number[];
  /** every star marker as the rank it needs, the criterion-level ones included */
  markers: { level: StarLevel; position: number; rank: number }[];
}

export interface CompiledSet {
  criteria: CompiledCriterion[];
  byCode: Map<string, CompiledCriterion>;
  groups: Set<string>;
  sections: { code: string; max: number; part: number }[];
  parts: { code: string; max: number }[];
}

const cache = new WeakMap<RubricSet, CompiledSet>();

const optionPoints = (c: RubricCriterion, o: RubricOption | undefined) =>
  o ? Math.min(o.points ?? 0, criterionCap(c)) : 0;

/** Options ordered from worst to best: capped points, then printed position (set 23 prints 1, 1, 3, 5). */
export function optionRank(c: RubricCriterion, position: number): number {
  if (position === 0) return -1;
  const ordered = [...c.options].sort(
    (a, b) => optionPoints(c, a) - optionPoints(c, b) || a.position - b.position,
  );
  return ordered.findIndex((o) => o.position === position);
}

export const scorableCriteria = (
  set: RubricSet,
): { part: RubricPart; section: RubricSection; criterion: RubricCriterion }[] =>
  set.parts.flatMap((p) =>
    p.sections.flatMap((s) =>
      s.criteria.filter((c) => c.kind !== 'group').map((c) => ({ part: p, section: s, criterion: c })),
    ),
  );

export function compileSet(set: RubricSet): CompiledSet {
  const hit = cache.get(set);
  if (hit) return hit;
  const compiled: CompiledSet = {
    criteria: [],
    byCode: new Map(),
    groups: new Set(),
    sections: [],
    parts: [],
  };
  set.parts.forEach((part, partIndex) => {
    compiled.parts.push({ code: part.code, max: part.maxPoints });
    for (const section of part.sections) {
      const sectionIndex =
        compiled.sections.push({ code: section.code, max: section.maxPoints, part: partIndex }) - 1;
      for (const c of section.criteria) {
        if (c.kind === 'group') {
          compiled.groups.add(c.code);
          continue;
        }
        const points = [0];
        const rank = [-1];
        for (let pos = 1; pos <= c.options.length; pos++) {
          points[pos] = optionPoints(
            c,
            c.options.find((o) => o.position === pos),
          );
          rank[pos] = optionRank(c, pos);
        }
        const markers = c.options
          .filter((o) => o.minStar)
          .map((o) => ({ level: o.minStar!, position: o.position, rank: rank[o.position] }));
        // QĐ 148 marks some criteria as a whole (intellectual property ★4): read as "any printed
        // option, not none", i.e. a marker on the lowest-ranked option
        if (c.minStar && c.options.length)
          markers.push({ level: c.minStar, position: rank.indexOf(0), rank: 0 });
        const x: CompiledCriterion = { code: c.code, c, section: sectionIndex, points, rank, markers };
        compiled.criteria.push(x);
        compiled.byCode.set(c.code, x);
      }
    }
  });
  cache.set(set, compiled);
  return compiled;
}
