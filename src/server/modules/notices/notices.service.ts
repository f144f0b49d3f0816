// Notices that reach people. sendNotices writes each notice once (its dedupe key), in
// the transaction of what causes it, with a delivery per configured channel and
// address of a producer (e-mail over SMTP, a text message through the HTTP gateway),
// and queues the sending job through the outbox: nothing is lost if the server stops
// before sending, and a notice written twice is written once. deliverDue claims the
// due deliveries, sends them and records the outcome: sent once, or retried with
// backoff while a mail server or a gateway is down (up to about five days), then
// failed. The inbox shows a person the notices addressed to them, to a producer they
// act for, and to the officers of their role in their unit.
import type { NOTICE_KINDS } from '../../../shared/enums.ts';
import type { Role } from '../../../shared/roles.ts';
import type { AuthState } from '../../core/deps.ts';
import type { AppDeps } from '../../core/deps.ts';
import { AppError } from '../../core/app-error.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { enqueueJob } from '../../jobs/outbox.ts';
import { channelsOf, type Channels } from './channels.ts';
import * as repo from './notices.repository.ts';

export const DELIVER_NOTICES_JOB = 'notices.deliver';
/** the audience unit of the central officers */
export const NATION_UNIT = 'VN';

export type NoticeAudience =
  | { kind: 'user'; userId: string }
  | { kind: 'producer'; producerId: string }
  | { kind: 'unit'; unitId: string; role: Role };

export interface NoticeDraft {
  kind: (typeof NOTICE_KINDS)[number];
  audience: NoticeAudience;
  subject: string;
  body: string;
  text: string;
  link: string | null;
  object: { type: string; id: string } | null;
  /** what makes it once: the cause (e.g. "certificate:<id>:expired"); the audience is added */
  cause: string;
}

/** A workflow move whose transition names roles to notify (the `notices.workflow` job's payload). */
export interface MoveNotice {
  id: string;
  event: string;
  to: string;
  roles: Role[];
  /** the outbox row that queued it: the same move told twice is told once */
  outboxId?: string;
}

const audienceKey = (a: NoticeAudience) =>
  a.kind === 'user'
    ? `u:${a.userId}`
    : a.kind === 'producer'
      ? `p:${a.producerId}`
      : `g:${a.unitId}:${a.role}`;

/** minutes to wait after each failed attempt; the last is repeated up to MAX_ATTEMPTS */
const BACKOFF_MINUTES = [1, 5, 15, 60, 180, 360, 720];
export const MAX_ATTEMPTS = 16;

export function retryAfterMinutes(attempts: number): number {
  return BACKOFF_MINUTES[Math.min(attempts, BACKOFF_MINUTES.length) - 1] ?? 1;
}

/**
 * Writes notices in the caller's transaction (each once) with their deliveries, and
 * queues their sending. Returns how many were new.
 */
export async function sendNotices(
  tx: Tx,
  deps: Pick<AppDeps, 'env'>,
  drafts: NoticeDraft[],
): Promise<number> {
  if (drafts.length === 0) return 0;
  const producerIds = [
    ...new Set(drafts.flatMap((d) => (d.audience.kind === 'producer' ? [d.audience.producerId] : []))),
  ];
  const contacts = new Map((await repo.producerContacts(tx, producerIds)).map((c) => [c.id, c]));
  const channels = channelsOf(deps.env as AppDeps['env']);
  const inserted = await repo.insertNotices(
    tx,
    drafts.map((d) => {
      const c = d.audience.kind === 'producer' ? contacts.get(d.audience.producerId) : null;
      return {
        kind: d.kind,
        audience: d.audience.kind,
        userId: d.audience.kind === 'user' ? d.audience.userId : null,
        producerId: d.audience.kind === 'producer' ? d.audience.producerId : null,
        unitId: d.audience.kind === 'unit' ? d.audience.unitId : null,
        role: d.audience.kind === 'unit' ? d.audience.role : null,
        subject: d.subject,
        body: d.body,
        text: d.text,
        link: d.link,
        objectType: d.object?.type ?? null,
        objectId: d.object?.id ?? null,
        dedupeKey: `${d.cause}|${audienceKey(d.audience)}`,
        unreachable: d.audience.kind === 'producer' && !c?.phone?.trim() && !c?.email?.trim(),
      };
    }),
  );
  const deliveries = inserted.flatMap((n) => {
    const c = n.producerId ? contacts.get(n.producerId) : null;
    if (!c) return [];
    const out: Parameters<typeof repo.insertDeliveries>[1] = [];
    if (channels.mail && c.email?.trim())
      out.push({ noticeId: n.id, channel: 'email', address: c.email.trim() });
    const phone = phoneOf(c.phone);
    if (channels.text && phone) out.push({ noticeId: n.id, channel: 'text', address: phone });
    return out;
  });
  await repo.insertDeliveries(tx, deliveries);
  if (deliveries.length) await enqueueJob(tx, DELIVER_NOTICES_JOB, {});
  return inserted.length;
}

