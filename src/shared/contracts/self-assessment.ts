import { z } from 'zod';
import { ADVICE_REASONS, DISQUALIFICATION_KINDS, RUBRIC_RULE_EFFECTS } from '../enums.ts';
import { pageOf, statusChangeSchema } from './common.ts';
import { currentCertificateSchema } from './registry.ts';

const year = z.coerce.number().int().min(2019).max(2100);

export const createAssessmentBody = z
  .strictObject({
    productId: z.uuid(),
    year: year.meta({ description: 'evaluation year' }),
    reusePrevious: z
      .boolean()
      .default(true)
      .meta({ description: "start from the latest earlier year's answers and evidence" }),
  })
  .meta({ id: 'CreateSelfAssessment' });

export const saveAssessmentBody = z
  .strictObject({
    answers: z
      .record(z.string().max(20), z.union([z.number().int(), z.array(z.number().int()).max(10)]))
      .meta({ description: 'criterion code → printed position (0 = none)' }),
    facts: z
      .strictObject({
        hasStory: z.boolean().optional(),
        knockOuts: z.array(z.string().max(40)).max(20).optional(),
      })
      .optional(),
    comments: z.record(z.string().max(20), z.string().max(2000)).optional(),
    expectedUpdatedAt: z.iso
      .datetime({ offset: true })
      .meta({ description: 'updatedAt as last read; 409 CONFLICT when it changed meanwhile' }),
  })
  .meta({ id: 'SaveSelfAssessment' });

export const statusBody = z
  .strictObject({ status: z.enum(['draft', 'final']) })
  .meta({ id: 'SelfAssessmentStatus' });

export const assessmentListQuery = z.object({
  productId: z.uuid().optional(),
  year: year.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const assessmentListItem = z
  .object({
    id: z.string(),
    productId: z.string(),
    productName: z.string(),
    producerName: z.string(),
    year: z.number(),
    setNo: z.number(),
    rubricVersionId: z.string(),
    total: z.number(),
    stars: z.number().nullable().meta({ description: 'null while no criterion is answered (no prediction)' }),
    certificate: currentCertificateSchema.nullable().meta({
      description:
        'the product’s current certificate with its state today, beside the predicted stars; null: none yet',
    }),
    status: z.enum(['draft', 'final']),
    updatedAt: z.string(),
  })
  .meta({ id: 'SelfAssessmentListItem' });

export const assessmentPage = pageOf(assessmentListItem, 'SelfAssessmentPage');

export const evidenceSchema = z
  .object({
    id: z.string(),
    criterion: z.string(),
    fileName: z.string(),
    mime: z.string(),
    bytes: z.number(),
    sha256: z.string(),
    url: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'SelfAssessmentEvidence' });

const starLevel = z.union([z.literal(3), z.literal(4), z.literal(5)]);

/** A scored sheet: points by part, section and criterion, the star band and marker stars, what stopped it. */
export const scoreResultSchema = z
  .object({
    total: z.number(),
    parts: z.record(z.string(), z.number()),
    sections: z.record(z.string(), z.number()),
    criteria: z.record(z.string(), z.number()),
    bandStars: z.number().int().min(1).max(5),
    markerStars: z.number().int().min(2).max(5),
    stars: z.number().int().min(1).max(5),
    disqualified: z.boolean(),
    disqualifications: z.array(
      z.object({
        kind: z.enum(DISQUALIFICATION_KINDS),
        effect: z.enum(RUBRIC_RULE_EFFECTS),
        rule: z.string().nullable(),
        criterion: z.string().nullable(),
        cite: z.string().nullable(),
      }),
    ),
    notApplicable: z.array(z.string()),
    certifiable: z.boolean(),
    blockingMarkers: z.array(
      z.object({
        criterion: z.string(),
        level: starLevel,
        required: z.number().int(),
        chosen: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ScoreResult' });

export const adviceStepSchema = z
  .object({
    criterion: z.string(),
    title: z.string(),
    from: z.number().int(),
    to: z.number().int(),
    gain: z.number(),
    reason: z.enum(ADVICE_REASONS),
  })
  .meta({ id: 'AdviceStep' });

/** What the sheet predicts: nothing until a criterion is answered; blocked markers once per criterion. */
export const predictionSchema = z
  .object({
    answered: z.number().int(),
    applicable: z.number().int(),
    stars: z
      .number()
      .int()
      .min(1)
      .max(5)
      .nullable()
      .meta({ description: 'null while no criterion that applies is answered' }),
    blocked: z.array(
      z.object({
        criterion: z.string(),
        title: z.string(),
        chosen: z.number().int().nullable().meta({ description: 'null: not answered' }),
        needs: z.array(z.object({ level: starLevel, position: z.number().int() })),
      }),
    ),
    shortfall: z
      .object({
        target: starLevel,
        points: z.number(),
        markers: z.array(z.string()).meta({ description: 'criteria whose markers block the target' }),
        reachable: z.boolean(),
      })
      .nullable(),
  })
  .meta({ id: 'SelfAssessmentPrediction' });

export const assessmentSchema = z
  .object({
    id: z.string(),
    productId: z.string(),
    productName: z.string(),
    producerName: z.string(),
    year: z.number(),
    setNo: z.number(),
    rubric: z.object({
      id: z.string(),
      title: z.string(),
      verified: z.boolean(),
      rulesId: z.string().nullable(),
    }),
    procedureVersionId: z.string(),
    answers: z.record(z.string(), z.number()),
    facts: z.object({ hasStory: z.boolean().optional(), knockOuts: z.array(z.string()).optional() }),
    comments: z.record(z.string(), z.string()),
    status: z.enum(['draft', 'final']),
    copiedFrom: z.string().nullable(),
    result: scoreResultSchema,
    prediction: predictionSchema,
    advice: z.object({
      targetStars: z.union([z.literal(3), z.literal(4), z.literal(5)]).nullable(),
      pointsMissing: z.number(),
      reachable: z.boolean(),
      steps: z.array(adviceStepSchema),
    }),
    suggestions: z
      .array(
        z.object({
          criterion: z.string(),
          position: z.number(),
          basis: z.object({
            localWorkers: z.number(),
            totalWorkers: z.number(),
            unknownWorkers: z.number(),
            percent: z.number().nullable(),
            level: z.enum(['commune', 'district']),
            asOf: z.string().nullable(),
          }),
        }),
      )
      .meta({ description: 'answers suggested from registry data (local-labour share), with their basis' }),
    evidence: z.array(evidenceSchema),
    updatedAt: z.string(),
    createdAt: z.string(),
    actions: z.array(z.string()),
    statusHistory: z.array(statusChangeSchema).meta({ description: 'finalised and reopened, newest first' }),
  })
  .meta({ id: 'SelfAssessment' });
