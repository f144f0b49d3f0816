// The shape of a rubric file (pack and rule overlay), checked before any of its
// content is trusted: an imported file that is not a pack is refused with the path
// of the first problems, never half-loaded.
import type { z } from 'zod';
import type { RubricPack } from './pack.ts';
import type { RulesOverlay } from './rules.ts';

import { rubricPackSchema, rulesOverlaySchema } from '../../shared/contracts/rubric-pack.ts';

export { rubricPackSchema, rulesOverlaySchema };

export type ParsedRubricFile =
  | { ok: true; pack: RubricPack; rules: RulesOverlay | null }
  | { ok: false; problems: string[] };

const describe = (prefix: string, error: z.ZodError) =>
  error.issues.slice(0, 20).map((i) => `${prefix}${i.path.join('.')}: ${i.message}`);

/** A pack file, optionally with its overlay; a bundle {"pack": …, "rules": …} is accepted too. */
export function parseRubricFile(pack: unknown, rules?: unknown): ParsedRubricFile {
  if (pack && typeof pack === 'object' && 'pack' in pack && rules === undefined)
    ({ pack, rules } = pack as { pack: unknown; rules?: unknown });
  const p = rubricPackSchema.safeParse(pack);
  const r = rules === undefined || rules === null ? null : rulesOverlaySchema.safeParse(rules);
  const problems = [
    ...(p.success ? [] : describe('pack.', p.error)),
    ...(r && !r.success ? describe('rules.', r.error) : []),
  ];
  if (problems.length) return { ok: false, problems };
  const parsed = p.data as RubricPack;
  const seen = new Set<number>();
  for (const s of parsed.sets) {
    if (seen.has(s.no)) problems.push(`pack.sets: set ${s.no} appears twice`);
    seen.add(s.no);
    const codes = new Set<string>();
    for (const c of s.parts.flatMap((x) => x.sections.flatMap((y) => y.criteria))) {
      if (codes.has(c.code))
        problems.push(
          `pack.sets[${s.no}] ${c.code}: the criterion code appears twice; answers are keyed by code`,
        );
      codes.add(c.code);
      const positions = c.options.map((o) => o.position);
      if (positions.some((pos, i) => pos !== i + 1))
        problems.push(
          `pack.sets[${s.no}] ${c.code}: option positions must be 1…${positions.length} in printed order`,
        );
    }
  }
  return problems.length
    ? { ok: false, problems }
    : { ok: true, pack: parsed, rules: r?.success ? (r.data as RulesOverlay) : null };
}
