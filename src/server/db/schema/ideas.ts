// The first steps of the annual OCOP cycle (DOMAIN.md §1): a province's yearly call
// for product ideas with its deadlines (ideas, then business plans), and the ideas
// producers file under it, moving through src/domain/ideas/idea.workflow.ts. An idea
// keeps its business plan (jsonb, shaped by src/domain/ideas/idea-content.ts) and,
// once registered, the product it became; the first dossier starts from both.
import { sql } from 'drizzle-orm';
import {
  check,
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
import { IDEA_KINDS, IDEA_STAGES } from '../../../shared/enums.ts';
import { adminUnits } from './admin-units.ts';
import { users } from './identity.ts';
import { producers, products } from './registry.ts';

/** đợt đăng ký ý tưởng sản phẩm: one per province and year, its deadlines changed (audited) when extended */
export const registrationCalls = pgTable(
  'registration_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceId: text('province_id')
      .notNull()
      .references(() => adminUnits.id),
    year: smallint('year').notNull(),
    /** the last day producers send ideas and communes send their lists */
    ideasDueOn: date('ideas_due_on').notNull(),
    /** the last day business plans are sent */
    plansDueOn: date('plans_due_on').notNull(),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('registration_calls_year').on(t.provinceId, t.year),
    check('registration_calls_dates', sql`${t.ideasDueOn} <= ${t.plansDueOn}`),
  ],
);

export const productIdeas = pgTable(
  'product_ideas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    callId: uuid('call_id')
      .notNull()
      .references(() => registrationCalls.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    /** the product it became (registerProduct), or the product already made it brings in */
    productId: uuid('product_id').references(() => products.id),
    status: text('status', { enum: IDEA_STAGES }).notNull().default('draft'),
    kind: text('kind', { enum: IDEA_KINDS }).notNull(),
    name: text('name').notNull(),
    productSetNo: smallint('product_set_no'),
    description: text('description').notNull().default(''),
    rawMaterials: text('raw_materials').notNull().default(''),
    localIdentity: text('local_identity').notNull().default(''),
    plan: jsonb('plan'),
    submittedOn: date('submitted_on'),
    selectedOn: date('selected_on'),
    planSubmittedOn: date('plan_submitted_on'),
    planApprovedOn: date('plan_approved_on'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('product_ideas_call').on(t.callId, t.status),
    index('product_ideas_producer').on(t.producerId),
    uniqueIndex('product_ideas_product').on(t.productId).where(sql`${t.productId} IS NOT NULL`),
    check('product_ideas_set', sql`${t.productSetNo} IS NULL OR ${t.productSetNo} BETWEEN 1 AND 26`),
  ],
);
