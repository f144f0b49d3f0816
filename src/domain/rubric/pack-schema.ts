// The shape of a rubric file (pack and rule overlay), checked before any of its
// content is trusted: an imported file that is not a pack is refused with the path
// of the first problems, never half-loaded.
import { z } from 'zod';
import type { RubricPack } from './pack.ts';
import type { RulesOverlay } from './rules.ts';

const star = z.union([z.literal(3), z.literal(4), z.literal(5)]);
const option = z.object({
  position: z.number().int().min(1),
  text: z.string(),
  points: z.number().nullable(),
  minStar: star.nullable(),
  alternativeCase: z.union([z.literal(1), z.literal(2)]).optional(),
  synthetic: z.literal(true).optional(),
});
const criterion = z.object({
  code: z.string().min(1),
  printedLabel: z.string().optional(),
  title: z.string(),
  maxPoints: z.number().nullable(),
  kind: z.enum(['options', 'binary', 'group']),
  parent: z.string().optional(),
  minStar: star.nullable().optional(),
  notes: z.array(z.string()),
  options: z.array(option),
});
const section = z.object({
  code: z.string().min(1),
  title: z.string(),
  maxPoints: z.number(),
  notes: z.array(z.string()),
  criteria: z.array(criterion).min(1),
});
const part = z.object({
  code: z.enum(['A', 'B', 'C']),
  title: z.string(),
  maxPoints: z.number(),
  sections: z.array(section).min(1),
});
const set = z.object({
  no: z.number().int().min(1),
  name: z.string().min(1),
  nameEn: z.string().optional(),
  disqualification: z.string().nullable().optional(),
  starNote: z.string().nullable().optional(),
  total: z.number(),
  parts: z.array(part).min(1),
});
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd')
  .pipe(
    z
      .string()
      .refine(
        (d) =>
          !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
          new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
        'not a calendar date',
      ),
  );

export const rubricPackSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]{2,60}$/, 'lower-case letters, digits, dots and dashes'),
  title: z.string().min(1),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  verified: z.boolean(),
  derivedCodes: z.boolean(),
  partCaps: z.object({ A: z.number(), B: z.number(), C: z.number() }),
  source: z.object({
    title: z.string(),
    url: z.string().nullable(),
    provenance: z.string(),
    knownAnomalies: z.array(z.object({ set: z.string(), criterion: z.string(), issue: z.string() })),
  }),
  sets: z.array(set).min(1),
});

const setList = z.union([z.literal('all'), z.array(z.number().int().min(1))]);
export const rulesOverlaySchema = z.object({
  id: z.string().min(1),
  rubricVersionId: z.string().min(1),
  verified: z.boolean(),
  curation: z.string(),
  categorical: z.array(z.object({ criterion: z.string(), sets: setList, why: z.string() })),
  rules: z.array(
    z.object({
      id: z.string().min(1),
      kind: z.enum(['knockOut', 'stopRule', 'eligibility', 'appliesIf']),
      criterion: z.string().optional(),
      sets: setList,
      effect: z.enum(['productExcluded', 'evaluationStopped', 'dossierRejected', 'notEvaluated']).optional(),
      fact: z.literal('hasStory').optional(),
      whenZeroIn: z.array(z.string()).optional(),
      cite: z.object({
        field: z.enum(['notes', 'title', 'option', 'disqualification']),
        text: z.string().min(3),
      }),
      reading: z.string(),
    }),
  ),
  derived: z
    .array(
      z.object({
        criterion: z.string(),
        sets: setList,
        source: z.literal('localLabourShare'),
        level: z.enum(['commune', 'district']),
        bands: z
          .array(z.object({ minPercent: z.number().min(0).max(100), position: z.number().int().min(1) }))
          .min(1),
        cite: z.object({ field: z.literal('option'), text: z.string().min(3) }),
      }),
    )
    .optional(),
});

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
