// Requests that create or change producers and products. Shared by the API, the
// web forms and the import pipeline, so all three accept and refuse the same data.
import { z } from 'zod';
import { DOCUMENT_KINDS, PRODUCER_WORKFLOW_EVENTS, SEXES } from '../enums.ts';
import { LEGAL_TYPES } from '../registry.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), 'not a calendar date');

export const workforceInput = z.strictObject({
  unitId: z.string().max(60).meta({ description: 'where the workers live (any structure version)' }),
  workers: z.number().int().min(0).max(100_000),
  asOf: isoDate,
});

export const documentInput = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS),
  number: optionalText(100),
  issuer: optionalText(200),
  issuedOn: isoDate.optional(),
  validUntil: isoDate.optional(),
});

/** The fields of a producer that may be empty, as their values read when given. */
const producerOptionalValues = {
  taxCode: z.string().trim().max(20).meta({
    description: '10 digits, 10+3 for a branch, or a 12-digit personal id for household businesses',
  }),
  registrationNo: z.string().trim().max(30),
  registrationDate: isoDate,
  addressLine: z.string().trim().max(300),
  representativeSex: z.enum(SEXES),
  representativeEthnicity: z.string().trim().max(40),
  representativeDisability: z.boolean(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,16}$/),
  email: z.string().trim().toLowerCase().email().max(254),
  website: z.string().trim().url().max(300),
};

/** Fields of a producer that may be emptied by a change: null, or text that is empty once trimmed, clears them. */
export const PRODUCER_CLEARABLE_FIELDS = Object.keys(
  producerOptionalValues,
) as (keyof typeof producerOptionalValues)[];
type ClearableField = keyof typeof producerOptionalValues;

const producerFields = {
  name: z.string().trim().min(3).max(200),
  legalType: z.enum(LEGAL_TYPES),
  taxCode: optionalText(20).meta(producerOptionalValues.taxCode.meta() ?? {}),
  registrationNo: optionalText(30),
  registrationDate: isoDate.optional(),
  addressLine: optionalText(300),
  unitId: z
    .string()
    .max(60)
    .meta({ description: 'commune of the current structure, e.g. vn-2tier-2025:14758' }),
  representativeName: z.string().trim().min(2).max(120),
  representativeSex: producerOptionalValues.representativeSex.optional(),
  representativeEthnicity: optionalText(40),
  representativeDisability: producerOptionalValues.representativeDisability.optional(),
  phone: producerOptionalValues.phone.optional(),
  email: producerOptionalValues.email.optional(),
  website: producerOptionalValues.website.optional(),
  workforce: z.array(workforceInput).max(200).optional(),
  documents: z.array(documentInput).max(50).optional(),
};

export const createProducerBody = z.strictObject(producerFields).meta({ id: 'CreateProducerRequest' });

/** A value of a change that may also clear the field: null or '' (after trimming) become null. */
const clearable = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.null(), z.string().trim().length(0), schema])
    .transform((v) => (v === '' ? null : v))
    .optional()
    .meta({ description: 'null or an empty text clears the field' });

/** Every field of a producer, optional (absent: unchanged); the clearable ones also accept null. */
export type UpdateProducerInput = {
  [K in keyof CreateProducerInput]?: K extends ClearableField
    ? Exclude<CreateProducerInput[K], undefined> | null
    : CreateProducerInput[K];
} & { expectedUpdatedAt?: string };
/** The same change as a client writes it ('' also clears). */
export type UpdateProducerRequest = {
  [K in keyof z.input<typeof createProducerBody>]?: K extends ClearableField
    ? Exclude<z.input<typeof createProducerBody>[K], undefined> | null | ''
    : z.input<typeof createProducerBody>[K];
} & { expectedUpdatedAt?: string };

export const updateProducerBody = z
  .strictObject({
    ...Object.fromEntries(
      Object.entries(producerFields).map(([k, v]) => [
        k,
        k in producerOptionalValues
          ? clearable(producerOptionalValues[k as ClearableField])
          : (v as z.ZodType).optional(),
      ]),
    ),
    expectedUpdatedAt: z
      .string()
      .datetime({ offset: true })
      .optional()
      .meta({ description: 'refuse with 409 if the record changed since' }),
  })
  .meta({ id: 'UpdateProducerRequest' }) as unknown as z.ZodType<UpdateProducerInput, UpdateProducerRequest>;

/** A move of a producer's status (domain/registry/producer.workflow.ts). */
export const producerStatusBody = z
  .strictObject({
    event: z.enum(PRODUCER_WORKFLOW_EVENTS),
    reason: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .meta({ description: 'required to reject and to record a producer as inactive; kept in its history' }),
    expectedUpdatedAt: z
      .string()
      .datetime({ offset: true })
      .optional()
      .meta({ description: 'refuse with 409 if the record changed since it was read' }),
  })
  .meta({ id: 'ProducerStatusChange' });

export const registerProducerBody = z
  .strictObject({
    account: z.strictObject({
      email: z.string().trim().toLowerCase().email().max(254),
      password: z.string().min(1).max(200),
      fullName: z.string().trim().min(2).max(120),
    }),
    producer: createProducerBody,
  })
  .meta({ id: 'RegisterProducerRequest' });

const productFields = {
  name: z.string().trim().min(2).max(200),
  productSet: z.number().int().min(1).max(26),
  description: optionalText(5000),
  story: optionalText(20_000),
  rawMaterialOrigin: optionalText(2000),
  standards: z.array(z.string().trim().min(2).max(60)).max(20).optional(),
  ipStatus: z.enum(['none', 'application_filed', 'application_accepted', 'registered']).optional(),
  trademarkNo: optionalText(60),
  qualityDeclarationNo: optionalText(60),
  packaging: optionalText(2000),
  labelInfo: optionalText(2000),
  gtin: optionalText(20).meta({ description: 'GTIN-8/12/13/14 with a valid check digit' }),
  legacyCode: optionalText(40).meta({ description: 'a code issued under an earlier rule, kept as given' }),
};

export const createProductBody = z
  .strictObject({ producerId: z.uuid(), ...productFields })
  .meta({ id: 'CreateProductRequest' });

export const updateProductBody = z
  .strictObject({
    ...Object.fromEntries(Object.entries(productFields).map(([k, v]) => [k, (v as z.ZodType).optional()])),
    expectedUpdatedAt: z.string().datetime({ offset: true }).optional(),
  })
  .meta({ id: 'UpdateProductRequest' }) as unknown as z.ZodType<
  Partial<z.infer<typeof createProductBody>> & { expectedUpdatedAt?: string }
>;

export type CreateProducerInput = z.infer<typeof createProducerBody>;
export type CreateProductInput = z.infer<typeof createProductBody>;
export type UpdateProductInput = Partial<Omit<CreateProductInput, 'producerId'>> & {
  expectedUpdatedAt?: string;
};
