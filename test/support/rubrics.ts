// The shipped rubric versions for tests: each pack as printed with its rule overlay.
import { readFileSync } from 'node:fs';
import type { RubricPack, RubricSet } from '../../src/domain/rubric/pack.ts';
import { rulesForSet, type RulesOverlay, type SetRules } from '../../src/domain/rubric/rules.ts';
import { optionRank, scorableCriteria, type Answers } from '../../src/domain/scoring/score.ts';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../resources/rubrics/${path}`, import.meta.url), 'utf8'));

export const PACK_IDS = ['qd26-2026', 'qd148-2023'] as const;
export const packOf = (id: (typeof PACK_IDS)[number]): RubricPack => read(`${id}.json`);
export const overlayOf = (id: (typeof PACK_IDS)[number]): RulesOverlay => read(`rules/${id}.rules.json`);

export function setOf(id: (typeof PACK_IDS)[number], no: number): { set: RubricSet; rules: SetRules } {
  const set = packOf(id).sets.find((s) => s.no === no)!;
  return { set, rules: rulesForSet(overlayOf(id), no) };
}

/** Each criterion answered by rank: pick(ranked positions worst→best). */
export const byRank = (set: RubricSet, pick: (ranked: number[]) => number): Answers =>
  Object.fromEntries(
    scorableCriteria(set).map(({ criterion: c }) => {
      const ranked = [...c.options]
        .sort((a, b) => optionRank(c, a.position) - optionRank(c, b.position))
        .map((o) => o.position);
      return [c.code, ranked.length ? pick(ranked) : 0];
    }),
  );
export const bestAnswers = (set: RubricSet) => byRank(set, (r) => r.at(-1)!);
export const lowestAnswers = (set: RubricSet) => byRank(set, (r) => r[0]);
