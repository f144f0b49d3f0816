// Evidence attached to a criterion of a self-assessment: PDFs, photos and office
// files, recognised by their first bytes (never by the name the browser sends),
// stored through the storage interface, and copied when next year's sheet reuses them.
import { createHash, randomUUID } from 'node:crypto';
import type { Grant } from '../../../domain/access/policy.ts';
import { excerpt } from '../../../shared/errors.ts';
import { compileSet } from '../../../domain/scoring/score.ts';
import { safeFileName } from '../../../domain/text/file-name.ts';
import { isEditable } from '../../../domain/self-assessment/sheet.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { AuditActor } from '../../core/actor.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { getRubricSet } from '../rubrics/rubrics.service.ts';
import { assessmentFor } from './self-assessment.access.ts';
import * as repo from './self-assessment-evidence.repository.ts';
import { sniffEvidence } from '../../storage/sniff.ts';

export { sniffEvidence };

export const EVIDENCE_LIMITS = { maxBytes: 10 * 1024 * 1024, perCriterion: 5 };

const present = (r: repo.EvidenceRow) => ({
  id: r.id,
  criterion: r.criterion,
  fileName: r.fileName,
  mime: r.mime,
  bytes: r.bytes,
  sha256: r.sha256,
  url: `/api/self-assessments/${r.assessmentId}/evidence/${r.id}`,
  createdAt: r.createdAt.toISOString(),
});

export async function listEvidence(db: Executor, assessmentId: string) {
  return (await repo.listEvidenceRows(db, assessmentId)).map(present);
}

export async function addEvidence(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  assessmentId: string,
  criterion: string,
  fileName: string,
  bytes: Uint8Array,
) {
  const { db } = deps.database;
  const { row, canEdit } = await assessmentFor(db, grant, assessmentId);
  if (!canEdit) throw new AppError('FORBIDDEN');
  if (!isEditable(row.status)) throw new AppError('ASSESSMENT_FINAL');
  const { set } = await getRubricSet(db, row.rubricVersionId, row.setNo);
  if (!compileSet(set).byCode.has(criterion))
    throw new AppError(
      'SCORING_INVALID',
      { criterion, detail: `criterion ${criterion} does not exist in set ${row.setNo}` },
      { criterion: excerpt(criterion, 40), reason: 'UNKNOWN_CRITERION' },
    );
  if (bytes.byteLength > EVIDENCE_LIMITS.maxBytes) throw new AppError('FILE_TOO_LARGE', { limit: '10 MB' });
  const type = sniffEvidence(bytes, fileName);
  if (!type) throw new AppError('EVIDENCE_TYPE');
  const id = randomUUID();
  const storageKey = `evidence/${assessmentId}/${id}.${type.ext}`;
  await deps.storage.put(storageKey, bytes);
  const inserted = await db
    .transaction(async (tx) => {
      const n = await repo.countEvidence(tx, assessmentId, criterion);
      if (n >= EVIDENCE_LIMITS.perCriterion)
        throw new AppError('EVIDENCE_LIMIT', { max: EVIDENCE_LIMITS.perCriterion });
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const r = await repo.insertEvidence(tx, {
        id,
        assessmentId,
        criterion,
        storageKey,
        fileName: safeFileName(fileName, 'minh-chung'),
        mime: type.mime,
        bytes: bytes.byteLength,
        sha256,
        uploadedBy: actor.userId,
      });
      await appendAudit(tx, deps.auditSecret, actor, {
        action: 'self_assessment.evidence_added',
        objectType: 'product',
        objectId: row.productId,
        after: { assessmentId, criterion, evidenceId: id, sha256, bytes: bytes.byteLength },
      });
      return r;
    })
    .catch(async (err: unknown) => {
      await deps.storage.remove(storageKey);
      throw err;
    });
  return present(inserted);
}

export async function readEvidence(deps: AppDeps, grant: Grant, assessmentId: string, evidenceId: string) {
  const { db } = deps.database;
  await assessmentFor(db, grant, assessmentId);
  const r = await repo.findEvidence(db, assessmentId, evidenceId);
  if (!r) throw new AppError('NOT_FOUND');
  const data = await deps.storage.get(r.storageKey);
  if (!data) throw new AppError('NOT_FOUND');
  return { data, mime: r.mime, fileName: r.fileName };
}

export async function removeEvidence(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  assessmentId: string,
  evidenceId: string,
) {
  const { db } = deps.database;
  const { row, canEdit } = await assessmentFor(db, grant, assessmentId);
  if (!canEdit) throw new AppError('FORBIDDEN');
  if (!isEditable(row.status)) throw new AppError('ASSESSMENT_FINAL');
  const removed = await db.transaction(async (tx) => {
    const r = await repo.deleteEvidence(tx, assessmentId, evidenceId);
    if (!r) throw new AppError('NOT_FOUND');
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'self_assessment.evidence_removed',
      objectType: 'product',
      objectId: row.productId,
      before: { assessmentId, criterion: r.criterion, evidenceId, sha256: r.sha256 },
    });
    return r;
  });
  await deps.storage.remove(removed.storageKey);
}

/** Next year's sheet starts with last year's files, each copied so either sheet can drop its own. */
export async function copyEvidence(
  deps: AppDeps,
  fromId: string,
  toId: string,
  criteria: ReadonlySet<string>,
  userId: string | null,
) {
  const { db } = deps.database;
  const rows = await repo.listEvidenceRows(db, fromId);
  const wanted = rows.filter((r) => criteria.has(r.criterion));
  for (const r of wanted) {
    const data = await deps.storage.get(r.storageKey);
    if (!data) continue;
    const id = randomUUID();
    const storageKey = `evidence/${toId}/${id}.${r.storageKey.split('.').pop()}`;
    await deps.storage.put(storageKey, data);
    await repo.insertEvidence(db, {
      ...r,
      id,
      assessmentId: toId,
      storageKey,
      uploadedBy: userId,
      createdAt: undefined,
    });
  }
  return wanted.length;
}
