// A member's own sheet for a dossier before the session: read with the producer's
// part III and evidence beside it, the advisory group's report and, when re-scoring,
// the criteria in question; saved change by change from the member's devices
// (domain/councils/sheet-sync: a resend counts once, a change made on an older copy
// is refused with the server's copy), and sent when every criterion has a level. A
// member never reads another member's sheet here.
import { createHash } from 'node:crypto';
import type { Grant } from '../../../domain/access/policy.ts';
import { changedOutside } from '../../../domain/councils/rescoring.ts';
import { syncDecision } from '../../../domain/councils/sheet-sync.ts';
import { compileSet } from '../../../domain/scoring/compile.ts';
import type { Answers } from '../../../domain/scoring/score.ts';
import { readFacts } from '../../../domain/scoring/answers.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { dossierForMembers } from '../dossiers/dossier-council.service.ts';
import { evidenceFileForCouncil, sheetForCouncil } from '../self-assessment/self-assessment.service.ts';
import * as sessionsRepo from './sessions.repository.ts';
import * as sheetsRepo from './sheets.repository.ts';
import { itemSheets, scoredAnswers, setOf } from './item-sheets.ts';
import { sessionFor } from './session-access.ts';

/** The item, the session's access, and the caller's seat on it (member, not conflicted, expected). */
async function seatFor(deps: AppDeps, grant: Grant, actor: AuditActor, itemId: string) {
  const { db } = deps.database;
  const found = await sessionsRepo.findItem(db, itemId);
  if (!found) throw new AppError('NOT_FOUND');
  const access = await sessionFor(db, grant, actor, found.item.sessionId);
  const me = access.member;
  if (!me) throw new AppError('NOT_A_MEMBER');
  const conflicts = await sessionsRepo.conflictsOf(db, [itemId]);
  const x = itemSheets(access, found.item, await sheetsRepo.sheetsOf(db, [itemId]), conflicts);
  if (x.conflicted.has(me.id)) throw new AppError('CONFLICT_DECLARED');
  if (!x.expected.includes(me.id)) throw new AppError('NOT_A_MEMBER');
  return { found, access, memberId: me.id, x };
}

/** Which pass the member scores now: the re-scoring when the member is asked to, else the first. */
function passOf(x: ReturnType<typeof itemSheets>, memberId: string): { pass: 1 | 2; inQuestion: string[] } {
  if (x.item.status === 'rescoring' && x.plan?.members[memberId])
    return { pass: 2, inQuestion: x.plan.members[memberId] };
  return { pass: 1, inQuestion: [] };
}

function sheetView(s: sheetsRepo.SheetRow | null | undefined, fallback: Answers = {}) {
  return {
    answers: (s?.answers as Answers | undefined) ?? fallback,
    comments: (s?.comments as Record<string, string> | undefined) ?? {},
    total: s?.total ?? 0,
    stars: s?.stars ?? 1,
    status: s?.status ?? ('draft' as const),
    revision: s?.revision ?? 0,
    lastChangeId: s?.lastChangeId ?? null,
    device: s?.device ?? null,
    sentAt: s?.sentAt?.toISOString() ?? null,
    updatedAt: s?.updatedAt.toISOString() ?? null,
  };
}

/** The member's sheet of the current pass, with what it is scored against. */
export async function mySheet(deps: AppDeps, grant: Grant, actor: AuditActor, itemId: string) {
  const { found, access, memberId, x } = await seatFor(deps, grant, actor, itemId);
  const { pass, inQuestion } = passOf(x, memberId);
  const stored = pass === 2 ? x.second.get(memberId) : x.first.get(memberId);
  const first = x.first.get(memberId);
  const dossier = await dossierForMembers(deps, found.item.dossierId);
  const producerSheet = dossier.selfAssessmentId
    ? await sheetForCouncil(
        deps,
        dossier.selfAssessmentId,
        (e) => `/api/council-items/${itemId}/evidence/${e}`,
      )
    : null;
  return {
    itemId,
    sessionId: access.session.id,
    sessionTitle: access.session.title,
    sessionStatus: access.session.status,
    itemStatus: found.item.status,
    productName: found.productName,
    producerName: found.producerName,
    rubricVersionId: found.item.rubricVersionId,
    setNo: found.item.setNo,
    facts: readFacts(found.item.facts),
    pass,
    inQuestion,
    // a re-scoring starts from the member's first sheet
    sheet: sheetView(stored, pass === 2 ? ((first?.answers as Answers | undefined) ?? {}) : {}),
    editable: access.session.status === 'scoring' && found.item.status !== 'closed',
    dossier,
    producerSheet,
  };
}

