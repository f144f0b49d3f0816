// Append-only audit trail. Rows form an HMAC chain (hash = HMAC(secret,
// canonical row + prevHash)); the head row is locked to serialise appends.
// Personal fields never enter the chain in clear: the row carries a keyed digest
// of each, and the values sit in audit_personal, which can be emptied on a lawful
// redaction request without breaking verification.
import { bigint, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    ip: text('ip'),
    requestId: text('request_id'),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    summary: text('summary').notNull().default(''),
    before: jsonb('before'),
    after: jsonb('after'),
    /** field path → keyed digest of the personal value kept in audit_personal */
    personalDigests: jsonb('personal_digests'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_object').on(t.objectType, t.objectId, t.id),
    index('audit_log_actor').on(t.actorUserId, t.id),
  ],
);

export const auditPersonal = pgTable('audit_personal', {
  auditId: bigint('audit_id', { mode: 'number' })
    .primaryKey()
    .references(() => auditLog.id),
  /** { path: { v: value, s: salt } } — null once redacted */
  data: jsonb('data'),
  redactedAt: timestamp('redacted_at', { withTimezone: true }),
  redactionReason: text('redaction_reason'),
});

export const auditHead = pgTable('audit_head', {
  id: smallint('id').primaryKey(),
  lastId: bigint('last_id', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});
