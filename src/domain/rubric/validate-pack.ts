// Every inconsistency of a rubric pack, named: caps that do not add up, options
// above their cap or blank, caps no option reaches, star markers left inside option
// text. Known misprints of the sources are expected to show up here, never fixed.
import type { RubricCriterion, RubricPack } from './pack.ts';

export type RubricWarningCode =
  | 'PARTS_TOTAL'
  | 'PART_CAP'
  | 'SECTIONS_SUM'
  | 'CRITERIA_SUM'
  | 'OPTION_ABOVE_CAP'
  | 'OPTION_BLANK'
  | 'CAP_UNREACHABLE'
  | 'MARKER_IN_TEXT'
  | 'CRITERION_CAP_BLANK'
  | 'PART_TITLE_CAP'
  | 'LABEL_REPEATED'
  | 'MARKER_NO_OPTION';

export interface RubricWarning {
  set: number;
  where: string;
  code: RubricWarningCode;
  message: string;
}

const MARKER_TEXT = /\*(\s?\*){2,4}/;

/** The points a criterion contributes at most: its cap, else (printed blank) its best option. */
export function criterionCap(c: RubricCriterion): number {
  return c.maxPoints ?? Math.max(0, ...c.options.map((o) => o.points ?? 0));
}

export function validatePack(pack: RubricPack): RubricWarning[] {
  const out: RubricWarning[] = [];
  for (const set of pack.sets) {
    const w = (where: string, code: RubricWarningCode, message: string) =>
      out.push({ set: set.no, where, code, message });
    const partSum = set.parts.reduce((a, p) => a + p.maxPoints, 0);
    if (partSum !== set.total)
      w('parts', 'PARTS_TOTAL', `parts sum to ${partSum}, the sheet total is ${set.total}`);
    for (const part of set.parts) {
      const printed = /\((\d+)\s*điểm\)/i.exec(part.title);
      if (printed && Number(printed[1]) !== part.maxPoints)
        w(
          part.code,
          'PART_TITLE_CAP',
          `the heading of part ${part.code} prints ${printed[1]} points, its cap is ${part.maxPoints}`,
        );
      if (part.maxPoints !== pack.partCaps[part.code])
        w(
          part.code,
          'PART_CAP',
          `part ${part.code} is capped at ${part.maxPoints}, the version says ${pack.partCaps[part.code]}`,
        );
      const sectionSum = part.sections.reduce((a, s) => a + s.maxPoints, 0);
      if (sectionSum !== part.maxPoints)
        w(
          part.code,
          'SECTIONS_SUM',
          `sections of part ${part.code} sum to ${sectionSum}, its cap is ${part.maxPoints}`,
        );
      for (const section of part.sections) {
        const scorable = section.criteria.filter((c) => c.kind !== 'group');
        // a printed letter used twice in one section (the derived codes then number each occurrence)
        const letters = section.criteria
          .map((c) => c.printedLabel ?? '')
          .filter((l) => /^[a-zđ]\)$/i.test(l));
        for (const label of new Set(letters.filter((l, i) => letters.indexOf(l) !== i))) {
          w(
            section.code,
            'LABEL_REPEATED',
            `the label ${label} is printed ${letters.filter((l) => l === label).length} times in section ${section.code}`,
          );
        }
        const criteriaSum = scorable.reduce((a, c) => a + criterionCap(c), 0);
        if (criteriaSum !== section.maxPoints)
          w(
            section.code,
            'CRITERIA_SUM',
            `criteria of section ${section.code} sum to ${criteriaSum}, its cap is ${section.maxPoints}`,
          );
        for (const c of section.criteria) {
          // a marker needs an option to be met: on a group heading or an option-less criterion it can never hold
          const marked = c.minStar || c.options.some((o) => o.minStar);
          if (marked && (c.kind === 'group' || c.options.length === 0))
            w(
              c.code,
              'MARKER_NO_OPTION',
              `criterion ${c.code} carries a star marker but has no option to meet it`,
            );
        }
        for (const c of scorable) {
          if (c.maxPoints === null) w(c.code, 'CRITERION_CAP_BLANK', `criterion ${c.code} prints no cap`);
          for (const o of c.options) {
            if (o.points === null)
              w(c.code, 'OPTION_BLANK', `option ${o.position} of ${c.code} has a blank points cell`);
            else if (c.maxPoints !== null && o.points > c.maxPoints)
              w(
                c.code,
                'OPTION_ABOVE_CAP',
                `option ${o.position} of ${c.code} is worth ${o.points}, above the cap ${c.maxPoints}`,
              );
            if (!o.synthetic && !o.minStar && MARKER_TEXT.test(o.text))
              w(
                c.code,
                'MARKER_IN_TEXT',
                `option ${o.position} of ${c.code} carries a star marker in its text, not as a marker`,
              );
          }
          const best = Math.max(...c.options.map((o) => o.points ?? 0));
          if (c.maxPoints !== null && c.options.length && best < c.maxPoints)
            w(c.code, 'CAP_UNREACHABLE', `the best option of ${c.code} gives ${best} of ${c.maxPoints}`);
        }
      }
    }
  }
  return out;
}
