// Answers about one record of the registry beyond its list row: the editable
// details of a producer and of a product, its certificates with their state today,
// and suspected duplicates with the signals that matched.
import { z } from 'zod';
import {
  CERTIFICATE_RECORD_STATUSES,
  CERTIFICATE_STATES,
  DOCUMENT_KINDS,
  DUPLICATE_REASONS,
  DUPLICATE_RELATIONS,
  DOSSIER_KINDS,
  INCOMPLETE_FACTS,
  IP_STATUSES,
  PRODUCER_STATUSES,
} from '../enums.ts';
import { LEGAL_TYPES } from '../registry.ts';
import { pageOf } from './common.ts';

const text = z.string().nullable();
const isoDate = z.iso.date();
const timestamp = z.iso.datetime({ offset: true });

export const producerDetailsSchema = z
  .object({
    id: z.uuid(),
    updatedAt: timestamp,
    name: z.string(),
    legalType: z
      .enum(LEGAL_TYPES)
      .nullable()
      .meta({ description: 'null: not known yet (recorded from a list)' }),
    taxCode: text,
    unitId: z
      .string()
      .meta({ description: 'the commune (or, for older records, the unit) it was recorded in' }),
    provinceId: text.meta({ description: 'its province in the current structure' }),
    status: z.enum(PRODUCER_STATUSES),
    representativeName: text,
    phone: text,
    email: text,
    website: text,
    registrationNo: text,
    registrationDate: isoDate.nullable(),
    addressLine: text,
    // personal fields: only for those who may edit the record
    representativeSex: text.optional(),
    representativeEthnicity: text.optional(),
    representativeDisability: z.boolean().nullable().optional(),
    documents: z.array(
      z.object({
        kind: z.enum(DOCUMENT_KINDS),
        number: text,
        issuer: text,
        issuedOn: isoDate.nullable(),
        validUntil: isoDate.nullable(),
      }),
    ),
    workforce: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string().nullable().optional().meta({ description: 'the place of residence, named' }),
        workers: z.number().int(),
        asOf: isoDate,
      }),
    ),
    editableFields: z.array(z.string()).meta({
      description:
        'the fields of the change request (PATCH) this user may change now; a change to any other is refused with 403 PRODUCER_FIELD_OFFICER_ONLY',
    }),
  })
  .meta({ id: 'ProducerDetails' });

export const productDetailsSchema = z
  .object({
    id: z.uuid(),
    updatedAt: timestamp,
    name: z.string(),
    productSet: z.number().int().nullable(),
    description: text,
    story: text,
    rawMaterialOrigin: text,
    standards: z.array(z.string()),
    ipStatus: z.enum(IP_STATUSES),
    trademarkNo: text,
    qualityDeclarationNo: text,
    packaging: text,
    labelInfo: text,
    gtin: text,
    code: text,
    codeRuleId: text,
  })
  .meta({ id: 'ProductDetails' });

export const certificateSchema = z
  .object({
    id: z.uuid(),
    // a certificate recorded from a published list may lack any of its decision facts: null, never invented
    stars: z.number().int().min(1).max(5).nullable(),
    certificateNo: z
      .string()
      .nullable()
      .meta({ description: 'the certificate’s own number, when it has one' }),
    decisionNo: z.string().nullable(),
    decisionDate: isoDate.nullable(),
    decisionYear: z.number().int().nullable(),
    issuer: z.string().nullable(),
    procedureVersionId: z.string().nullable(),
    kind: z.enum(DOSSIER_KINDS).nullable().meta({ description: 'the evaluation that led to it' }),
    validFrom: isoDate.nullable(),
    validUntil: isoDate.nullable(),
    status: z.enum(CERTIFICATE_RECORD_STATUSES),
    revocation: z
      .object({
        decisionNumber: z.string().nullable(),
        decisionDate: isoDate.nullable(),
        ground: z.string().nullable(),
      })
      .nullable()
      .meta({ description: 'the revoking decision, kept apart from the recognition' }),
    incompleteFacts: z.array(z.enum(INCOMPLETE_FACTS)),
    historical: z.boolean(),
    state: z.enum(CERTIFICATE_STATES).meta({ description: 'the state it is in today (the date in Vietnam)' }),
  })
  .meta({ id: 'Certificate' });

export const certificateListSchema = z.array(certificateSchema).meta({ id: 'CertificateList' });

const productRef = z.object({ id: z.uuid(), name: z.string(), producerName: z.string() });

export const duplicatePairSchema = z
  .object({
    a: productRef,
    b: productRef,
    score: z.number(),
    reasons: z.array(z.enum(DUPLICATE_REASONS)),
    suspected: z.boolean(),
    signals: z.object({
      nameSimilarity: z.number(),
      textSimilarity: z.number().nullable(),
      photoDistance: z.number().int().nullable(),
      related: z.enum(DUPLICATE_RELATIONS).nullable(),
    }),
  })
  .meta({ id: 'DuplicatePair' });

export const duplicatePageSchema = pageOf(duplicatePairSchema, 'DuplicatePairPage');

export const createdProductSchema = z
  .object({
    id: z.uuid(),
    suspectedDuplicates: z.array(duplicatePairSchema.extend({ other: productRef })),
    similarNotShown: z
      .boolean()
      .meta({ description: 'a similar product exists in the province among records the caller may not see' }),
  })
  .meta({ id: 'CreatedProduct' });

export type ProducerDetails = z.infer<typeof producerDetailsSchema>;
export type ProductDetails = z.infer<typeof productDetailsSchema>;
export type CertificateView = z.infer<typeof certificateSchema>;
export type DuplicatePair = z.infer<typeof duplicatePairSchema>;
export type CreatedProduct = z.infer<typeof createdProductSchema>;
