// Evaluation dossiers (hồ sơ đánh giá, phân hạng): one per product and evaluation,
// moving through the stages of src/domain/dossiers/dossier.workflow.ts. A product has
// at most one open dossier. Dossiers recorded from a province's published lists (a
// council result, a proposal to the centre) start at a later stage through the
// workflow's `imported` event and keep the import and row they came from.
import { sql } from 'drizzle-orm';
import {
  check,
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
import { DOSSIER_KINDS, DOSSIER_STAGES } from '../../../shared/enums.ts';
import { imports } from './imports.ts';
import { producers, products } from './registry.ts';

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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('dossiers_product').on(t.productId),
    // one open dossier per product
    uniqueIndex('dossiers_open_per_product')
      .on(t.productId)
      .where(sql`${t.status} NOT IN ('recognised', 'notRecognised', 'withdrawn')`),
    check('dossiers_proposed_stars', sql`${t.proposedStars} IS NULL OR ${t.proposedStars} BETWEEN 1 AND 5`),
  ],
);
