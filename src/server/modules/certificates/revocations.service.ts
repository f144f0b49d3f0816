// Revoking a recognition (QĐ 26/2026 Art. 8): a case is opened from the competent
// conclusion that triggers it, on one of the six grounds, with the last day to decide
// (the conclusion's day + the version's 15 days, shown from then on); it is decided by
// uploading the signed decision with its number — the certificate is revoked at once,
// so the product's public page, its exports and its stamps say so — or dropped with a
// reason. The provincial chair revokes 3★ and 4★ (the province's OCOP officers act for
// the chair), the minister 5★ (the central officers).
import { createHash, randomUUID } from 'node:crypto';
import { coversPlace, type Grant } from '../../../domain/access/policy.ts';
import { IN_FORCE_STATES, certificateTimeState } from '../../../domain/certificates/certificate-state.ts';
import {
  revocationSuffix,
  revokingLevel,
  type RevocationGround,
} from '../../../domain/certificates/revocation.ts';
import { formatDecisionNumber, parseDecisionNumber } from '../../../domain/decisions/decision-number.ts';
import * as texts from '../../../domain/notices/notice-texts.ts';
import { limitOf } from '../../../domain/regimes/procedure-rules.ts';
import { safeFileName } from '../../../domain/text/file-name.ts';
import { termOf, V } from '../../../shared/vocabulary.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import { sniffEvidence } from '../../storage/sniff.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { addToDate } from '../calendar/calendar.service.ts';
import { sendNotices } from '../notices/notices.service.ts';
import { getProductFacts } from '../registry/registry.service.ts';
import { holderNotice } from './certificate-notices.ts';
import * as repo from './lifecycle.repository.ts';

const SIGNED_FILE_LIMIT = 20 * 1024 * 1024;
/** the procedure version whose limit counts the days (the rule in force since 22/5/2026) */
const REVOCATION_VERSION = 'r26_2026';

export interface OpenRevocationInput {
  ground: RevocationGround;
  conclusionRef: string;
  conclusionDate: string;
  conclusionBy: string;
  note?: string | null;
}

const AUTHORITY = {
  province: { vi: 'Chủ tịch UBND cấp tỉnh', en: 'the provincial chair' },
  central: { vi: 'Bộ trưởng Bộ Nông nghiệp và Môi trường', en: 'the minister' },
};

/** The certificate and whether this person may act on its revocation (the level's officers). */
async function certificateFor(deps: AppDeps, grant: Grant, certificateId: string) {
  const { db } = deps.database;
  const c = await repo.certificateWithProduct(db, certificateId);
  if (!c) throw new AppError('NOT_FOUND');
  await getProductFacts(db, grant, c.productId);
  const level = revokingLevel(c.stars);
  const may =
    level === 'central'
      ? grant.role === 'central_officer'
      : grant.role === 'province_officer' &&
        coversPlace(grant, { provinceId: c.provinceId, communeId: null });
  return { c, level, may };
}

type CertificateRow = NonNullable<Awaited<ReturnType<typeof repo.certificateWithProduct>>>;

const stateOf = (c: CertificateRow, today: string) =>
  certificateTimeState(
    {
      status: c.status,
      validUntil: c.validUntil,
      decisionYear: c.decisionYear,
      renewalFiledOn: c.renewalFiledOn,
    },
    today,
  );

const inForce = (c: CertificateRow, today: string) =>
  (IN_FORCE_STATES as readonly string[]).includes(stateOf(c, today));

function assertMay(ctx: { c: { stars: number | null }; level: 'province' | 'central'; may: boolean }) {
  if (!ctx.may)
    throw new AppError('REVOCATION_AUTHORITY', {
      stars: String(ctx.c.stars ?? '?'),
      authority: AUTHORITY[ctx.level].vi,
      authorityEn: AUTHORITY[ctx.level].en,
    });
}

