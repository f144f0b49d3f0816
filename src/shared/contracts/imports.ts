import { z } from 'zod';
import {
  IMPORT_ACTIONS,
  IMPORT_KINDS,
  IMPORT_LIST_KINDS,
  IMPORT_ROW_KINDS,
  DOSSIER_KINDS,
  INCOMPLETE_FACTS,
  IMPORT_PHASES,
  IMPORT_ROW_STATUSES,
  IMPORT_STATUSES,
} from '../enums.ts';
import { pageQuery } from './common.ts';

export const validateImportBody = z
  .strictObject({
    mapping: z.record(z.string().max(40), z.number().int().min(0).max(199).nullable()).optional().meta({
      description:
        'field key → 0-based column index (null = not in the file); omitted: the guessed or saved mapping',
    }),
    saveMappingAs: z
      .string()
      .trim()
      .min(3)
      .max(120)
      .optional()
      .meta({ description: 'remember this mapping for files with the same headers' }),
  })
  .meta({ id: 'ValidateImportRequest' });

export const importRowsQuery = pageQuery.extend({
  status: z.enum(IMPORT_ROW_STATUSES).optional(),
});

const message = z.object({ vi: z.string(), en: z.string() });
const rowIssue = z.object({ field: z.string(), code: z.string(), message }).meta({ id: 'ImportRowIssue' });
const timestamp = z.iso.datetime({ offset: true });

/** Counts by row status, and once committed, what was created. */
const importCounts = z
  .object({
    rows: z.number().int(),
    valid: z.number().int(),
    incomplete: z.number().int().meta({ description: 'rows imported with their gaps recorded' }),
    invalid: z.number().int(),
    review: z.number().int(),
    duplicate: z.number().int(),
    committed: z.number().int(),
    skipped: z.number().int(),
    existingProducers: z.number().int(),
    existingProducts: z.number().int(),
    created: z.object({
      rows: z.number().int().optional().meta({ description: 'rows written by the commit' }),
      producers: z.number().int(),
      products: z.number().int(),
      certificates: z.number().int(),
      revocations: z.number().int().optional(),
      dossiers: z.number().int().optional(),
    }),
  })
  .partial()
  .meta({ id: 'ImportCounts', description: 'empty until validated' });

export const importProgressSchema = z
  .object({
    phase: z.enum(IMPORT_PHASES),
    done: z.number().int(),
    total: z.number().int(),
    at: z.number().meta({ description: 'epoch milliseconds of the last report' }),
  })
  .meta({ id: 'ImportProgress' });

const headerColumn = z.object({ index: z.number().int(), label: z.string() });

export const importSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(IMPORT_KINDS),
    listKind: z.enum(IMPORT_LIST_KINDS).meta({
      description:
        'what the rows whose own cells say nothing are (a row naming a revoking decision is a revocation whatever the list)',
    }),
    fileName: z.string(),
    fileSha256: z.string(),
    bytes: z.number().int(),
    status: z.enum(IMPORT_STATUSES),
    scopeUnitId: z.string().nullable(),
    counts: importCounts,
    mapping: z.record(z.string(), z.number().int().nullable()),
    sheet: z.object({
      format: z.string(),
      columns: z.array(headerColumn),
      headerTop: z.number().int(),
      headerBottom: z.number().int(),
      dataStart: z.number().int(),
      dataEnd: z.number().int(),
      skipped: z.number().int(),
      signature: z.string(),
    }),
    error: z.string().nullable().meta({ description: 'why the last commit failed (an error code)' }),
    createdAt: timestamp,
    validatedAt: timestamp.nullable(),
    committedAt: timestamp.nullable(),
    progress: importProgressSchema.nullable(),
    actions: z.array(z.enum(IMPORT_ACTIONS)).meta({ description: 'what the caller may do now' }),
  })
  .meta({ id: 'Import' });

export const importListItemSchema = importSchema
  .pick({
    id: true,
    kind: true,
    fileName: true,
    status: true,
    counts: true,
    error: true,
    createdAt: true,
    validatedAt: true,
    committedAt: true,
    actions: true,
  })
  .extend({
    createdBy: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .meta({ description: 'who uploaded the file; null for a file loaded by the operator command' }),
  })
  .meta({ id: 'ImportListItem' });

