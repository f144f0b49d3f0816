// What changed between two rubric versions, set by set: caps, criteria added or
// removed, options re-pointed, markers moved. Shown when a new version is imported
// and when an officer compares the old and new law (e.g. set 7, QĐ 148 → 26/2026).
import type { RubricCriterion, RubricPack } from './pack.ts';

export type PackChange =
  | { set: number; kind: 'set_added' | 'set_removed' }
  | { set: number; kind: 'part_cap'; part: string; from: number; to: number }
  | { set: number; kind: 'criterion_added' | 'criterion_removed'; criterion: string; title: string }
  | { set: number; kind: 'criterion_cap'; criterion: string; from: number | null; to: number | null }
  | {
      set: number;
      kind: 'options_changed';
      criterion: string;
      from: (number | null)[];
      to: (number | null)[];
    }
  | { set: number; kind: 'markers_changed'; criterion: string; from: string; to: string };

const criteriaOf = (pack: RubricPack, no: number): Map<string, RubricCriterion> =>
  new Map(
    (pack.sets.find((s) => s.no === no)?.parts ?? [])
      .flatMap((p) => p.sections.flatMap((s) => s.criteria))
      .map((c) => [c.code, c]),
  );

const markers = (c: RubricCriterion) =>
  [
    ...(c.minStar ? [`*${c.minStar}`] : []),
    ...c.options.filter((o) => o.minStar).map((o) => `${o.position}:${o.minStar}`),
  ].join(' ');

export function diffPacks(from: RubricPack, to: RubricPack): PackChange[] {
  const changes: PackChange[] = [];
  const numbers = [...new Set([...from.sets.map((s) => s.no), ...to.sets.map((s) => s.no)])].sort(
    (a, b) => a - b,
  );
  for (const no of numbers) {
    const a = from.sets.find((s) => s.no === no);
    const b = to.sets.find((s) => s.no === no);
    if (!a || !b) {
      changes.push({ set: no, kind: a ? 'set_removed' : 'set_added' });
      continue;
    }
    for (const part of b.parts) {
      const old = a.parts.find((p) => p.code === part.code);
      if (old && old.maxPoints !== part.maxPoints)
        changes.push({ set: no, kind: 'part_cap', part: part.code, from: old.maxPoints, to: part.maxPoints });
    }
    const before = criteriaOf(from, no);
    const after = criteriaOf(to, no);
    for (const [code, c] of after) {
      const old = before.get(code);
      if (!old) {
        changes.push({ set: no, kind: 'criterion_added', criterion: code, title: c.title });
        continue;
      }
      if (old.maxPoints !== c.maxPoints)
        changes.push({
          set: no,
          kind: 'criterion_cap',
          criterion: code,
          from: old.maxPoints,
          to: c.maxPoints,
        });
      const pa = old.options.map((o) => o.points);
      const pb = c.options.map((o) => o.points);
      if (pa.join() !== pb.join())
        changes.push({ set: no, kind: 'options_changed', criterion: code, from: pa, to: pb });
      if (markers(old) !== markers(c))
        changes.push({
          set: no,
          kind: 'markers_changed',
          criterion: code,
          from: markers(old),
          to: markers(c),
        });
    }
    for (const [code, c] of before)
      if (!after.has(code))
        changes.push({ set: no, kind: 'criterion_removed', criterion: code, title: c.title });
  }
  return changes;
}
