// The registry's first shape: producers, products and their certificates, enough
// for unit-scoped lists and national-scale data. The registry issue widens it.
// Each place is recorded as unit + structure version; scopeProvinceId and
// scopeCommuneId hold the place resolved into the current structure (through the
// old→new map) so that unit-scoped lists are plain indexed filters.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
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

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
import { CERTIFICATE_RECORD_STATUSES, DOSSIER_KINDS, PRODUCER_STATUSES } from '../../../shared/enums.ts';
import { LEGAL_TYPES } from '../../../shared/registry.ts';
import { adminStructureVersions, adminUnits } from './admin-units.ts';
import { users } from './identity.ts';

const place = () => ({
  unitId: text('unit_id')
    .notNull()
    .references(() => adminUnits.id),
  unitVersionId: text('unit_version_id')
    .notNull()
    .references(() => adminStructureVersions.id),
  scopeProvinceId: text('scope_province_id').references(() => adminUnits.id),
  scopeCommuneId: text('scope_commune_id').references(() => adminUnits.id),
});

export const producers = pgTable(
  'producers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** a stand-in for a producer the published list did not name ("Chưa rõ chủ thể (product)"), one per row, to be completed */
    placeholder: boolean('placeholder').notNull().default(false),
    /** null when a published list named the producer without saying, or letting its name say, its legal type */
    legalType: text('legal_type', { enum: LEGAL_TYPES }),
    taxCode: text('tax_code'),
    /** business or household registration number when it differs from the tax code */
    registrationNo: text('registration_no'),
    registrationDate: date('registration_date'),
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
    website: text('website'),
    /** pending until confirmed for self-registered producers (domain/registry/producer.workflow.ts) */
    status: text('status', { enum: PRODUCER_STATUSES }).notNull().default('active'),
    nameFold: text('name_fold').generatedAlwaysAs(sql`f_unaccent(lower(name))`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('producers_tax_code').on(t.taxCode),
    index('producers_scope_province').on(t.scopeProvinceId, t.name),
    index('producers_scope_commune').on(t.scopeCommuneId, t.name),
    // the province's producers by last update, optionally by status: the page and its count read only this index
    index('producers_scope_province_status_updated').on(
      t.scopeProvinceId,
      t.status,
      t.updatedAt.desc().nullsFirst(),
      t.id,
    ),
    index('producers_owner').on(t.ownerUserId),
    // the few producers waiting for their commune: counted on officers' home pages, listed by a filter
    index('producers_pending').on(t.scopeProvinceId, t.scopeCommuneId).where(sql`status = 'pending'`),
    // search by place matches the unit a record was recorded in by id (registry-search.repository.ts)
    index('producers_unit').on(t.unitId),
    index('producers_name_trgm').using('gin', sql`${t.nameFold} gin_trgm_ops`),
    // natural key of producers without a tax code: normalised name within the commune
    index('producers_name_commune').on(t.nameFold, t.unitId),
  ],
);

/** Workers by place of residence: the local-labour share is computed per regime (district under QĐ 148, commune under QĐ 26/2026). */
export const producerWorkforce = pgTable(
  'producer_workforce',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    unitId: text('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    unitVersionId: text('unit_version_id')
      .notNull()
      .references(() => adminStructureVersions.id),
    workers: integer('workers').notNull(),
    asOf: date('as_of').notNull(),
  },
  (t) => [index('producer_workforce_producer').on(t.producerId)],
);

