// One history of status changes for every aggregate with a workflow: written by
// applyTransition in the transaction that changes the status, never updated.
import { sql } from 'drizzle-orm';
import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity.ts';

export const statusHistory = pgTable(
  'status_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** the workflow table's aggregate name (self_assessment, import, …) */
    aggregate: text('aggregate').notNull(),
    aggregateId: uuid('aggregate_id').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    event: text('event').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    /** who it was, as written in the audit row (an email, or `system`) */
    actorLabel: text('actor_label').notNull(),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('status_history_aggregate').on(t.aggregate, t.aggregateId, t.id)],
);