/** A Vietnamese phone number as the gateways take it (84…), or null when there is none to text. */
export function phoneOf(raw: string | null | undefined): string | null {
  const digits = (raw ?? '').split(/[,;/]/)[0].replace(/[\s.()-]/g, '');
  if (/^\+?84\d{9,10}$/.test(digits)) return digits.replace(/^\+/, '');
  if (/^0\d{9,10}$/.test(digits)) return `84${digits.slice(1)}`;
  return null;
}

export interface DeliveryRun {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends every delivery due now, in batches, through the open channels; records each
 * outcome. A channel no longer configured leaves its deliveries pending (retried later).
 * Queues the next run for the earliest retry.
 */
export async function deliverDue(
  deps: AppDeps,
  opts: { batch?: number; channels?: Channels; staleMinutes?: number } = {},
): Promise<DeliveryRun> {
  const { db } = deps.database;
  const channels = opts.channels ?? channelsOf(deps.env);
  const batch = opts.batch ?? 500;
  const run: DeliveryRun = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const claimed = await repo.claimDue(db, batch, opts.staleMinutes ?? 10);
    if (claimed.length === 0) break;
    const sent: { id: string; providerId: string | null }[] = [];
    const outcomes = await Promise.allSettled(
      claimed.map(async (d) => {
        if (d.channel === 'email') {
          if (!channels.mail) throw new Error('SMTP is not configured (SMTP_URL)');
          return channels.mail.send({ id: d.id, to: d.address, subject: d.subject, text: d.body });
        }
        if (!channels.text) throw new Error('the text gateway is not configured (SMS_GATEWAY_URL)');
        return channels.text.send({ id: d.id, to: d.address, text: d.text });
      }),
    );
    for (const [i, o] of outcomes.entries()) {
      const d = claimed[i];
      if (o.status === 'fulfilled') {
        sent.push({ id: d.id, providerId: o.value.providerId });
        continue;
      }
      const error = o.reason instanceof Error ? o.reason.message : String(o.reason);
      if (d.attempts >= MAX_ATTEMPTS) {
        await repo.markFailed(db, d.id, error, 'giveUp');
        run.failed++;
        deps.log.warn('notice delivery given up', { delivery: d.id, channel: d.channel, error });
      } else {
        await repo.markFailed(db, d.id, error, { retryInMinutes: retryAfterMinutes(d.attempts) });
        run.retried++;
      }
    }
    await repo.markSent(db, sent);
    run.sent += sent.length;
    // what failed now waits for its retry; stop rather than spin on it
    if (sent.length === 0) break;
  }
  const next = await repo.nextDueAt(db);
  if (next && (run.retried || run.failed))
    await db.transaction((tx) => enqueueJob(tx, DELIVER_NOTICES_JOB, {}, next));
  return run;
}

/** The audiences a signed-in person is part of, from all their grants. */
export function audienceOf(auth: Pick<AuthState, 'user' | 'grants'>): repo.Audience {
  const producerIds = new Set<string>();
  const units = new Map<string, { unitId: string; role: string }>();
  for (const g of auth.grants) {
    if (g.scopeKind === 'producer' && g.producerId) producerIds.add(g.producerId);
    if (g.scopeKind === 'unit' && g.unitId)
      units.set(`${g.unitId}:${g.role}`, { unitId: g.unitId, role: g.role });
    if (g.scopeKind === 'nation')
      units.set(`${NATION_UNIT}:${g.role}`, { unitId: NATION_UNIT, role: g.role });
  }
  return { userId: auth.user.id, producerIds: [...producerIds], units: [...units.values()] };
}

function cursorOf(row: { createdAt: Date; id: string }) {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

function parseCursor(cursor: string | undefined) {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id))
    throw new AppError('VALIDATION_FAILED', { detail: 'cursor' });
  return { at, id };
}

/** A page of a person's inbox, newest first, with how many are unread in all. */
export async function inbox(
  deps: AppDeps,
  auth: Pick<AuthState, 'user' | 'grants'>,
  opts: { unreadOnly?: boolean; cursor?: string; limit?: number } = {},
) {
  const { db } = deps.database;
  const a = audienceOf(auth);
  const limit = Math.min(Math.max(opts.limit ?? 20, 1), 100);
  const rows = await repo.inboxPage(db, a, {
    unreadOnly: !!opts.unreadOnly,
    before: parseCursor(opts.cursor),
    limit,
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    unread: await repo.unreadCount(db, a),
    nextCursor: rows.length > limit ? cursorOf(page[page.length - 1]) : null,
  };
}

export function unreadOf(deps: AppDeps, auth: Pick<AuthState, 'user' | 'grants'>) {
  return repo.unreadCount(deps.database.db, audienceOf(auth));
}

/** Marks a person's notices read (some, or all); how many were unread. */
export function markRead(deps: AppDeps, auth: Pick<AuthState, 'user' | 'grants'>, ids: string[] | 'all') {
  return deps.database.db.transaction((tx) => repo.markRead(tx, audienceOf(auth), ids));
}

/** What went out for some notices: each channel's address, state and attempts. */
export function deliveriesOf(db: Executor, noticeIds: string[]) {
  return repo.deliveriesOf(db, noticeIds);
}

/** Producers (of those given, or all) whose notices reach no one outside the platform, with how many. */
export function unreachableProducers(db: Executor, producerIds: string[] | null) {
  return repo.unreachableProducers(db, producerIds);
}
