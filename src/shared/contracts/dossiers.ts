// Evaluation dossiers over HTTP: the forms a producer fills (Mẫu 01, Mẫu 02 parts I,
// II and IV; part III is the self-assessment), the samples handed over, the commune's
// Mẫu 03, returns with a reason per item, the provincial review, rounds, and the lists
// each role works from. The shapes of the forms are also the shapes stored (jsonb).
import { z } from 'zod';
import {
  DEADLINE_STANDINGS,
  DOSSIER_ACTION_EVENTS,
  DOSSIER_ITEMS,
  DOSSIER_QUEUES,
  PAPER_STANDINGS,
  DOSSIER_KINDS,
  DOSSIER_REVIEW_KINDS,
  DOSSIER_STAGES,
  ROUND_KINDS,
  ROUND_LEVELS,
} from '../enums.ts';
import { actionsSchema, pageOf, statusChangeSchema } from './common.ts';

const line = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();

export const form01Schema = z
  .strictObject({
    representative: line(200),
    title: line(200),
    phone: line(40),
    email: z.email().max(200).nullable(),
    commitment: z.boolean(),
  })
  .meta({
    id: 'DossierForm01',
    description: 'Mẫu 01: the registration (producer and product come from the registry)',
  });

export const form02GeneralSchema = z
  .strictObject({
    foundedYear: z.number().int().min(1900).max(2100).nullable(),
    members: z.number().int().min(0).max(1_000_000).nullable(),
    workers: z.number().int().min(0).max(1_000_000).nullable(),
    facilities: line(4000),
    productDescription: line(4000),
    rawMaterials: line(4000),
    process: line(4000),
  })
  .meta({ id: 'DossierForm02General' });

export const businessYearSchema = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    output: line(200),
    revenue: z.number().min(0).max(1e9).meta({ description: 'million đồng' }),
    profit: z.number().min(-1e9).max(1e9).meta({ description: 'million đồng' }),
  })
  .meta({ id: 'DossierBusinessYear' });

export const form02PlanSchema = z
  .strictObject({ goals: line(4000), markets: line(4000), investments: line(4000) })
  .meta({ id: 'DossierForm02Plan' });

export const samplesSchema = z
  .strictObject({
    count: z.number().int().min(0).max(100),
    handedOverOn: isoDate,
    receivedBy: line(200),
  })
  .meta({
    id: 'DossierSamples',
    description: 'the sample hand-over (5 samples; none for community tourism)',
  });

const communeItem = z.strictObject({ met: z.boolean(), note: line(2000) });

export const form03Schema = z
  .strictObject({
    items: z.strictObject({
      originAndRawMaterial: communeItem,
      localLabour: communeItem,
      ideaOrigin: communeItem,
      localIdentity: communeItem,
    }),
    proposal: line(4000),
    signer: line(200),
    signerTitle: line(200),
  })
  .meta({
    id: 'DossierForm03',
    description: "Mẫu 03: the commune's check of the four items and its proposal",
  });

export const returnReasonSchema = z
  .strictObject({ item: z.enum(DOSSIER_ITEMS), reason: line(2000) })
  .meta({ id: 'DossierReturnReason' });

export const createDossierBody = z
  .strictObject({
    productId: z.uuid(),
    kind: z.enum(DOSSIER_KINDS),
  })
  .meta({ id: 'CreateDossier' });

export const saveDossierBody = z
  .strictObject({
    form01: form01Schema.nullable().optional(),
    general: form02GeneralSchema.nullable().optional(),
    business: z.array(businessYearSchema).max(5).optional(),
    plan: form02PlanSchema.nullable().optional(),
    samples: samplesSchema.nullable().optional(),
    selfAssessmentId: z.uuid().nullable().optional(),
    version: z
      .number()
      .int()
      .min(1)
      .meta({ description: 'the version as last read; 409 CONFLICT when it changed' }),
  })
  .meta({ id: 'SaveDossier' });

export const dossierEventBody = z
  .strictObject({
    event: z.enum(DOSSIER_ACTION_EVENTS),
    reasons: z
      .array(returnReasonSchema)
      .max(20)
      .optional()
      .meta({ description: 'for a return: a reason per item' }),
    form03: form03Schema.optional().meta({ description: "for checkAtCommune: the commune's Mẫu 03" }),
    roundId: z.uuid().optional().meta({ description: 'for accept: the round the dossier goes to' }),
    note: line(2000).optional(),
  })
  .meta({ id: 'DossierEvent' });

export const gapSchema = z
  .object({ item: z.string(), code: z.string(), field: z.string().optional() })
  .meta({ id: 'DossierGap' });

export const deadlineSchema = z
  .object({
    due: isoDate,
    basis: z.string(),
    standing: z.enum(DEADLINE_STANDINGS),
    workingDaysLeft: z.number().int().nullable(),
    workingDaysLate: z.number().int().nullable(),
  })
  .meta({ id: 'DossierDeadline' });

export const paperView = z
  .object({
    kind: z.string(),
    number: z.string().nullable(),
    validUntil: isoDate.nullable(),
    standing: z.enum(PAPER_STANDINGS),
  })
  .meta({ id: 'DossierPaper' });

