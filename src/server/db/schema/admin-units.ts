// Administrative structures are versioned: the three-tier structure before
// 1 July 2025 and the two-tier one after it (NQ 202/2025/QH15). A unit keeps its
// official GSO code; its id is "<structure version>/<code>" so ids stay stable
// when the reference data is reloaded. Every record that names a place stores the
// unit id (which carries its version) and the version id beside it.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
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
import type { MappingNote } from '../../../shared/mapping-notes.ts';
import { users } from './identity.ts';

export const adminStructureVersions = pgTable('admin_structure_versions', {
  id: text('id').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  tiers: integer('tiers').notNull(),
  effectiveFrom: date('effective_from'),
  effectiveTo: date('effective_to'),
  source: jsonb('source').notNull(),
  counts: jsonb('counts').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const adminUnits = pgTable(
  'admin_units',
  {
    id: text('id').primaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => adminStructureVersions.id),
    code: text('code').notNull(),
    level: text('level', { enum: ['province', 'district', 'commune'] }).notNull(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    parentId: text('parent_id'),
    provinceId: text('province_id').notNull(),
    nameFold: text('name_fold').generatedAlwaysAs(sql`f_unaccent(lower(name))`),
    /**
     * A unit that had left its structure before the structure's source was taken (merged into
     * another unit of the same structure): the day it ended where known, the instrument, and the
     * unit of the same structure that took it in. Old lists still name it; it places records
     * through its successor, and is never offered for new ones.
     */
    retiredOn: date('retired_on'),
    retiredBy: text('retired_by'),
    successorId: text('successor_id'),
  },
  (t) => [
    uniqueIndex('admin_units_version_code').on(t.versionId, t.code),
    index('admin_units_parent').on(t.parentId),
    index('admin_units_province_level').on(t.provinceId, t.level),
    index('admin_units_name_trgm').using('gin', sql`${t.nameFold} gin_trgm_ops`),
  ],
);

/** Old unit → its successor(s) in the next structure, with how sure we are. */
export const adminUnitMappings = pgTable(
  'admin_unit_mappings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    fromVersionId: text('from_version_id')
      .notNull()
      .references(() => adminStructureVersions.id),
    toVersionId: text('to_version_id')
      .notNull()
      .references(() => adminStructureVersions.id),
    oldUnitId: text('old_unit_id').references(() => adminUnits.id),
    newUnitId: text('new_unit_id').references(() => adminUnits.id),
    level: text('level', { enum: ['province', 'commune'] }).notNull(),
    confidence: text('confidence', {
      enum: ['exact_code', 'padded_code', 'by_name', 'manual', 'unresolved'],
    }).notNull(),
    partial: boolean('partial').notNull().default(false),
    /**
     * The reconciler's note as phrases (src/shared/mapping-notes.ts), shown in the
     * reader's language; null once an officer has settled the row with a typed note.
     */
    notePhrases: jsonb('note_phrases').$type<MappingNote>(),
    /** The words a note is searched by: the typed note, or the phrases in Vietnamese and English. */
    note: text('note').notNull().default(''),
    settledBy: uuid('settled_by').references(() => users.id),
    settledAt: timestamp('settled_at', { withTimezone: true }),
  },
  (t) => [
    index('admin_unit_mappings_old').on(t.oldUnitId),
    index('admin_unit_mappings_new').on(t.newUnitId),
    index('admin_unit_mappings_confidence').on(t.confidence),
  ],
);

/**
 * Resolved current scope of any unit of any version: the current commune when the
 * mapping is unambiguous, else null (then only the province level sees it).
 * Maintained by the loader and whenever a mapping is settled.
 */
export const adminUnitScopes = pgTable(
  'admin_unit_scopes',
  {
    unitId: text('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    currentProvinceId: text('current_province_id').references(() => adminUnits.id),
    currentCommuneId: text('current_commune_id').references(() => adminUnits.id),
  },
  (t) => [primaryKey({ columns: [t.unitId] })],
);
