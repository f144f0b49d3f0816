// The provincial review of a dossier while the advisory group holds it (QĐ 26/2026
// Art. 7.3): notes of its site visits, the extra tests it asks for and their results
// (a lab report answers a request and is a PDF or an image, told by its bytes), and its
// report to the council, without which the dossier does not go to the council.
import { createHash, randomUUID } from 'node:crypto';
import type { Grant } from '../../../domain/access/policy.ts';
import { mayRecordReview } from '../../../domain/dossiers/dossier.workflow.ts';
import { safeFileName } from '../../../domain/text/file-name.ts';
import type { DOSSIER_REVIEW_KINDS } from '../../../shared/enums.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor } from '../../db/client.ts';
import { sniffEvidence } from '../../storage/sniff.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { dossierFor } from './dossier-access.ts';
import * as repo from './dossiers.repository.ts';

export const REVIEW_FILE_LIMIT = 20 * 1024 * 1024;

type ReviewKind = (typeof DOSSIER_REVIEW_KINDS)[number];

export async function reviewViews(db: Executor, dossierId: string) {
  return (await repo.listReviews(db, dossierId)).map((r) => ({
    id: r.id,
    kind: r.kind,
    on: r.on,
    note: r.note,
    answers: r.answers,
    file:
      r.storageKey && r.fileName && r.mime && r.bytes !== null && r.sha256
        ? {
            fileName: r.fileName,
            mime: r.mime,
            bytes: r.bytes,
            sha256: r.sha256,
            url: `/api/dossiers/${dossierId}/reviews/${r.id}/file`,
          }
        : null,
    actorLabel: r.actorLabel,
    at: r.createdAt.toISOString(),
  }));
}

/** The dossier for a reviewer: a provincial officer of its province, while the advisory group holds it. */
async function reviewable(db: Executor, grant: Grant, dossierId: string) {
  const { row, ctx } = await dossierFor(db, grant, dossierId);
  if (!mayRecordReview('advisoryReview', ctx)) throw new AppError('FORBIDDEN');
  if (!mayRecordReview(row.status, ctx))
    throw new AppError('WORKFLOW_NO_TRANSITION', {
      status: row.status,
      stateVi: 'chưa ở bước tổ tư vấn xem xét',
      stateEn: 'not under advisory review',
      eventVi: 'ghi nhận thẩm định',
      eventEn: 'record a review',
    });
  return row;
}

export interface ReviewInput {
  kind: ReviewKind;
  on: string;
  note: string;
  answers?: string | null;
}

/** Records a review entry, with its file for a lab result; the entries after it. */
export async function addReview(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  dossierId: string,
  input: ReviewInput,
  file: { name: string; bytes: Uint8Array } | null,
) {
  const { db } = deps.database;
  await reviewable(db, grant, dossierId);
  if (input.on > deps.clock.today())
    throw new AppError('VALIDATION_FAILED', {}, { field: 'on', reason: 'FUTURE' });
  let stored: { key: string; mime: string; sha256: string; name: string; bytes: number } | null = null;
  if (input.kind === 'labResult') {
    const request = input.answers ? await repo.findReview(db, dossierId, input.answers) : null;
    if (request?.kind !== 'testRequest')
      throw new AppError('VALIDATION_FAILED', {}, { field: 'answers', reason: 'NOT_A_TEST_REQUEST' });
    if (!file) throw new AppError('VALIDATION_FAILED', {}, { field: 'file', reason: 'REQUIRED' });
  } else if (input.answers) throw new AppError('VALIDATION_FAILED', {}, { field: 'answers' });
  if (file) {
    if (file.bytes.byteLength > REVIEW_FILE_LIMIT) throw new AppError('FILE_TOO_LARGE', { limit: '20 MB' });
    const type = sniffEvidence(file.bytes, file.name);
    if (!type) throw new AppError('EVIDENCE_TYPE');
    const key = `dossiers/${dossierId}/${randomUUID()}.${type.ext}`;
    await deps.storage.put(key, file.bytes);
    stored = {
      key,
      mime: type.mime,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      name: safeFileName(file.name, 'ket-qua'),
      bytes: file.bytes.byteLength,
    };
  }
  try {
    await db.transaction(async (tx) => {
      const id = await repo.insertReview(tx, {
        dossierId,
        kind: input.kind,
        on: input.on,
        note: input.note,
        answers: input.answers ?? null,
        storageKey: stored?.key ?? null,
        fileName: stored?.name ?? null,
        mime: stored?.mime ?? null,
        bytes: stored?.bytes ?? null,
        sha256: stored?.sha256 ?? null,
        actorUserId: actor.userId,
        actorLabel: actor.label,
      });
      await appendAudit(tx, deps.auditSecret, actor, {
        action: 'dossier.review_added',
        objectType: 'dossier',
        objectId: dossierId,
        before: { dossierId },
        after: {
          dossierId,
          reviewId: id,
          reviewKind: input.kind,
          on: input.on,
          sha256: stored?.sha256 ?? null,
        },
      });
    });
  } catch (err) {
    if (stored) await deps.storage.remove(stored.key);
    throw err;
  }
  return reviewViews(db, dossierId);
}

/** A review entry's file, for whoever may see the dossier. */
export async function readReviewFile(deps: AppDeps, grant: Grant, dossierId: string, reviewId: string) {
  const { db } = deps.database;
  await dossierFor(db, grant, dossierId);
  const r = await repo.findReview(db, dossierId, reviewId);
  if (!r?.storageKey || !r.mime || !r.fileName) throw new AppError('NOT_FOUND');
  const data = await deps.storage.get(r.storageKey);
  if (!data) throw new AppError('NOT_FOUND');
  return { data, mime: r.mime, fileName: r.fileName };
}
