// Bulk imports of provincial spreadsheets: the upload and its mapping, a staging
// row per sheet row (parsed values, errors, matches), and saved column mappings
// recognised again by their header signature.
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { IMPORT_LIST_KINDS, IMPORT_ROW_STATUSES } from '../../../shared/enums.ts';
import { users } from './identity.ts';

export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['producers', 'products'] }).notNull(),
    /** what the rows whose cells say nothing are: recognitions, council results, revocations */
    listKind: text('list_kind', { enum: IMPORT_LIST_KINDS }).notNull().default('recognitions'),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    fileKey: text('file_key').notNull(),
    bytes: integer('bytes').notNull(),
    status: text('status', {
      enum: ['uploaded', 'validated', 'committing', 'committed', 'failed', 'cancelled'],
    }).notNull(),
    /** the province or commune the file belongs to, for addresses that omit it */
    scopeUnitId: text('scope_unit_id'),
    sheet: jsonb('sheet').notNull(),
    mapping: jsonb('mapping').notNull(),
    counts: jsonb('counts').notNull().default({}),
    error: text('error'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    validatedAt: timestamp('validated_at', { withTimezone: true }),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [index('imports_created_by').on(t.createdBy, t.createdAt), index('imports_sha').on(t.fileSha256)],
);

export const importRows = pgTable(
  'import_rows',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id),
    rowNo: integer('row_no').notNull(),
    raw: jsonb('raw').notNull(),
    values: jsonb('values').notNull(),
    errors: jsonb('errors').notNull().default([]),
    warnings: jsonb('warnings').notNull().default([]),
    status: text('status', { enum: IMPORT_ROW_STATUSES }).notNull(),
    /** natural keys: producer = tax code, else folded name + unit; product = code, else producer key + folded name + set */
    producerKey: text('producer_key'),
    productKey: text('product_key'),
    matchedProducerId: uuid('matched_producer_id'),
    matchedProductId: uuid('matched_product_id'),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.rowNo] }),
    index('import_rows_status').on(t.importId, t.status),
  ],
);

export const importMappings = pgTable(
  'import_mappings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['producers', 'products'] }).notNull(),
    name: text('name').notNull(),
    headerSignature: text('header_signature').notNull(),
    mapping: jsonb('mapping').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('import_mappings_signature').on(t.kind, t.headerSignature)],
);
