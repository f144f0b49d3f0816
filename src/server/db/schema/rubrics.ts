// Rubric versions (the score sheets as data, with their rule overlay), the
// procedure versions that point to them, and producers' self-assessments
// (Mẫu 02, part III) with evidence per criterion. A rubric version is immutable
// once any sheet uses it (trigger in migration 0007).
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './identity.ts';
import { producers, products } from './registry.ts';

export const rubricVersions = pgTable('rubric_versions', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  effectiveFrom: date('effective_from').notNull(),
  effectiveTo: date('effective_to'),
  verified: boolean('verified').notNull(),
  /** the normalised pack as printed (resources/rubrics/<id>.json) */
  pack: jsonb('pack').notNull(),
  /** the curated rule overlay (resources/rubrics/rules/<id>.rules.json) */
  rules: jsonb('rules'),
  rulesId: text('rules_id'),
  /** sha256 of pack + rules, to tell a re-import of the same file from a change */
  checksum: text('checksum').notNull(),
  origin: text('origin', { enum: ['shipped', 'imported'] }).notNull(),
  warnings: integer('warnings').notNull(),
  importedBy: uuid('imported_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A procedure version as shipped (resources/procedures/procedure-versions.json),
 * written at every start: its steps, limits, rounds, score routing and authorities
 * (shapes in src/shared/contracts/procedures.ts) and the sources it cites.
 */
export const procedureVersions = pgTable('procedure_versions', {
  id: text('id').primaryKey(),
  rubricVersionId: text('rubric_version_id').notNull(),
  /** the instruments' numbers, joined (e.g. "QĐ 148/QĐ-TTg + QĐ 1489/QĐ-TTg") */
  instrument: text('instrument').notNull(),
  effectiveFrom: date('effective_from').notNull(),
  effectiveTo: date('effective_to'),
  verified: boolean('verified').notNull().default(false),
  title: jsonb('title').notNull().default(sql`'{}'::jsonb`),
  centralBody: jsonb('central_body').notNull().default(sql`'{}'::jsonb`),
  instruments: jsonb('instruments').notNull().default(sql`'[]'::jsonb`),
  transition: jsonb('transition'),
  steps: jsonb('steps').notNull().default(sql`'[]'::jsonb`),
  limits: jsonb('limits').notNull().default(sql`'[]'::jsonb`),
  rounds: jsonb('rounds').notNull().default(sql`'[]'::jsonb`),
  starBands: jsonb('star_bands').notNull().default(sql`'[]'::jsonb`),
  scoringLevels: jsonb('scoring_levels').notNull().default(sql`'[]'::jsonb`),
  authorities: jsonb('authorities').notNull().default(sql`'[]'::jsonb`),
  notes: jsonb('notes').notNull().default(sql`'[]'::jsonb`),
  /** the publications the version cites, by source id */
  sources: jsonb('sources').notNull().default(sql`'{}'::jsonb`),
});

export const selfAssessments = pgTable(
  'self_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    rubricVersionId: text('rubric_version_id')
      .notNull()
      .references(() => rubricVersions.id, { onDelete: 'restrict' }),
    procedureVersionId: text('procedure_version_id').notNull(),
    setNo: smallint('set_no').notNull(),
    year: smallint('year').notNull(),
    answers: jsonb('answers').notNull().default(sql`'{}'::jsonb`),
    facts: jsonb('facts').notNull().default(sql`'{}'::jsonb`),
    /** the producer's explanation per criterion (what the evidence shows) */
    comments: jsonb('comments').notNull().default(sql`'{}'::jsonb`),
    /** total, stars and blocking markers at the last save, for lists */
    total: integer('total').notNull().default(0),
    stars: smallint('stars').notNull().default(1),
    status: text('status', { enum: ['draft', 'final'] })
      .notNull()
      .default('draft'),
    copiedFrom: uuid('copied_from'),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('self_assessments_product_year').on(t.productId, t.year),
    index('self_assessments_producer').on(t.producerId, t.updatedAt),
  ],
);

export const selfAssessmentEvidence = pgTable(
  'self_assessment_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => selfAssessments.id, { onDelete: 'cascade' }),
    criterion: text('criterion').notNull(),
    storageKey: text('storage_key').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('self_assessment_evidence_assessment').on(t.assessmentId, t.criterion)],
);
