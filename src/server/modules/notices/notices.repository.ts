// SQL of the notices module: notices written once by their dedupe key, their
// deliveries, the claim of due deliveries (skipping rows another worker holds), and
// the inbox of a person by the audiences their grants make them part of.
import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { noticeDeliveries, noticeReads, notices, producers } from '../../db/schema/index.ts';
import type { NOTICE_CHANNELS } from '../../../shared/enums.ts';

export type NoticeRow = typeof notices.$inferInsert;

/** rows per INSERT: well under PostgreSQL's 65,535 parameters (notices have 16 columns) */
const CHUNK = 500;

/** Inserts the notices not written before (by dedupe key); the ids and keys of the new ones. */
export async function insertNotices(tx: Tx, rows: NoticeRow[]) {
  const out: { id: string; dedupeKey: string; producerId: string | null }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK)
    out.push(
      ...(await tx
        .insert(notices)
        .values(rows.slice(i, i + CHUNK))
        .onConflictDoNothing({ target: notices.dedupeKey })
        .returning({ id: notices.id, dedupeKey: notices.dedupeKey, producerId: notices.producerId })),
    );
  return out;
}

export async function insertDeliveries(
  tx: Tx,
  rows: { noticeId: string; channel: (typeof NOTICE_CHANNELS)[number]; address: string }[],
) {
  for (let i = 0; i < rows.length; i += CHUNK)
    await tx
      .insert(noticeDeliveries)
      .values(rows.slice(i, i + CHUNK))
      .onConflictDoNothing();
}

/** The phone and e-mail of producers, by id (read-model: producers). */
export function producerContacts(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: producers.id, phone: producers.phone, email: producers.email })
    .from(producers)
    .where(inArray(producers.id, ids));
}

export interface ClaimedDelivery {
  id: string;
  channel: (typeof NOTICE_CHANNELS)[number];
  address: string;
  attempts: number;
  subject: string;
  body: string;
  text: string;
}

/**
 * Claims up to `limit` due deliveries: pending ones whose time came, and claims left
 * by a worker that stopped mid-send (older than `staleMinutes`). Claimed rows are
 * 'sending' with one attempt more; the notice's words come with them.
 */
export function claimDue(db: Executor, limit: number, staleMinutes: number) {
  return queryRows<ClaimedDelivery>(
    db,
    sql`WITH due AS (
          SELECT id FROM notice_deliveries
           WHERE (status = 'pending' AND next_attempt_at <= now())
              OR (status = 'sending' AND claimed_at < now() - make_interval(mins => ${staleMinutes}))
           ORDER BY next_attempt_at
           LIMIT ${limit}
           FOR UPDATE SKIP LOCKED)
        UPDATE notice_deliveries d
           SET status = 'sending', claimed_at = now(), attempts = d.attempts + 1
          FROM due, notices n
         WHERE d.id = due.id AND n.id = d.notice_id
     RETURNING d.id, d.channel, d.address, d.attempts, n.subject, n.body, n.text`,
  );
}

/** Marks deliveries sent with the provider's id of each, a statement per thousand. */
export async function markSent(db: Executor, sent: { id: string; providerId: string | null }[]) {
  for (let i = 0; i < sent.length; i += 1000) {
    const part = sent.slice(i, i + 1000);
    await db.execute(
      sql`UPDATE notice_deliveries d
             SET status = 'sent', sent_at = now(), provider_id = v.provider, last_error = NULL
            FROM (VALUES ${sql.join(
              part.map((s) => sql`(${s.id}::uuid, ${s.providerId}::text)`),
              sql`, `,
            )}) AS v(id, provider)
           WHERE d.id = v.id`,
    );
  }
}

export async function markFailed(
  db: Executor,
  id: string,
  error: string,
  next: { retryInMinutes: number } | 'giveUp',
) {
  await db
    .update(noticeDeliveries)
    .set(
      next === 'giveUp'
        ? { status: 'failed', lastError: error.slice(0, 500) }
        : {
            status: 'pending',
            lastError: error.slice(0, 500),
            nextAttemptAt: sql`now() + make_interval(mins => ${next.retryInMinutes})`,
          },
    )
    .where(eq(noticeDeliveries.id, id));
}

