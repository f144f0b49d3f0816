// Notices: the in-app inbox of every actor and the deliveries of each notice by
// e-mail and text message. A notice is written in the transaction of what causes it,
// once (its dedupe key); its deliveries are sent by the jobs from the outbox, retried
// with backoff while a mail server or gateway is down, each sent once (claimed before
// sending; a claim left by a crash is taken again only after it times out).
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { DELIVERY_STATUSES, NOTICE_AUDIENCES, NOTICE_CHANNELS, NOTICE_KINDS } from '../../../shared/enums.ts';
import { ROLES } from '../../../shared/roles.ts';
import { users } from './identity.ts';

export const notices = pgTable(
  'notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: NOTICE_KINDS }).notNull(),
    audience: text('audience', { enum: NOTICE_AUDIENCES }).notNull(),
    /** audience user */
    userId: uuid('user_id').references(() => users.id),
    /** audience producer: everyone who acts for it, and its contacts */
    producerId: uuid('producer_id'),
    /** audience unit: the officers of `role` in this unit (a province, a commune, or 'VN') */
    unitId: text('unit_id'),
    role: text('role', { enum: ROLES }),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** the short text message */
    text: text('text').notNull(),
    /** where the notice leads (a page of the platform or the product's public address) */
    link: text('link'),
    objectType: text('object_type'),
    objectId: text('object_id'),
    /** one notice per cause and recipient, whatever retries */
    dedupeKey: text('dedupe_key').notNull(),
    /** a producer with neither phone nor e-mail: the notice stays in the inbox only */
    unreachable: boolean('unreachable').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notices_dedupe').on(t.dedupeKey),
    index('notices_user').on(t.userId, t.createdAt).where(sql`${t.userId} IS NOT NULL`),
    index('notices_producer').on(t.producerId, t.createdAt).where(sql`${t.producerId} IS NOT NULL`),
    index('notices_unit').on(t.unitId, t.role, t.createdAt).where(sql`${t.unitId} IS NOT NULL`),
    index('notices_unreachable').on(t.producerId).where(sql`${t.unreachable}`),
  ],
);

/** who has read which notice (a notice to a producer or a unit is read by each person apart) */
export const noticeReads = pgTable(
  'notice_reads',
  {
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    readAt: timestamp('read_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.noticeId, t.userId] })],
);

export const noticeDeliveries = pgTable(
  'notice_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: NOTICE_CHANNELS }).notNull(),
    address: text('address').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** the mail server's or gateway's id of the message */
    providerId: text('provider_id'),
    lastError: text('last_error'),
  },
  (t) => [
    uniqueIndex('notice_deliveries_once').on(t.noticeId, t.channel, t.address),
    index('notice_deliveries_due').on(t.status, t.nextAttemptAt),
  ],
);
