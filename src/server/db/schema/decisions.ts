// Decisions (quyết định) of a province's chair or of the minister that recognise
// products from a council's results, and complaints against a result. A decision is
// drafted as a PDF from the dossiers awaiting it; it counts only once the signed
// decision is uploaded with its number in the official style ("123/QĐ-UBND", unique
// per issuing body and year); signing queues the certificates, issued once per
// product by the certificates module. Producers' complaints are kept with the dossier
// and answered by the province.
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { COMPLAINT_STATUSES, DECISION_STATES, ROUND_LEVELS } from '../../../shared/enums.ts';
import { adminUnits } from './admin-units.ts';
import { councilSessions } from './councils.ts';
import { dossiers } from './dossiers.ts';
import { users } from './identity.ts';
import { products } from './registry.ts';

export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    level: text('level', { enum: ROUND_LEVELS }).notNull(),
    provinceId: text('province_id').references(() => adminUnits.id),
    /** the issuing body: its province, or 'central' for the ministry */
    issuerKey: text('issuer_key').notNull(),
    /** "ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" */
    issuerName: text('issuer_name').notNull(),
    /** the number's suffix: QĐ-UBND, QĐ-BNNMT */
    suffix: text('suffix').notNull(),
    title: text('title').notNull(),
    /** the session whose results it decides, when drafted from one */
    sessionId: uuid('session_id').references(() => councilSessions.id),
    status: text('status', { enum: DECISION_STATES }).notNull().default('draft'),
    /** set when the signed decision is uploaded */
    seq: integer('seq'),
    number: text('number'),
    year: smallint('year'),
    signedOn: date('signed_on'),
    signerName: text('signer_name'),
    signerTitle: text('signer_title').notNull(),
    storageKey: text('storage_key'),
    fileName: text('file_name'),
    bytes: integer('bytes'),
    sha256: text('sha256'),
    publishedOn: date('published_on'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('decisions_number').on(t.issuerKey, t.suffix, t.year, t.seq).where(sql`${t.seq} IS NOT NULL`),
    index('decisions_province').on(t.provinceId, t.createdAt),
  ],
);

/** A product a decision recognises, with the stars and score it recognises it at. */
export const decisionItems = pgTable(
  'decision_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    stars: smallint('stars').notNull(),
    score: numeric('score', { precision: 5, scale: 2 }),
  },
  (t) => [
    uniqueIndex('decision_items_dossier').on(t.decisionId, t.dossierId),
    index('decision_items_product').on(t.productId),
  ],
);

/** A producer's complaint against a council's result, within the procedure's period, and the province's answer. */
export const resultComplaints = pgTable(
  'result_complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    text: text('text').notNull(),
    lodgedOn: date('lodged_on').notNull(),
    /** the last day of the province's answer */
    answerDueOn: date('answer_due_on').notNull(),
    status: text('status', { enum: COMPLAINT_STATUSES }).notNull().default('open'),
    answer: text('answer'),
    answeredOn: date('answered_on'),
    lodgedBy: uuid('lodged_by').references(() => users.id),
    answeredBy: uuid('answered_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('result_complaints_dossier').on(t.dossierId, t.lodgedOn)],
);
