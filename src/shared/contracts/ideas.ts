// The annual cycle's first steps over HTTP: a province's yearly call for product
// ideas with its deadlines, the ideas producers file with their business plans, the
// commune's review, the roll-up by commune the province reads, and the product an
// approved idea becomes. The plan's shape is also the shape stored (jsonb).
import { z } from 'zod';
import { DEADLINE_STANDINGS, IDEA_EVENTS, IDEA_KINDS, IDEA_QUEUES, IDEA_STAGES } from '../enums.ts';
import { actionsSchema, pageOf, statusChangeSchema } from './common.ts';

const line = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();

export const businessPlanSchema = z
  .strictObject({
    goals: line(4000),
    markets: line(4000),
    capacity: line(1000),
    investments: line(4000),
    funding: line(2000),
    timeline: line(4000),
    expectedRevenue: z
      .number()
      .min(0)
      .max(1e9)
      .nullable()
      .meta({ description: 'first full year, million đồng' }),
  })
  .meta({ id: 'BusinessPlan', description: 'phương án sản xuất kinh doanh' });

export const ideaFieldsSchema = z.strictObject({
  kind: z.enum(IDEA_KINDS),
  name: line(300).min(2),
  productSetNo: z.number().int().min(1).max(26).nullable(),
  description: line(4000),
  rawMaterials: line(4000),
  localIdentity: line(4000),
});

export const createIdeaBody = ideaFieldsSchema.meta({
  id: 'CreateIdea',
  description: 'filed by the producer under its province’s call of the current year',
});

export const saveIdeaBody = ideaFieldsSchema
  .partial()
  .extend({
    plan: businessPlanSchema.nullable().optional(),
    version: z
      .number()
      .int()
      .min(1)
      .meta({ description: 'the version as last read; 409 CONFLICT when it changed' }),
  })
  .meta({ id: 'SaveIdea' });

export const ideaEventBody = z
  .strictObject({
    event: z.enum(IDEA_EVENTS),
    reason: line(2000).optional().meta({ description: 'required to return or decline' }),
  })
  .meta({ id: 'IdeaEvent' });

export const stepDeadlineSchema = z
  .object({ due: isoDate, standing: z.enum(DEADLINE_STANDINGS), daysLeft: z.number().int() })
  .meta({
    id: 'RegistrationDeadline',
    description: 'calendar days to the province’s deadline (negative when past)',
  });

export const ideaGapSchema = z.object({ field: z.string(), code: z.string() }).meta({ id: 'IdeaGap' });

export const ideaListItem = z
  .object({
    id: z.string(),
    callId: z.string(),
    year: z.number().int(),
    name: z.string(),
    kind: z.enum(IDEA_KINDS),
    productSetNo: z.number().nullable(),
    stage: z.enum(IDEA_STAGES),
    producerId: z.string(),
    producerName: z.string(),
    communeName: z.string().nullable(),
    productId: z.string().nullable(),
    submittedOn: isoDate.nullable(),
    planSubmittedOn: isoDate.nullable(),
    deadline: stepDeadlineSchema.nullable().meta({ description: 'the deadline of the step the idea is at' }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'IdeaListItem' });

export const ideaPage = pageOf(ideaListItem, 'IdeaPage');

export const ideaSchema = ideaListItem
  .extend({
    description: z.string(),
    rawMaterials: z.string(),
    localIdentity: z.string(),
    plan: businessPlanSchema.nullable(),
    selectedOn: isoDate.nullable(),
    planApprovedOn: isoDate.nullable(),
    gaps: z.array(ideaGapSchema).meta({ description: 'what the step at hand still lacks' }),
    version: z.number().int(),
    actions: actionsSchema,
    statusHistory: z.array(statusChangeSchema),
  })
  .meta({ id: 'Idea' });

export const ideaListQuery = z.object({
  callId: z.uuid().optional(),
  stage: z.enum(IDEA_STAGES).optional(),
  queue: z.enum(IDEA_QUEUES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const registrationCallSchema = z
  .object({
    id: z.string(),
    provinceId: z.string(),
    provinceName: z.string(),
    year: z.number().int(),
    ideasDueOn: isoDate,
    plansDueOn: isoDate,
    note: z.string(),
    ideas: stepDeadlineSchema,
    plans: stepDeadlineSchema,
    version: z.number().int(),
  })
  .meta({ id: 'RegistrationCall' });

export const registrationCallList = z
  .object({ items: z.array(registrationCallSchema) })
  .meta({ id: 'RegistrationCallList' });

export const createCallBody = z
  .strictObject({
    provinceId: z.string().min(1).max(60),
    year: z.number().int().min(2019).max(2100),
    ideasDueOn: isoDate,
    plansDueOn: isoDate,
    note: line(2000).optional(),
  })
  .meta({ id: 'CreateRegistrationCall' });

export const editCallBody = z
  .strictObject({
    ideasDueOn: isoDate.optional(),
    plansDueOn: isoDate.optional(),
    note: line(2000).optional(),
    version: z.number().int().min(1),
  })
  .meta({ id: 'EditRegistrationCall' });

export const rollupRow = z
  .object({
    communeId: z.string().nullable(),
    communeName: z.string().nullable(),
    stages: z.record(z.string(), z.number().int()).meta({ description: 'ideas per stage' }),
    total: z.number().int(),
    waitingPastDeadline: z
      .number()
      .int()
      .meta({ description: 'ideas or plans still waiting for the commune after the step’s deadline' }),
  })
  .meta({ id: 'IdeaRollupRow' });

export const rollupSchema = z
  .object({ call: registrationCallSchema, rows: z.array(rollupRow), totals: rollupRow })
  .meta({ id: 'IdeaRollup' });