export interface SheetSave {
  answers: unknown;
  comments?: Record<string, string>;
  baseRevision: number;
  changeId: string;
  device?: string;
  /** send the sheet to the council (every criterion needs a level) */
  send?: boolean;
}

/** One change of the member's sheet from one device; the sheet after it (or the server's copy in a conflict). */
export async function saveMySheet(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  itemId: string,
  input: SheetSave,
) {
  const { db } = deps.database;
  const { found, access, memberId, x } = await seatFor(deps, grant, actor, itemId);
  if (found.item.status === 'closed') throw new AppError('SCORING_CLOSED');
  if (access.session.status !== 'scoring') throw new AppError('SCORING_NOT_OPEN');
  const { pass, inQuestion } = passOf(x, memberId);
  const loaded = await setOf(deps, found.item);
  const { set } = loaded;
  const { answers, result } = scoredAnswers(loaded, input.answers, found.item.facts);
  const compiled = compileSet(set);
  const comments = Object.fromEntries(
    Object.entries(input.comments ?? {})
      .filter(([code, text]) => compiled.byCode.has(code) && text.trim())
      .map(([code, text]) => [code, text.trim().slice(0, 2000)]),
  );
  if (pass === 2) {
    const outside = changedOutside((x.first.get(memberId)?.answers as Answers) ?? {}, answers, inQuestion);
    if (outside.length)
      throw new AppError('RESCORING_OUTSIDE_CRITERIA', { detail: outside.join(', ') }, { criteria: outside });
  }
  if (input.send) {
    const missing = compiled.criteria
      .filter((c) => !result.notApplicable.includes(c.code) && !(c.code in answers))
      .map((c) => c.code);
    if (missing.length)
      throw new AppError('SHEET_INCOMPLETE', { count: missing.length }, { criteria: missing });
  }
  const device = (input.device ?? '').slice(0, 80) || null;
  const outcome = await db.transaction(async (tx) => {
    const locked = await sessionsRepo.lockItem(tx, itemId);
    if (!locked || locked.status === 'closed') throw new AppError('SCORING_CLOSED');
    let row = await sheetsRepo.findSheet(tx, itemId, memberId, pass);
    if (row) row = await sheetsRepo.lockSheet(tx, row.id);
    const stored = { revision: row?.revision ?? 0, lastChangeId: row?.lastChangeId ?? null };
    const decision = syncDecision(stored, { baseRevision: input.baseRevision, changeId: input.changeId });
    if (decision === 'duplicate') return { kind: 'duplicate' as const };
    if (decision === 'conflict') return { kind: 'conflict' as const, row };
    const values = {
      answers,
      comments,
      total: result.total,
      stars: result.stars,
      lastChangeId: input.changeId,
      device,
      ...(input.send && row?.status !== 'sent' ? { status: 'sent' as const, sentAt: new Date() } : {}),
    };
    const written = row
      ? await sheetsRepo.writeSheet(tx, row.id, row.revision, values)
      : await sheetsRepo.insertSheet(tx, { itemId, memberId, pass, revision: 1, ...values });
    if (!written)
      return { kind: 'conflict' as const, row: await sheetsRepo.findSheet(tx, itemId, memberId, pass) };
    // the audit trail keeps a digest of the answers, not the answers: sheets stay blind until closing
    const digest = createHash('sha256').update(JSON.stringify(answers)).digest('hex').slice(0, 16);
    if (input.send && row?.status !== 'sent')
      await appendAudit(tx, deps.auditSecret, actor, {
        action: 'council_sheet.sent',
        objectType: 'council_session',
        objectId: found.item.sessionId,
        after: {
          council_sessionId: found.item.sessionId,
          dossierId: found.item.dossierId,
          memberId,
          pass,
          digest,
        },
      });
    return { kind: 'applied' as const };
  });
  if (outcome.kind === 'conflict')
    throw new AppError('SHEET_CONFLICT', {}, { server: sheetView(outcome.row), pass });
  return mySheet(deps, grant, actor, itemId);
}

/** An evidence file of the dossier's part III, for a member who scores it. */
export async function councilEvidence(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  itemId: string,
  evidenceId: string,
) {
  const { found } = await seatFor(deps, grant, actor, itemId);
  const dossier = await dossierForMembers(deps, found.item.dossierId);
  if (!dossier.selfAssessmentId) throw new AppError('NOT_FOUND');
  return evidenceFileForCouncil(deps, dossier.selfAssessmentId, evidenceId);
}
