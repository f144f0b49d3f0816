// The registry's first shape: producers, products and their certificates, enough
// for unit-scoped lists and national-scale data. The registry issue widens it.
// Each place is recorded as unit + structure version; scopeProvinceId and
// scopeCommuneId hold the place resolved into the current structure (through the
// old→new map) so that unit-scoped lists are plain indexed filters.
import { sql } from 'drizzle-orm';
import {
  boolean, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';
import { LEGAL_TYPES } from '../../../shared/registry.ts';
import { adminStructureVersions, adminUnits } from './admin-units.ts';
import { users } from './identity.ts';

const place = () => ({
  unitId: text('unit_id').notNull().references(() => adminUnits.id),
  unitVersionId: text('unit_version_id').notNull().references(() => adminStructureVersions.id),
  scopeProvinceId: text('scope_province_id').references(() => adminUnits.id),
  scopeCommuneId: text('scope_commune_id').references(() => adminUnits.id),
});

export const producers = pgTable(
  'producers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    legalType: text('legal_type', { enum: LEGAL_TYPES }).notNull(),
    taxCode: text('tax_code'),
    addressLine: text('address_line'),
    ...place(),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    representativeName: text('representative_name'),
    /** personal fields: redactable in the audit trail */
    representativeSex: text('representative_sex', { enum: ['male', 'female'] }),
    representativeEthnicity: text('representative_ethnicity'),
    representativeDisability: boolean('representative_disability'),
    phone: text('phone'),
    email: text('email'),
    status: text('status', { enum: ['active', 'inactive'] }).notNull().default('active'),
    nameFold: text('name_fold').generatedAlwaysAs(sql`f_unaccent(lower(name))`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('producers_tax_code').on(t.taxCode),
    index('producers_scope_province').on(t.scopeProvinceId, t.name),
    index('producers_scope_commune').on(t.scopeCommuneId, t.name),
    index('producers_owner').on(t.ownerUserId),
    index('producers_name_trgm').using('gin', sql`${t.nameFold} gin_trgm_ops`),
  ],
);

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    producerId: uuid('producer_id').notNull().references(() => producers.id),
    name: text('name').notNull(),
    productSet: smallint('product_set').notNull(),
    code: text('code'),
    ...place(),
    status: text('status', { enum: ['draft', 'active', 'withdrawn'] }).notNull().default('active'),
    /** stars of the certificate currently valid, kept beside the certificate rows for lists */
    currentStars: smallint('current_stars'),
    nameFold: text('name_fold').generatedAlwaysAs(sql`f_unaccent(lower(name))`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('products_code').on(t.code),
    index('products_producer').on(t.producerId),
    // the officer's default list: newest first within the scope, optionally by status
    index('products_scope_province_updated').on(t.scopeProvinceId, t.updatedAt.desc().nullsFirst(), t.id),
    index('products_scope_province_status_updated').on(t.scopeProvinceId, t.status, t.updatedAt.desc().nullsFirst(), t.id),
    index('products_scope_commune_updated').on(t.scopeCommuneId, t.updatedAt.desc().nullsFirst(), t.id),
    index('products_scope_province_set').on(t.scopeProvinceId, t.productSet),
    index('products_name_trgm').using('gin', sql`${t.nameFold} gin_trgm_ops`),
  ],
);

export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id').notNull().references(() => products.id),
    stars: smallint('stars').notNull(),
    decisionNo: text('decision_no').notNull(),
    decisionDate: date('decision_date').notNull(),
    issuer: text('issuer').notNull(),
    /** procedure version the decision was made under (r1048, r148, r148_1489, r26_2026) */
    procedureVersionId: text('procedure_version_id').notNull(),
    validFrom: date('valid_from').notNull(),
    validUntil: date('valid_until').notNull(),
    /** legal status only; expiring/expired are derived from the dates */
    status: text('status', { enum: ['valid', 'revoked', 'superseded', 'lapsed'] }).notNull(),
    historical: boolean('historical').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('certificates_product').on(t.productId),
    index('certificates_valid_until').on(t.status, t.validUntil),
  ],
);

export const productSequences = pgTable('product_code_sequences', {
  scope: text('scope').primaryKey(),
  lastValue: integer('last_value').notNull().default(0),
});
