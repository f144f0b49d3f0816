// The shape of a rubric file (pack and rule overlay) and of a score sheet as the API
// serves it. The domain checks files against these (domain/rubric/pack-schema.ts);
// the web app reads sets in this shape.
import { z } from 'zod';
import {
  CRITERION_KINDS,
  RUBRIC_CITATION_FIELDS,
  RUBRIC_ORIGINS,
  RUBRIC_RULE_EFFECTS,
  RUBRIC_RULE_KINDS,
} from '../enums.ts';
import { jsonValue } from './common.ts';

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
  kind: z.enum(CRITERION_KINDS),
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
export const rubricSetSchema = z
  .object({
    no: z.number().int().min(1),
    name: z.string().min(1),
    nameEn: z.string().optional(),
    disqualification: z.string().nullable().optional(),
    starNote: z.string().nullable().optional(),
    total: z.number(),
    parts: z.array(part).min(1),
  })
  .meta({ id: 'RubricSet' });
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
  sets: z.array(rubricSetSchema).min(1),
});

const setList = z.union([z.literal('all'), z.array(z.number().int().min(1))]);
export const overlayRuleSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(RUBRIC_RULE_KINDS),
    criterion: z.string().optional(),
    sets: setList,
    effect: z.enum(RUBRIC_RULE_EFFECTS).optional(),
    fact: z.literal('hasStory').optional(),
    whenZeroIn: z.array(z.string()).optional(),
    cite: z.object({
      field: z.enum(RUBRIC_CITATION_FIELDS),
      text: z.string().min(3),
    }),
    reading: z.string(),
  })
  .meta({ id: 'RubricRule' });

export const rulesOverlaySchema = z.object({
  id: z.string().min(1),
  rubricVersionId: z.string().min(1),
  verified: z.boolean(),
  curation: z.string(),
  categorical: z.array(z.object({ criterion: z.string(), sets: setList, why: z.string() })),
  rules: z.array(overlayRuleSchema),
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

export const rubricVersionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    verified: z.boolean(),
    rulesId: z.string().nullable(),
    origin: z.enum(RUBRIC_ORIGINS),
    sets: z.number(),
    warnings: z.number(),
    inUse: z.boolean(),
    checksum: z.string(),
  })
  .meta({ id: 'RubricVersion' });

export const rubricVersionListSchema = z
  .object({ items: z.array(rubricVersionSchema) })
  .meta({ id: 'RubricVersionList' });

/** One score sheet as the API serves it: the set as printed and the rules of its overlay. */
export const rubricSetReplySchema = z
  .object({
    rubric: z.object({
      id: z.string(),
      title: z.string(),
      verified: z.boolean(),
      effectiveFrom: z.string(),
      effectiveTo: z.string().nullable(),
    }),
    set: rubricSetSchema,
    rules: z.object({
      overlayId: z.string().nullable(),
      rules: z.array(overlayRuleSchema),
      categorical: z.array(z.string()),
    }),
  })
  .meta({ id: 'RubricSetReply' });

const packChange = z.union([
  z.object({ set: z.number().int(), kind: z.enum(['set_added', 'set_removed']) }),
  z.object({
    set: z.number().int(),
    kind: z.literal('part_cap'),
    part: z.string(),
    from: z.number(),
    to: z.number(),
  }),
  z.object({
    set: z.number().int(),
    kind: z.enum(['criterion_added', 'criterion_removed']),
    criterion: z.string(),
    title: z.string(),
  }),
  z.object({
    set: z.number().int(),
    kind: z.literal('criterion_cap'),
    criterion: z.string(),
    from: z.number().nullable(),
    to: z.number().nullable(),
  }),
  z.object({
    set: z.number().int(),
    kind: z.literal('options_changed'),
    criterion: z.string(),
    from: z.array(z.number().nullable()),
    to: z.array(z.number().nullable()),
  }),
  z.object({
    set: z.number().int(),
    kind: z.literal('markers_changed'),
    criterion: z.string(),
    from: z.string(),
    to: z.string(),
  }),
]);

export const rubricImportReportSchema = z
  .object({
    id: z.string(),
    replaced: z.boolean(),
    warnings: z.array(
      z.object({ set: z.number().int(), where: z.string(), code: z.string(), message: z.string() }),
    ),
    previous: z.string().nullable(),
    diff: z.array(packChange),
  })
  .meta({ id: 'RubricImportReport' });

export const rubricImportBody = z
  .object({
    pack: jsonValue.meta({
      description: 'a rubric pack (resources/rubrics format); checked field by field after parsing',
    }),
    rules: jsonValue.optional().meta({ description: 'its rule overlay' }),
    dryRun: z.boolean().default(false),
  })
  .meta({ id: 'RubricImportRequest' });

export type RubricSetReply = z.infer<typeof rubricSetReplySchema>;
export type RubricVersionView = z.infer<typeof rubricVersionSchema>;
export type RubricImportReport = z.infer<typeof rubricImportReportSchema>;
