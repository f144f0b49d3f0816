// Evaluation dossiers (hồ sơ đánh giá, phân hạng): one per product and evaluation,
// moving through the stages of src/domain/dossiers/dossier.workflow.ts. A product has
// at most one open dossier. Dossiers recorded from a province's published lists (a
// council result, a proposal to the centre) start at a later stage through the
// workflow's `imported` event and keep the import and row they came from.
// A dossier filed on the platform holds Mẫu 01 and the parts of Mẫu 02 as documents
// (jsonb, shaped by src/shared/contracts/dossiers.ts), points at the self-assessment
// that is its part III, records the samples handed over and the commune's Mẫu 03;
// its returns (reasons per item) and the advisory group's notes are rows of their own.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  DOSSIER_KINDS,
  DOSSIER_REVIEW_KINDS,
  DOSSIER_STAGES,
  ROUND_KINDS,
  ROUND_LEVELS,
} from '../../../shared/enums.ts';
import { adminUnits } from './admin-units.ts';
import { users } from './identity.ts';
import { imports } from './imports.ts';
import { producers, products } from './registry.ts';

/**
 * Evaluation rounds (đợt đánh giá, phân hạng): a province's or the centre's, per year,
 * with the cut-off for proposals and the last day of the decision from the procedure
 * version (or the council's rules, for an extra round), and who reviews and scores.
 */
export const evaluationRounds = pgTable(
  'evaluation_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    level: text('level', { enum: ROUND_LEVELS }).notNull(),
    /** the province whose round it is; null at the centre */
    provinceId: text('province_id').references(() => adminUnits.id),
    year: smallint('year').notNull(),
    no: smallint('no').notNull(),
    kind: text('kind', { enum: ROUND_KINDS }).notNull(),
    procedureVersionId: text('procedure_version_id').notNull(),
    proposalsBy: date('proposals_by').notNull(),
    decideBy: date('decide_by').notNull(),
    /** the advisory group and the council assigned (their members arrive with the councils) */
    advisoryGroup: text('advisory_group'),
    council: text('council'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evaluation_rounds_no').on(t.level, sql`coalesce(${t.provinceId}, '')`, t.year, t.no),
    check('evaluation_rounds_place', sql`(${t.level} = 'central') = (${t.provinceId} IS NULL)`),
    check('evaluation_rounds_dates', sql`${t.proposalsBy} <= ${t.decideBy}`),
  ],
);

export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    kind: text('kind', { enum: DOSSIER_KINDS }).notNull(),
    status: text('status', { enum: DOSSIER_STAGES }).notNull().default('draft'),
    /** the procedure version it is evaluated under (by filing date, procedureForDossier) */
    procedureVersionId: text('procedure_version_id'),
    /** the year of the round it belongs to */
    year: smallint('year'),
    /** the round as the province names it ("Đợt 2 năm 2020") */
    roundLabel: text('round_label'),
    filedOn: date('filed_on'),
    /** the stars a council or the province proposed, awaiting a decision */
    proposedStars: smallint('proposed_stars'),
    /** the council's average score, when known */
    score: numeric('score', { precision: 5, scale: 2 }),
    councilDate: date('council_date'),
    /** where a dossier recorded from a published list came from */
    importId: uuid('import_id').references(() => imports.id),
    sourceRow: integer('source_row'),
    roundId: uuid('round_id').references(() => evaluationRounds.id),
    /** the product's previous dossier this one started from */
    copiedFrom: uuid('copied_from'),
    /** Mẫu 02 part III: the self-assessment the dossier carries */
    selfAssessmentId: uuid('self_assessment_id'),
    form01: jsonb('form01'),
    /** Mẫu 02 parts I, II and IV: { general, business, plan } */
    form02: jsonb('form02'),
    samples: jsonb('samples'),
    /** the commune's check and proposal (Mẫu 03) */
    form03: jsonb('form03'),
    /** the day the commune received it (the last submission) and the last day of its check */
    receivedOn: date('received_on'),
    communeDueOn: date('commune_due_on'),
    communeCheckedOn: date('commune_checked_on'),
    acceptedOn: date('accepted_on'),
    /** bumped by every edit of the forms (optimistic concurrency) */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('dossiers_product').on(t.productId),
    index('dossiers_commune_due').on(t.communeDueOn).where(sql`${t.status} = 'submitted'`),
    index('dossiers_status').on(t.status, t.updatedAt),
    index('dossiers_round').on(t.roundId),
    // one open dossier per product
    uniqueIndex('dossiers_open_per_product')
      .on(t.productId)
      .where(sql`${t.status} NOT IN ('recognised', 'notRecognised', 'withdrawn')`),
    check('dossiers_proposed_stars', sql`${t.proposedStars} IS NULL OR ${t.proposedStars} BETWEEN 1 AND 5`),
  ],
);

/** A return of a dossier: the commune's to the producer, or the province's to the commune, with a reason per item. */
export const dossierReturns = pgTable(
  'dossier_returns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    byLevel: text('by_level', { enum: ['commune', 'province'] }).notNull(),
    /** [{ item, reason }] */
    items: jsonb('items').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorLabel: text('actor_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** when the dossier came back (resubmitted, or sent back to the province) */
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [index('dossier_returns_dossier').on(t.dossierId, t.createdAt)],
);

/**
 * The provincial review of a dossier: the advisory group's site-visit notes, the extra
 * tests it asks for and their results (lab reports, checked by their bytes), and its
 * report to the council.
 */
export const dossierReviews = pgTable(
  'dossier_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: DOSSIER_REVIEW_KINDS }).notNull(),
    /** the day of the visit, the request, the result or the report */
    on: date('on').notNull(),
    note: text('note').notNull(),
    /** for a lab result: the test request it answers */
    answers: uuid('answers'),
    storageKey: text('storage_key'),
    fileName: text('file_name'),
    mime: text('mime'),
    bytes: integer('bytes'),
    sha256: text('sha256'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorLabel: text('actor_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dossier_reviews_dossier').on(t.dossierId, t.createdAt)],
);
