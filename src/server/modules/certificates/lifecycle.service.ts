// Life after certification, by time and by the renewal: the daily job records each
// milestone of each certificate once (lifecycle.ts decides which are due), with its
// audit row and, when it is fresh, the holder's notice; a missed day is caught up on
// the next run. A renewal's filing, withdrawal and refusal are recorded on the
// certificate it renews by the dossier's moves (dossiers call these in their
// transaction), so the certificate's state follows the dossier.
import {
  dueLifecycleEvents,
  LIFECYCLE_26_2026,
  milestonesOf,
  renewalFilingProblem,
  type CertificateEvent,
  type TimedEvent,
} from '../../../domain/certificates/lifecycle.ts';
import { addDaysIso } from '../../../domain/calendar/dates.ts';
import { formatDate } from '../../../shared/format.ts';
import * as texts from '../../../domain/notices/notice-texts.ts';
import type { NOTICE_KINDS } from '../../../shared/enums.ts';
import type { AuditEvent } from '../../../shared/audit-events.ts';
import { SYSTEM_ACTOR, type AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { appendAudit, appendAuditMany } from '../audit/audit.service.ts';
import { sendNotices, type NoticeDraft } from '../notices/notices.service.ts';
import { holderNotice } from './certificate-notices.ts';
import * as repo from './lifecycle.repository.ts';

export const LIFECYCLE_JOB = 'certificates.lifecycle';

const AUDIT_ACTION = {
  windowOpened: 'certificate.window_opened',
  expiryNotice: 'certificate.expiry_notice',
  expired: 'certificate.expired',
  lapsed: 'certificate.lapsed',
} as const satisfies Record<TimedEvent, AuditEvent['action']>;

const NOTICE_KIND: Record<TimedEvent, (typeof NOTICE_KINDS)[number]> = {
  windowOpened: 'renewalWindowOpened',
  expiryNotice: 'expiryApproaching',
  expired: 'certificateExpired',
  lapsed: 'certificateLapsed',
};

export interface LifecycleRun {
  today: string;
  examined: number;
  recorded: Record<TimedEvent, number>;
  announced: number;
  notices: number;
}

function noticeOf(
  deps: Pick<AppDeps, 'env'>,
  c: repo.LifecycleCandidate,
  kind: TimedEvent,
  on: string,
  refused: boolean,
): NoticeDraft {
  const m = milestonesOf(c.validUntil);
  return holderNotice(deps, c, NOTICE_KIND[kind], `certificate:${c.id}:${kind}`, (facts) =>
    kind === 'windowOpened'
      ? texts.renewalWindowOpened({ ...facts, windowCloses: m.windowCloses })
      : kind === 'expiryNotice'
        ? texts.expiryApproaching(facts)
        : kind === 'expired'
          ? texts.certificateExpired({ ...facts, endedOn: on })
          : texts.certificateLapsed({ ...facts, endedOn: on, why: refused ? 'refused' : 'graceEnded' }),
  );
}

/**
 * Records what is due of every certificate on `today`, in chunks (one transaction
 * each): events once, lapses as legal status, audit rows, the holders' notices.
 * Running it twice, or after a missed day, records nothing twice.
 */
export async function runLifecycle(
  deps: AppDeps,
  today = deps.clock.today(),
  opts: { chunk?: number; actor?: AuditActor } = {},
): Promise<LifecycleRun> {
  const { db } = deps.database;
  const policy = LIFECYCLE_26_2026;
  const horizon = addDaysIso(today, policy.rules.windowOpensDaysBefore);
  const run: LifecycleRun = {
    today,
    examined: 0,
    recorded: { windowOpened: 0, expiryNotice: 0, expired: 0, lapsed: 0 },
    announced: 0,
    notices: 0,
  };
  await repo.analyzeEvents(db);
  let after: string | null = null;
  for (;;) {
    const rows = await repo.candidates(db, horizon, after, opts.chunk ?? 2000);
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    run.examined += rows.length;
    const due = rows.flatMap((c) => {
      const recorded = new Set<CertificateEvent>(c.recorded);
      const refused = recorded.has('renewalRefused') && !c.renewalFiledOn;
      return dueLifecycleEvents(
        {
          status: c.status,
          validUntil: c.validUntil,
          renewalFiledOn: c.renewalFiledOn,
          renewalRefused: refused,
          recorded,
        },
        today,
        policy,
      ).map((e) => ({ c, e, refused }));
    });
    if (due.length === 0) continue;
    await db.transaction(async (tx) => {
      const written = await repo.insertEvents(
        tx,
        due.map(({ c, e }) => ({ certificateId: c.id, kind: e.kind, onDay: e.on, announced: e.announce })),
      );
      const isNew = new Set(written.map((w) => `${w.certificateId}:${w.kind}`));
      const fresh = due.filter(({ c, e }) => isNew.has(`${c.id}:${e.kind}`));
      await repo.setLapsed(
        tx,
        fresh.filter(({ e }) => e.kind === 'lapsed').map(({ c }) => c.id),
      );
      await repo.setEnded(
        tx,
        fresh
          .filter(({ e }) => e.kind === 'expired' || e.kind === 'lapsed')
          .map(({ c, e }) => ({ id: c.id, on: e.on })),
      );
      await appendAuditMany(
        tx,
        deps.auditSecret,
        opts.actor ?? SYSTEM_ACTOR,
        fresh.map(({ c, e }) => ({
          action: AUDIT_ACTION[e.kind],
          objectType: 'product',
          objectId: c.productId,
          summary: `${c.certificateNo ?? ''} ${formatDate(e.on, 'vi')}`.trim(),
          before: e.kind === 'lapsed' ? { certificateId: c.id, status: 'valid' } : undefined,
          after: {
            certificateId: c.id,
            certificateNo: c.certificateNo,
            event: e.kind,
            day: e.on,
            validUntil: c.validUntil,
            announced: e.announce,
            ...(e.kind === 'lapsed' ? { status: 'lapsed' } : {}),
          },
        })),
      );
      const announce = fresh.filter(({ e }) => e.announce);
      run.notices += await sendNotices(
        tx,
        deps,
        announce.map(({ c, e, refused }) => noticeOf(deps, c, e.kind, e.on, refused)),
      );
      run.announced += announce.length;
      for (const { e } of fresh) run.recorded[e.kind]++;
    });
  }
  if (run.examined) deps.log.info('certificate lifecycle', { ...run });
  return run;
}

/**
 * A renewal filed for a product (its re-evaluation dossier submitted), in the
 * dossier's transaction: the certificate it renews must be in its window; it keeps
 * its validity until the decision (within the grace). Refused outside the window.
 */
export async function recordRenewalFiled(
  tx: Tx,
  deps: Pick<AppDeps, 'auditSecret' | 'env'>,
  actor: AuditActor,
  input: { productId: string; dossierId: string; filedOn: string; decideBy: string | null },
) {
  const cert = await repo.renewable(tx, input.productId);
  if (!cert)
    throw new AppError('DOSSIER_KIND_MISMATCH', {
      kind: 'đánh giá lại',
      why: 'sản phẩm không có giấy chứng nhận còn hiệu lực',
    });
  assertRenewable(cert, input.filedOn);
  await repo.setRenewalFiled(tx, cert.id, input.filedOn);
  await repo.insertEvents(tx, [
    { certificateId: cert.id, kind: 'renewalFiled', onDay: input.filedOn, announced: true },
  ]);
  await appendAudit(tx, deps.auditSecret, actor, {
    action: 'certificate.renewal_filed',
    objectType: 'product',
    objectId: input.productId,
    after: {
      certificateId: cert.id,
      certificateNo: cert.certificateNo,
      day: input.filedOn,
      validUntil: cert.validUntil,
      dossierId: input.dossierId,
    },
  });
  const c = await repo.certificateWithProduct(tx, cert.id);
  const decideBy = input.decideBy;
  if (c && decideBy)
    await sendNotices(tx, deps, [
      holderNotice(
        deps,
        c,
        'renewalFiled',
        `certificate:${cert.id}:renewalFiled:${input.dossierId}`,
        (facts) => texts.renewalFiled({ ...facts, filedOn: input.filedOn, decideBy }),
      ),
    ]);
  return cert;
}

/** Refuses a renewal of a certificate outside its window, with the window's days. */
export function assertRenewable(
  cert: {
    status: 'valid' | 'revoked' | 'superseded' | 'lapsed';
    validUntil: string | null;
    renewalFiledOn: string | null;
  },
  today: string,
) {
  const problem = renewalFilingProblem(cert, today);
  if (!problem) return;
  if (problem.reason === 'alreadyFiled') throw new AppError('RENEWAL_ALREADY_FILED');
  if (problem.reason === 'unknownValidity') throw new AppError('RENEWAL_NO_DATES');
  if (problem.reason === 'notInForce')
    throw new AppError('DOSSIER_KIND_MISMATCH', {
      kind: 'đánh giá lại',
      why: 'sản phẩm không có giấy chứng nhận còn hiệu lực',
    });
  throw new AppError('RENEWAL_OUTSIDE_WINDOW', {
    opens: formatDate(problem.opens, 'vi'),
    closes: formatDate(problem.closes, 'vi'),
  });
}

/** Whether a product's certificate may be renewed on `today` (the check a new re-evaluation dossier meets). */
export async function assertRenewableProduct(db: Executor, productId: string, today: string) {
  const cert = await repo.renewable(db, productId);
  if (!cert)
    throw new AppError('DOSSIER_KIND_MISMATCH', {
      kind: 'đánh giá lại',
      why: 'sản phẩm không có giấy chứng nhận còn hiệu lực',
    });
  assertRenewable(cert, today);
}

/** A renewal withdrawn before its decision: the certificate is back to its own dates. */
export async function recordRenewalWithdrawn(
  tx: Tx,
  deps: Pick<AppDeps, 'auditSecret'>,
  actor: AuditActor,
  input: { productId: string; dossierId: string; on: string },
) {
  const cert = await repo.filedBy(tx, input.productId);
  if (!cert) return;
  await repo.setRenewalFiled(tx, cert.id, null);
  await repo.insertEvents(tx, [
    { certificateId: cert.id, kind: 'renewalWithdrawn', onDay: input.on, announced: false },
  ]);
  await appendAudit(tx, deps.auditSecret, actor, {
    action: 'certificate.renewal_withdrawn',
    objectType: 'product',
    objectId: input.productId,
    before: { certificateId: cert.id, day: cert.renewalFiledOn },
    after: { certificateId: cert.id, day: input.on, dossierId: input.dossierId },
  });
}

/**
 * A renewal refused (its dossier not recognised): the certificate lapses — at once
 * when it is already past its last day, else at the end of its validity (the daily
 * job records it then). Notices follow from the job or here.
 */
export async function recordRenewalRefused(
  tx: Tx,
  deps: Pick<AppDeps, 'auditSecret' | 'env'>,
  actor: AuditActor,
  input: { productId: string; dossierId: string; on: string },
) {
  const cert = await repo.filedBy(tx, input.productId);
  if (!cert) return;
  await repo.setRenewalFiled(tx, cert.id, null);
  await repo.insertEvents(tx, [
    { certificateId: cert.id, kind: 'renewalRefused', onDay: input.on, announced: true },
  ]);
  await appendAudit(tx, deps.auditSecret, actor, {
    action: 'certificate.renewal_refused',
    objectType: 'product',
    objectId: input.productId,
    after: { certificateId: cert.id, day: input.on, dossierId: input.dossierId, validUntil: cert.validUntil },
  });
  if (cert.validUntil && cert.validUntil < input.on) {
    const [c] = await repo.lapseCandidate(tx, cert.id);
    if (!c) return;
    await repo.insertEvents(tx, [
      { certificateId: cert.id, kind: 'lapsed', onDay: input.on, announced: true },
    ]);
    await repo.setLapsed(tx, [cert.id]);
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'certificate.lapsed',
      objectType: 'product',
      objectId: input.productId,
      before: { certificateId: cert.id, status: 'valid' },
      after: {
        certificateId: cert.id,
        certificateNo: c.certificateNo,
        event: 'lapsed',
        day: input.on,
        status: 'lapsed',
      },
    });
    await sendNotices(tx, deps, [noticeOf(deps, c, 'lapsed', input.on, true)]);
  }
}