/** When the next pending delivery falls due, if any (the next job is queued for then). */
export async function nextDueAt(db: Executor): Promise<Date | null> {
  const [row] = await queryRows<{ at: string | Date | null }>(
    db,
    sql`SELECT min(next_attempt_at) AS at FROM notice_deliveries WHERE status = 'pending'`,
  );
  return row?.at ? new Date(row.at) : null;
}

/** Who a person is, for the inbox: their account and the audiences their grants make them part of. */
export interface Audience {
  userId: string;
  producerIds: string[];
  units: { unitId: string; role: string }[];
}

function audienceWhere(a: Audience): SQL {
  const parts: SQL[] = [eq(notices.userId, a.userId)];
  if (a.producerIds.length) parts.push(inArray(notices.producerId, a.producerIds));
  for (const u of a.units) parts.push(sql`(${notices.unitId} = ${u.unitId} AND ${notices.role} = ${u.role})`);
  return or(...parts) as SQL;
}

export async function inboxPage(
  db: Executor,
  a: Audience,
  opts: { unreadOnly: boolean; before: { at: string; id: string } | null; limit: number },
) {
  const read = sql<boolean>`EXISTS (SELECT 1 FROM ${noticeReads} r WHERE r.notice_id = ${notices.id} AND r.user_id = ${a.userId})`;
  const where = and(
    audienceWhere(a),
    opts.unreadOnly ? sql`NOT ${read}` : undefined,
    opts.before
      ? or(
          lt(notices.createdAt, new Date(opts.before.at)),
          and(eq(notices.createdAt, new Date(opts.before.at)), lt(notices.id, opts.before.id)),
        )
      : undefined,
  );
  return db
    .select({
      id: notices.id,
      kind: notices.kind,
      subject: notices.subject,
      body: notices.body,
      link: notices.link,
      objectType: notices.objectType,
      objectId: notices.objectId,
      createdAt: notices.createdAt,
      read,
    })
    .from(notices)
    .where(where)
    .orderBy(desc(notices.createdAt), desc(notices.id))
    .limit(opts.limit + 1);
}

export async function unreadCount(db: Executor, a: Audience): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notices)
    .where(
      and(
        audienceWhere(a),
        sql`NOT EXISTS (SELECT 1 FROM ${noticeReads} r WHERE r.notice_id = ${notices.id} AND r.user_id = ${a.userId})`,
      ),
    );
  return row?.n ?? 0;
}

/** Marks notices read for a person: the ids given that are theirs, or all of theirs; how many were new. */
export async function markRead(tx: Tx, a: Audience, ids: string[] | 'all'): Promise<number> {
  const mine = await tx
    .select({ id: notices.id })
    .from(notices)
    .where(and(audienceWhere(a), ids === 'all' ? undefined : inArray(notices.id, ids)));
  if (mine.length === 0) return 0;
  const rows = await tx
    .insert(noticeReads)
    .values(mine.map((m) => ({ noticeId: m.id, userId: a.userId })))
    .onConflictDoNothing()
    .returning({ id: noticeReads.noticeId });
  return rows.length;
}

/** The deliveries of some notices (the sender's view of what went out). */
export function deliveriesOf(db: Executor, noticeIds: string[]) {
  if (noticeIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      noticeId: noticeDeliveries.noticeId,
      channel: noticeDeliveries.channel,
      address: noticeDeliveries.address,
      status: noticeDeliveries.status,
      attempts: noticeDeliveries.attempts,
      sentAt: noticeDeliveries.sentAt,
      lastError: noticeDeliveries.lastError,
    })
    .from(noticeDeliveries)
    .where(inArray(noticeDeliveries.noticeId, noticeIds));
}

/** Producers whose notices reach nobody outside the platform (no phone, no e-mail), with how many. */
export function unreachableProducers(db: Executor, producerIds: string[] | null) {
  return db
    .select({
      producerId: notices.producerId,
      notices: sql<number>`count(*)::int`,
      last: sql<string>`max(${notices.createdAt})`,
    })
    .from(notices)
    .where(
      and(eq(notices.unreachable, true), producerIds ? inArray(notices.producerId, producerIds) : undefined),
    )
    .groupBy(notices.producerId);
}