export const importListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const importListSchema = z
  .object({
    items: z.array(importListItemSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'ImportList' });

const sheetAnalysis = z.object({
  id: z.uuid(),
  columns: z.array(headerColumn),
  mapping: z.record(z.string(), z.number().int().nullable()),
  savedMapping: z
    .string()
    .nullable()
    .meta({ description: 'name of the saved mapping recognised by the headers' }),
  scores: z.array(
    z.object({
      field: z.string(),
      column: z.number().int(),
      score: z.number(),
      reasons: z.array(z.string()),
    }),
  ),
  sample: z.array(z.array(z.string())),
  fields: z.array(z.object({ key: z.string(), label: z.string(), required: z.boolean() })),
});

export const startedImportSchema = sheetAnalysis
  .extend({ status: z.literal('uploaded') })
  .meta({ id: 'StartedImport' });

export const importSheetSchema = sheetAnalysis.meta({
  id: 'ImportSheet',
  description: 'the file as the mapping step shows it, with the mapping now in force',
});

const nullableText = z.string().nullable();
export const importRowSchema = z
  .object({
    rowNo: z.number().int(),
    status: z.enum(IMPORT_ROW_STATUSES),
    raw: z.record(z.string(), z.string().nullable()).meta({ description: 'the cells as read, by field' }),
    values: z.object({
      kind: z
        .enum(IMPORT_ROW_KINDS)
        .meta({ description: 'what the row records, from its own cells or the list’s kind' }),
      evaluation: z
        .enum(DOSSIER_KINDS)
        .nullable()
        .meta({ description: 'first, upgrade, reEvaluation; null: not said' }),
      gaps: z.array(z.enum(INCOMPLETE_FACTS)).meta({ description: 'facts the row lacks, recorded as gaps' }),
      producer: z.object({
        name: nullableText,
        placeholder: z.boolean().meta({ description: 'the list named no producer: a stand-in for this row' }),
        legalType: nullableText,
        taxCode: nullableText,
        registrationNo: nullableText,
        addressLine: nullableText,
        representativeName: nullableText,
        representativeSex: nullableText,
        representativeEthnicity: nullableText,
        phone: nullableText,
        email: nullableText,
        registrationDate: nullableText,
      }),
      product: z
        .object({
          name: nullableText,
          productSet: z.number().int().nullable(),
          code: nullableText,
          gtin: nullableText,
          description: nullableText,
        })
        .nullable(),
      certificate: z
        .object({
          stars: z.number().int().nullable(),
          decisionNo: nullableText,
          decisionDate: nullableText,
          decisionYear: z.number().int().nullable(),
          validUntil: nullableText,
          issuer: nullableText,
          procedureVersionId: nullableText,
        })
        .nullable(),
      dossier: z
        .object({
          stage: z.enum(['awaitingDecision', 'forwardedToCentre']),
          proposedStars: z.number().int().nullable(),
          score: z.number().nullable(),
          councilDate: nullableText,
          year: z.number().int().nullable(),
        })
        .nullable(),
      revocation: z
        .object({ decisionNo: nullableText, decisionDate: nullableText, ground: nullableText })
        .nullable(),
      unitId: nullableText,
      placeNote: nullableText,
    }),
    errors: z.array(rowIssue),
    warnings: z.array(rowIssue),
    matchedProducerId: z.uuid().nullable(),
    matchedProductId: z.uuid().nullable(),
  })
  .meta({ id: 'ImportRow' });

export const importRowListSchema = z
  .object({
    items: z.array(importRowSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'ImportRowList' });

export type ImportView = z.infer<typeof importSchema>;
export type ImportRowView = z.infer<typeof importRowSchema>;
export type StartedImport = z.infer<typeof startedImportSchema>;
export type ImportSheetView = z.infer<typeof importSheetSchema>;
export type ImportListItem = z.infer<typeof importListItemSchema>;

export const cancelImportBody = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .max(500)
      .optional()
      .meta({ description: 'why the file is dropped (kept in the status history)' }),
  })
  .meta({ id: 'CancelImportRequest' });

export const correctRowBody = z
  .strictObject({
    values: z
      .record(z.string().max(40), z.string().max(2000).nullable())
      .meta({ description: 'field key → corrected cell text (null empties it)' }),
  })
  .meta({ id: 'CorrectImportRowRequest' });