/** Legal papers with their expiry: business licence, food-safety certificate, quality certificates… */
export const producerDocuments = pgTable(
  'producer_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    kind: text('kind', {
      enum: ['business_registration', 'food_safety', 'quality_system', 'environment', 'trademark', 'other'],
    }).notNull(),
    number: text('number'),
    issuer: text('issuer'),
    issuedOn: date('issued_on'),
    validUntil: date('valid_until'),
    fileKey: text('file_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('producer_documents_producer').on(t.producerId),
    index('producer_documents_valid_until').on(t.validUntil),
  ],
);

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    /**
     * The permanent public address `{PUBLIC_URL}/sp/{publicId}`, printed on certificates
     * and stamps: 10 random characters of Crockford's base32 in lower case, given by the
     * column's default (`ocop_public_id()`, migration 0019) to every insert whatever its
     * path, and never changed afterwards (a trigger refuses it).
     */
    publicId: text('public_id').notNull().default(sql`ocop_public_id()`),
    name: text('name').notNull(),
    /** null when an imported list gave only the group: to be completed */
    productSet: smallint('product_set'),
    code: text('code'),
    /** the code rule it was issued under; null for codes kept as given from older lists */
    codeRuleId: text('code_rule_id'),
    description: text('description'),
    story: text('story'),
    rawMaterialOrigin: text('raw_material_origin'),
    /** VietGAP, HACCP, ISO 22000… */
    standards: jsonb('standards').$type<string[]>().notNull().default([]),
    ipStatus: text('ip_status', { enum: ['none', 'application_filed', 'application_accepted', 'registered'] })
      .notNull()
      .default('none'),
    trademarkNo: text('trademark_no'),
    qualityDeclarationNo: text('quality_declaration_no'),
    packaging: text('packaging'),
    labelInfo: text('label_info'),
    gtin: text('gtin'),
    ...place(),
    status: text('status', { enum: ['draft', 'active', 'withdrawn'] })
      .notNull()
      .default('active'),
    // The product's current certificate — the newest by decision year, then decision date
    // with unknown dates last (then created_at, id) — copied beside the row so that lists
    // show and filter by it with the scope's index; written only by the certificates
    // table's triggers (migrations 0012, 0016), null when the product holds no
    // certificate. Its state today is computed from these on reading
    // (db/certificate-state.ts, domain/certificates).
    certificateId: uuid('certificate_id'),
    certificateStars: smallint('certificate_stars'),
    certificateStatus: text('certificate_status', { enum: CERTIFICATE_RECORD_STATUSES }),
    /** the last valid day, or the earliest it can be when only the decision year is known */
    certificateValidUntil: date('certificate_valid_until'),
    /** the latest possible last valid day (the same day when the decision date is known) */
    certificateValidUntilLatest: date('certificate_valid_until_latest'),
    certificateRenewalFiledOn: date('certificate_renewal_filed_on'),
    nameFold: text('name_fold').generatedAlwaysAs(sql`f_unaccent(lower(name))`),
    /** accent-insensitive full text over name and description */
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('vn_unaccent'::regconfig, coalesce(name, '') || ' ' || coalesce(description, ''))`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('products_code').on(t.code),
    // 50 random bits: a collision is unlikely (~1 in 3.6 million over 25,000 products) but the
    // index turns it into a failed insert, never two products behind one address
    uniqueIndex('products_public_id').on(t.publicId),
    index('products_search').using('gin', t.searchVector),
    index('products_gtin').on(t.gtin),
    index('products_natural').on(t.producerId, t.nameFold, t.productSet),
    index('products_producer').on(t.producerId),
    // search by place matches the unit a record was recorded in by id (registry-search.repository.ts)
    index('products_unit').on(t.unitId),
    // the officer's default list: newest first within the scope, optionally by status
    index('products_scope_province_updated').on(t.scopeProvinceId, t.updatedAt.desc().nullsFirst(), t.id),
    index('products_scope_province_status_updated').on(
      t.scopeProvinceId,
      t.status,
      t.updatedAt.desc().nullsFirst(),
      t.id,
    ),
    index('products_scope_commune_updated').on(t.scopeCommuneId, t.updatedAt.desc().nullsFirst(), t.id),
    index('products_scope_province_set').on(t.scopeProvinceId, t.productSet),
    // the nation's expiry radar: one range of the current certificates' last days
    index('products_certificate_until').on(t.certificateStatus, t.certificateValidUntil),
    index('products_name_trgm').using('gin', sql`${t.nameFold} gin_trgm_ops`),
    // the filter by certificate state: the states asked for are one range of (status, valid_until) within
    // the province; the renewal filing, the product's status and the sort key of the default order are read
    // from the index too, so that the count and the page read no row (db/certificate-state.ts)
    index('products_scope_province_certificate').on(
      t.scopeProvinceId,
      t.certificateStatus,
      t.certificateValidUntil,
      t.certificateRenewalFiledOn,
      t.certificateValidUntilLatest,
      t.status,
      t.updatedAt,
      t.id,
    ),
  ],
);

export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    /** 3–5; null when the list it was recorded from did not say (a revocation of an unknown recognition) */
    stars: smallint('stars'),
    // every decision fact may be unknown for a certificate recorded from a published
    // list: a gap is recorded (incomplete_facts), never an invented value
    /** the certificate's own number (số giấy chứng nhận), where the province numbers them apart from the decision */
    certificateNo: text('certificate_no'),
    decisionNo: text('decision_no'),
    decisionDate: date('decision_date'),
    /** the decision's year: from its date, or given alone (a round label, a "Năm" column) */
    decisionYear: smallint('decision_year'),
    issuer: text('issuer'),
    /** procedure version the decision was made under (r1048, r148, r148_1489, r26_2026) */
    procedureVersionId: text('procedure_version_id'),
    /** the evaluation that led to it: first, upgrade, reEvaluation (DOSSIER_KINDS); null when not known */
    kind: text('kind', { enum: DOSSIER_KINDS }),
    validFrom: date('valid_from'),
    validUntil: date('valid_until'),
    /** legal status only; expiring/expired are derived from the dates */
    status: text('status', { enum: CERTIFICATE_RECORD_STATUSES }).notNull(),
    /** the day the holder filed the re-evaluation dossier of this certificate (QĐ 26/2026 Art. 12), if any */
    renewalFiledOn: date('renewal_filed_on'),
    /** the revoking decision, kept apart from the recognition it revokes */
    revocationDecisionNo: text('revocation_decision_no'),
    revocationDecisionDate: date('revocation_decision_date'),
    revocationGround: text('revocation_ground'),
    /** facts the source did not give (CERTIFICATE_FACTS), for the data-quality worklist */
    incompleteFacts: text('incomplete_facts').array().notNull().default(sql`'{}'::text[]`),
    historical: boolean('historical').notNull().default(false),
    /** the day it ended by time (expired, lapsed), as the daily job recorded it (certificate_events); null while it has not */
    endedOn: date('ended_on'),
    /** the signed decision it was issued from on the platform, and the dossier it recognises */
    decisionId: uuid('decision_id'),
    dossierId: uuid('dossier_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('certificates_product').on(t.productId),
    index('certificates_valid_until').on(t.status, t.validUntil),
    // the daily job's candidates: certificates in force that have not ended, by their last day
    index('certificates_not_ended')
      .on(t.validUntil)
      .where(sql`${t.status} = 'valid' AND ${t.endedOn} IS NULL`),
    // issued once per product and decision: a retried issue finds it and gives no second number
    uniqueIndex('certificates_decision_product')
      .on(t.decisionId, t.productId)
      .where(sql`${t.decisionId} IS NOT NULL`),
    check('certificates_stars', sql`${t.stars} IS NULL OR ${t.stars} BETWEEN 1 AND 5`),
    check(
      'certificates_decision_year',
      sql`${t.decisionDate} IS NULL OR ${t.decisionYear} = extract(year FROM ${t.decisionDate})`,
    ),
  ],
);

export const productPhotos = pgTable(
  'product_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    storageKey: text('storage_key').notNull(),
    thumbKey: text('thumb_key').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /** 64-bit perceptual hash (hex) for near-duplicate photos */
    phash: text('phash').notNull(),
    sortOrder: smallint('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('product_photos_product').on(t.productId), index('product_photos_phash').on(t.phash)],
);

export const productSequences = pgTable('product_code_sequences', {
  scope: text('scope').primaryKey(),
  lastValue: integer('last_value').notNull().default(0),
});

/** The last certificate number an issuing body gave in a year (its province, or 'central'). */
export const certificateCounters = pgTable(
  'certificate_counters',
  {
    issuerKey: text('issuer_key').notNull(),
    year: smallint('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [uniqueIndex('certificate_counters_key').on(t.issuerKey, t.year)],
);
