// Councils (hội đồng đánh giá, phân hạng sản phẩm OCOP) of a province or of the centre,
// their members and rules, their sessions, the dossiers put to each session and the
// members' sheets. A member scores blind: a sheet is read by its member only until
// the chair closes the dossier, then it is locked (trigger in migration 0027) and a
// correction is a new version with its reason. The result of a dossier is the domain's
// aggregateCouncil on the latest sheets, stored with the rules it used.
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
  COUNCIL_SHEET_STATUSES,
  ROUND_LEVELS,
  SESSION_ITEM_STATES,
  SESSION_MODES,
  SESSION_STATES,
} from '../../../shared/enums.ts';
import { adminUnits } from './admin-units.ts';
import { evaluationRounds, dossiers } from './dossiers.ts';
import { users } from './identity.ts';
import { rubricVersions } from './rubrics.ts';

export const councils = pgTable(
  'councils',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    level: text('level', { enum: ROUND_LEVELS }).notNull(),
    /** the province whose council it is; null for the central council */
    provinceId: text('province_id').references(() => adminUnits.id),
    name: text('name').notNull(),
    /** the decision that established it (số quyết định thành lập) and its date */
    establishedBy: text('established_by').notNull().default(''),
    establishedOn: date('established_on'),
    /** quorum, mean or median, divergence, level gap, markers, extra rounds (FullCouncilRules) */
    rules: jsonb('rules').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('councils_province').on(t.provinceId),
    check('councils_place', sql`(${t.level} = 'central') = (${t.provinceId} IS NULL)`),
  ],
);

export const councilMembers = pgTable(
  'council_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** chair, viceChair, member, secretary */
    position: text('position', { enum: ['chair', 'viceChair', 'member', 'secretary'] }).notNull(),
    /** the agency the member represents (Sở Nông nghiệp và Môi trường, Sở Y tế…) */
    agency: text('agency').notNull(),
    /** the council grant made for the member's account */
    grantId: uuid('grant_id'),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('council_members_user').on(t.councilId, t.userId).where(sql`${t.removedAt} IS NULL`),
    uniqueIndex('council_members_chair')
      .on(t.councilId)
      .where(sql`${t.removedAt} IS NULL AND ${t.position} = 'chair'`),
  ],
);

export const councilSessions = pgTable(
  'council_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    roundId: uuid('round_id').references(() => evaluationRounds.id),
    title: text('title').notNull(),
    meetingOn: date('meeting_on').notNull(),
    place: text('place').notNull().default(''),
    mode: text('mode', { enum: SESSION_MODES }).notNull().default('meeting'),
    status: text('status', { enum: SESSION_STATES }).notNull().default('planned'),
    /** the members present (council_members ids), recorded before scoring opens */
    present: uuid('present').array().notNull().default(sql`'{}'::uuid[]`),
    /** a session by written opinion that had to meet (diverging opinions) */
    metOn: date('met_on'),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('council_sessions_council').on(t.councilId, t.meetingOn)],
);

/** A dossier put to a session, with its result once the chair closes it. */
export const sessionItems = pgTable(
  'session_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSessions.id),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    /** the sheet it is scored on: the dossier's rubric version and the product's set */
    rubricVersionId: text('rubric_version_id')
      .notNull()
      .references(() => rubricVersions.id, { onDelete: 'restrict' }),
    setNo: smallint('set_no').notNull(),
    position: smallint('position').notNull(),
    status: text('status', { enum: SESSION_ITEM_STATES }).notNull().default('scoring'),
    /** knock-out grounds the council found ({ knockOuts, hasStory }), the same for every sheet */
    facts: jsonb('facts').notNull().default(sql`'{}'::jsonb`),
    /** the re-scoring asked for: { members: { memberId: [criterion…] } } */
    rescoring: jsonb('rescoring'),
    /** aggregateCouncil's result and the rules it used; recomputed by a correction (result_version) */
    result: jsonb('result'),
    score: numeric('score', { precision: 5, scale: 2 }),
    stars: smallint('stars'),
    resultVersion: integer('result_version').notNull().default(0),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('session_items_dossier').on(t.sessionId, t.dossierId),
    // a dossier is scored at one session at a time
    uniqueIndex('session_items_open_dossier').on(t.dossierId).where(sql`${t.status} <> 'closed'`),
  ],
);

/** A member's declared conflict of interest with a dossier's producer: the member does not score it. */
export const memberConflicts = pgTable(
  'member_conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => sessionItems.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    reason: text('reason').notNull(),
    declaredBy: uuid('declared_by').references(() => users.id),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('member_conflicts_item').on(t.itemId, t.memberId)],
);

/**
 * A member's sheet for a dossier: pass 1 is the first scoring, pass 2 a re-scoring.
 * `revision` and `last_change_id` let the member's devices send changes safely;
 * `version` > 1 is a correction after closing, with its reason, beside the locked original.
 */
export const councilSheets = pgTable(
  'council_sheets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => sessionItems.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    pass: smallint('pass').notNull().default(1),
    version: smallint('version').notNull().default(1),
    answers: jsonb('answers').notNull().default(sql`'{}'::jsonb`),
    comments: jsonb('comments').notNull().default(sql`'{}'::jsonb`),
    total: integer('total').notNull().default(0),
    stars: smallint('stars').notNull().default(1),
    status: text('status', { enum: COUNCIL_SHEET_STATUSES }).notNull().default('draft'),
    revision: integer('revision').notNull().default(0),
    lastChangeId: text('last_change_id'),
    /** the device that wrote last, as the browser names itself */
    device: text('device'),
    correctionReason: text('correction_reason'),
    supersedes: uuid('supersedes'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('council_sheets_member_pass').on(t.itemId, t.memberId, t.pass, t.version),
    check('council_sheets_pass', sql`${t.pass} BETWEEN 1 AND 2`),
    check('council_sheets_correction', sql`(${t.version} = 1) = (${t.correctionReason} IS NULL)`),
  ],
);