/** Opens a revocation case from a competent conclusion; the deadline to decide runs from its day. */
export async function openRevocation(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  certificateId: string,
  input: OpenRevocationInput,
) {
  const today = deps.clock.today();
  const ctx = await certificateFor(deps, grant, certificateId);
  assertMay(ctx);
  const { c } = ctx;
  const state = certificateTimeState(
    {
      status: c.status,
      validUntil: c.validUntil,
      decisionYear: c.decisionYear,
      renewalFiledOn: c.renewalFiledOn,
    },
    today,
  );
  if (!(IN_FORCE_STATES as readonly string[]).includes(state))
    throw new AppError('CERTIFICATE_NOT_IN_FORCE', { state: termOf(V.certificateState, state, 'vi') });
  if (input.conclusionDate > today)
    throw new AppError('VALIDATION_FAILED', {}, { field: 'conclusionDate', reason: 'FUTURE' });
  const live = await repo.liveRevocationOf(deps.database.db, certificateId);
  if (live)
    throw new AppError('REVOCATION_EXISTS', { status: termOf(V.revocationStatus, live.status, 'vi') });
  const limit = limitOf(REVOCATION_VERSION, 'revocationDecision');
  const dueOn = await addToDate(
    deps.database.db,
    input.conclusionDate,
    limit?.value ?? 15,
    limit && limit.unit !== 'months' ? limit.unit : 'calendarDays',
  );
  const id = await deps.database.db.transaction(async (tx) => {
    const rid = await repo
      .insertRevocation(tx, {
        certificateId,
        ground: input.ground,
        conclusionRef: input.conclusionRef.trim(),
        conclusionDate: input.conclusionDate,
        conclusionBy: input.conclusionBy.trim(),
        note: input.note?.trim() || null,
        dueOn: dueOn.date,
        level: ctx.level,
        provinceId: c.provinceId,
        openedBy: actor.userId,
      })
      .catch((err: Error) => {
        if (/revocations_one_live/.test(`${err.message} ${(err as { cause?: Error }).cause?.message ?? ''}`))
          throw new AppError('REVOCATION_EXISTS', { status: termOf(V.revocationStatus, 'open', 'vi') });
        throw err;
      });
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'revocation.opened',
      objectType: 'product',
      objectId: c.productId,
      after: {
        revocationId: rid,
        certificateId,
        certificateNo: c.certificateNo,
        status: 'open',
        ground: input.ground,
        conclusionRef: input.conclusionRef,
        conclusionDate: input.conclusionDate,
        conclusionBy: input.conclusionBy,
        dueOn: dueOn.date,
      },
    });
    await sendNotices(tx, deps, [
      holderNotice(deps, c, 'revocationOpened', `revocation:${rid}:opened`, (facts) =>
        texts.revocationOpened({
          ...facts,
          ground: input.ground,
          conclusion: `${input.conclusionRef} (${input.conclusionBy})`,
          dueOn: dueOn.date,
        }),
      ),
    ]);
    return rid;
  });
  return getRevocation(deps, grant, id);
}

export interface DecideRevocationInput {
  number: string;
  signedOn: string;
  file: { name: string; bytes: Uint8Array };
}

