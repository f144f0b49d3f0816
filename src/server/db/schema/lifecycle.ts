// Life after certification: what happened to each certificate, recorded once
// (the daily job's notices and changes of state; filings, refusals, revocations), and
// the revocation cases opened from a competent conclusion and decided by the signed
// decision uploaded. Owned by the certificates module.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CERTIFICATE_EVENTS, REVOCATION_GROUNDS, REVOCATION_STATUSES } from '../../../shared/enums.ts';
import { users } from './identity.ts';
import { certificates } from './registry.ts';

export const certificateEvents = pgTable(
  'certificate_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    kind: text('kind', { enum: CERTIFICATE_EVENTS }).notNull(),
    /** the day it happened (a milestone's own day, even when caught up later) */
    onDay: date('on_day').notNull(),
    /** whether notices went out (a milestone caught up long after its day is recorded silently) */
    announced: boolean('announced').notNull().default(true),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // once each: a second run, a retried job or a missed day caught up records nothing twice
    uniqueIndex('certificate_events_once')
      .on(t.certificateId, t.kind)
      .where(sql`${t.kind} IN ('windowOpened', 'expiryNotice', 'expired', 'lapsed', 'revoked')`),
    index('certificate_events_day').on(t.kind, t.onDay),
    index('certificate_events_certificate').on(t.certificateId),
  ],
);

export const revocations = pgTable(
  'revocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    ground: text('ground', { enum: REVOCATION_GROUNDS }).notNull(),
    /** the competent conclusion that triggers it: its reference (inspection record, sanction decision…) and day */
    conclusionRef: text('conclusion_ref').notNull(),
    conclusionDate: date('conclusion_date').notNull(),
    conclusionBy: text('conclusion_by').notNull(),
    note: text('note'),
    /** the last day to decide (conclusion + the version's revocationDecision limit) */
    dueOn: date('due_on').notNull(),
    /** province: the provincial chair (3–4★); central: the minister (5★) */
    level: text('level', { enum: ['province', 'central'] }).notNull(),
    provinceId: text('province_id'),
    status: text('status', { enum: REVOCATION_STATUSES }).notNull().default('open'),
    decisionNo: text('decision_no'),
    decisionSeq: integer('decision_seq'),
    decisionSuffix: text('decision_suffix'),
    decisionDate: date('decision_date'),
    storageKey: text('storage_key'),
    fileName: text('file_name'),
    bytes: integer('bytes'),
    sha256: text('sha256'),
    droppedReason: text('dropped_reason'),
    openedBy: uuid('opened_by').references(() => users.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    // one case at a time for a certificate; a decided one stays and refuses another
    uniqueIndex('revocations_one_live').on(t.certificateId).where(sql`${t.status} IN ('open', 'decided')`),
    index('revocations_province').on(t.provinceId, t.status, t.dueOn),
  ],
);