export const returnView = z
  .object({
    id: z.string(),
    byLevel: z.enum(['commune', 'province']),
    items: z.array(returnReasonSchema),
    actorLabel: z.string(),
    at: z.iso.datetime({ offset: true }),
    answeredAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'DossierReturn' });

export const reviewView = z
  .object({
    id: z.string(),
    kind: z.enum(DOSSIER_REVIEW_KINDS),
    on: isoDate,
    note: z.string(),
    answers: z.string().nullable(),
    file: z
      .object({
        fileName: z.string(),
        mime: z.string(),
        bytes: z.number(),
        sha256: z.string(),
        url: z.string(),
      })
      .nullable(),
    actorLabel: z.string(),
    at: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'DossierReview' });

export const roundView = z
  .object({
    id: z.string(),
    level: z.enum(ROUND_LEVELS),
    provinceId: z.string().nullable(),
    provinceName: z.string().nullable(),
    year: z.number(),
    no: z.number(),
    kind: z.enum(ROUND_KINDS),
    procedureVersionId: z.string(),
    proposalsBy: isoDate,
    decideBy: isoDate,
    advisoryGroup: z.string().nullable(),
    council: z.string().nullable(),
    dossiers: z.number().int(),
  })
  .meta({ id: 'EvaluationRound' });

export const createRoundBody = z
  .strictObject({
    provinceId: z.string().max(60).nullable().meta({ description: 'null for a central round' }),
    year: z.number().int().min(2019).max(2100),
    kind: z.enum(ROUND_KINDS),
    proposalsBy: isoDate.optional().meta({ description: 'an extra round: its own cut-off' }),
    decideBy: isoDate.optional(),
    advisoryGroup: line(400).nullable().optional(),
    council: line(400).nullable().optional(),
  })
  .meta({ id: 'CreateRound' });

export const dossierSchema = z
  .object({
    id: z.string(),
    productId: z.string(),
    productName: z.string(),
    productSetNo: z.number().nullable(),
    producerId: z.string(),
    producerName: z.string(),
    communeName: z.string().nullable(),
    provinceName: z.string().nullable(),
    kind: z.enum(DOSSIER_KINDS),
    stage: z.enum(DOSSIER_STAGES),
    procedureVersionId: z.string().nullable(),
    year: z.number().nullable(),
    round: roundView.nullable(),
    copiedFrom: z.string().nullable(),
    form01: form01Schema.nullable(),
    general: form02GeneralSchema.nullable(),
    business: z.array(businessYearSchema),
    plan: form02PlanSchema.nullable(),
    samples: samplesSchema.nullable(),
    selfAssessment: z
      .object({
        id: z.string(),
        year: z.number(),
        status: z.enum(['draft', 'final']),
        total: z.number(),
        stars: z.number(),
      })
      .nullable(),
    papers: z.array(paperView),
    form03: form03Schema.nullable(),
    localLabourSuggestion: z.object({ met: z.boolean(), percent: z.number() }).nullable(),
    gaps: z.array(gapSchema).meta({ description: 'what still keeps the dossier from being submitted' }),
    receivedOn: isoDate.nullable(),
    communeDeadline: deadlineSchema.nullable(),
    reEvaluationDue: z
      .object({
        due: isoDate,
        basis: z.string(),
        daysLeft: z.number().int().nullable(),
        daysLate: z.number().int().nullable(),
      })
      .nullable()
      .meta({
        description:
          'a filed re-evaluation: the day it is to be decided by written opinion (45 days), and the days left or late while it waits',
      }),
    communeCheckedOn: isoDate.nullable(),
    acceptedOn: isoDate.nullable(),
    council: z
      .object({
        score: z.string().meta({ description: 'the council’s mean, two decimals' }),
        stars: z.number().int().nullable().meta({ description: 'the stars the result supports' }),
        on: isoDate.nullable(),
      })
      .nullable()
      .meta({
        description: 'the council’s result once it closed the dossier (the centre’s, under central review)',
      }),
    returns: z.array(returnView),
    reviews: z.array(reviewView),
    version: z.number().int(),
    actions: actionsSchema,
    statusHistory: z.array(statusChangeSchema),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Dossier' });

export const dossierListQuery = z.object({
  stage: z.enum(DOSSIER_STAGES).optional(),
  queue: z.enum(DOSSIER_QUEUES).optional().meta({
    description:
      'mine: the dossiers waiting for the caller’s role; overdue: the commune checks past their day',
  }),
  productId: z.uuid().optional(),
  roundId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const dossierListItem = z
  .object({
    id: z.string(),
    productId: z.string(),
    productName: z.string(),
    producerName: z.string(),
    communeName: z.string().nullable(),
    kind: z.enum(DOSSIER_KINDS),
    stage: z.enum(DOSSIER_STAGES),
    year: z.number().nullable(),
    roundLabel: z.string().nullable(),
    round: z
      .object({ no: z.number().int(), year: z.number().int(), kind: z.enum(ROUND_KINDS) })
      .nullable()
      .meta({ description: 'the round the province accepted it into, for naming it in either language' }),
    receivedOn: isoDate.nullable(),
    communeDeadline: deadlineSchema.nullable(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'DossierListItem' });

export const dossierPage = pageOf(dossierListItem, 'DossierPage');

export type DossierView = z.infer<typeof dossierSchema>;
export type DossierListItem = z.infer<typeof dossierListItem>;
export type RoundView = z.infer<typeof roundView>;