async function caseFor(deps: AppDeps, grant: Grant, id: string) {
  const row = await repo.findRevocation(deps.database.db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const ctx = await certificateFor(deps, grant, row.certificateId);
  return { r: row, ...ctx };
}

/** Decides an open case by the signed decision uploaded: the certificate is revoked at once. */
export async function decideRevocation(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  input: DecideRevocationInput,
) {
  const today = deps.clock.today();
  const { r, c, level, may } = await caseFor(deps, grant, id);
  assertMay({ c, level, may });
  if (r.status !== 'open')
    throw new AppError('REVOCATION_NOT_OPEN', { status: termOf(V.revocationStatus, r.status, 'vi') });
  const suffix = revocationSuffix(c.stars);
  const parsed = parseDecisionNumber(input.number);
  if (!parsed || parsed.suffix !== suffix) throw new AppError('DECISION_NUMBER_INVALID', { suffix });
  if (input.signedOn > today)
    throw new AppError('VALIDATION_FAILED', {}, { field: 'signedOn', reason: 'FUTURE' });
  if (input.signedOn < r.conclusionDate)
    throw new AppError('VALIDATION_FAILED', {}, { field: 'signedOn', reason: 'BEFORE_CONCLUSION' });
  if (!input.file || input.file.bytes.byteLength === 0) throw new AppError('REVOCATION_DECISION_REQUIRED');
  if (input.file.bytes.byteLength > SIGNED_FILE_LIMIT)
    throw new AppError('FILE_TOO_LARGE', { limit: '20 MB' });
  if (sniffEvidence(input.file.bytes, input.file.name)?.mime !== 'application/pdf')
    throw new AppError('EVIDENCE_TYPE');
  const number = formatDecisionNumber(parsed);
  const key = `revocations/${id}/${randomUUID()}.pdf`;
  await deps.storage.put(key, input.file.bytes);
  const sha256 = createHash('sha256').update(input.file.bytes).digest('hex');
  const late = input.signedOn > r.dueOn;
  try {
    await deps.database.db.transaction(async (tx) => {
      const locked = await repo.lockRevocation(tx, id);
      if (locked?.status !== 'open')
        throw new AppError('REVOCATION_NOT_OPEN', {
          status: termOf(V.revocationStatus, locked?.status ?? 'dropped', 'vi'),
        });
      if (
        !(await repo.revoke(tx, c.id, { decisionNo: number, decisionDate: input.signedOn, ground: r.ground }))
      )
        throw new AppError('CERTIFICATE_NOT_IN_FORCE', {
          state: termOf(V.certificateStatus, c.status, 'vi'),
        });
      await repo.updateRevocation(tx, id, {
        status: 'decided',
        decisionNo: number,
        decisionSeq: parsed.seq,
        decisionSuffix: parsed.suffix,
        decisionDate: input.signedOn,
        storageKey: key,
        fileName: safeFileName(input.file.name, 'quyet-dinh-thu-hoi'),
        bytes: input.file.bytes.byteLength,
        sha256,
        decidedBy: actor.userId,
        decidedAt: new Date(),
      });
      await repo.insertEvents(tx, [
        { certificateId: c.id, kind: 'revoked', onDay: input.signedOn, announced: true },
      ]);
      await appendAudit(tx, deps.auditSecret, actor, {
        action: 'certificate.revoked',
        objectType: 'product',
        objectId: c.productId,
        before: { certificateId: c.id, status: 'valid' },
        after: {
          certificateId: c.id,
          certificateNo: c.certificateNo,
          revocationId: id,
          status: 'revoked',
          ground: r.ground,
          decisionNumber: number,
          decisionDate: input.signedOn,
          late,
          sha256,
        },
      });
      await sendNotices(tx, deps, [
        holderNotice(deps, c, 'certificateRevoked', `certificate:${c.id}:revoked`, (facts) =>
          texts.certificateRevoked({
            ...facts,
            decisionNumber: number,
            decisionDate: input.signedOn,
            ground: r.ground,
          }),
        ),
      ]);
    });
  } catch (err) {
    await deps.storage.remove(key);
    throw err;
  }
  return getRevocation(deps, grant, id);
}

/** Drops an open case (the conclusion withdrawn or not confirmed), with the reason. */
export async function dropRevocation(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  reason: string,
) {
  const { r, c, level, may } = await caseFor(deps, grant, id);
  assertMay({ c, level, may });
  if (r.status !== 'open')
    throw new AppError('REVOCATION_NOT_OPEN', { status: termOf(V.revocationStatus, r.status, 'vi') });
  await deps.database.db.transaction(async (tx) => {
    await repo.updateRevocation(tx, id, { status: 'dropped', droppedReason: reason.trim() });
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'revocation.dropped',
      objectType: 'product',
      objectId: c.productId,
      before: { revocationId: id, status: 'open' },
      after: { revocationId: id, status: 'dropped', reason: reason.trim() },
    });
  });
  return getRevocation(deps, grant, id);
}

function viewOf(
  r: Awaited<ReturnType<typeof repo.revocationsOfCertificates>>[number],
  today: string,
  may: boolean,
) {
  return {
    id: r.id,
    certificateId: r.certificateId,
    ground: r.ground,
    conclusionRef: r.conclusionRef,
    conclusionDate: r.conclusionDate,
    conclusionBy: r.conclusionBy,
    note: r.note,
    dueOn: r.dueOn,
    overdue: r.status === 'open' && today > r.dueOn,
    level: r.level,
    status: r.status,
    decisionNumber: r.decisionNo,
    decisionDate: r.decisionDate,
    late: r.decisionDate ? r.decisionDate > r.dueOn : null,
    droppedReason: r.droppedReason,
    signedFile: r.storageKey
      ? {
          fileName: r.fileName ?? '',
          bytes: r.bytes ?? 0,
          sha256: r.sha256 ?? '',
          url: `/api/revocations/${r.id}/signed`,
        }
      : null,
    mayAct: may && r.status === 'open',
  };
}

export async function getRevocation(deps: AppDeps, grant: Grant, id: string) {
  const { r, may } = await caseFor(deps, grant, id);
  return viewOf(r, deps.clock.today(), may);
}

/** The revocation cases of a certificate, newest first, and whether this person may open one. */
export async function revocationsOfCertificate(deps: AppDeps, grant: Grant, certificateId: string) {
  const { c, may } = await certificateFor(deps, grant, certificateId);
  const rows = await repo.revocationsOfCertificates(deps.database.db, [certificateId]);
  const today = deps.clock.today();
  return {
    // only a certificate in force is revoked, once
    mayOpen: may && inForce(c, today) && !rows.some((r) => r.status !== 'dropped'),
    items: rows.map((r) => viewOf(r, today, may)),
  };
}

/** The signed decision of a decided case. */
export async function revocationSignedCopy(deps: AppDeps, grant: Grant, id: string) {
  const { r } = await caseFor(deps, grant, id);
  const data = r.storageKey ? await deps.storage.get(r.storageKey) : null;
  if (!data) throw new AppError('NOT_FOUND');
  return { data, fileName: r.fileName ?? 'quyet-dinh-thu-hoi.pdf' };
}
