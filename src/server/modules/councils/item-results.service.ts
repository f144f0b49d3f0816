// The council's result on a dossier: the chair asks the flagged members to re-score
// the criteria in question (rescoringPlan) or closes it; closing computes the result
// with the domain's aggregateCouncil (never typed), locks the sheets (trigger) and
// moves the dossier to await its decision with the score and stars. A correction after
// closing is a new version of a sheet with its reason, audited, and the result is
// computed again while the dossier still awaits its decision.
import type { Grant } from '../../../domain/access/policy.ts';
import { needsRescoring } from '../../../domain/councils/rescoring.ts';
import {
  type SessionItemContext,
  type SessionItemEvent,
  sessionItemWorkflow,
} from '../../../domain/councils/session-item.workflow.ts';
import { allowedEvents } from '../../../domain/workflow/kit.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Tx } from '../../db/client.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { councilClosed, councilResultCorrected } from '../dossiers/dossier-council.service.ts';
import { centralResultRecorded } from '../dossiers/dossier-decision.service.ts';
import { type AggregateWorkflow, applyTransition, workflowActorOf } from '../workflow/workflow.service.ts';
import * as sessionsRepo from './sessions.repository.ts';
import * as sheetsRepo from './sheets.repository.ts';
import {
  type ComputedResult,
  computeResult,
  type ItemSheets,
  itemSheets,
  missingMembers,
  scoredAnswers,
  setOf,
} from './item-sheets.ts';
import { chairs, type SessionAccess, sessionFor } from './session-access.ts';

const itemAggregate: AggregateWorkflow<
  sessionsRepo.ItemRow['status'],
  SessionItemEvent,
  SessionItemContext,
  sessionsRepo.ItemRow
> = {
  table: sessionItemWorkflow,
  store: {
    lock: sessionsRepo.lockItem,
    setStatus: (tx, id, from, to) => sessionsRepo.setItemStatus(tx, id, from, to),
  },
  auditObject: (row) => ({ objectType: 'council_session', objectId: row.sessionId }),
};

function itemContext(grant: Grant, access: SessionAccess, x: ItemSheets, computed: ComputedResult | null) {
  const flagged = computed ? needsRescoring(computed.result) : false;
  return {
    actor: workflowActorOf(grant),
    chairs: chairs(access),
    sessionScoring: access.session.status === 'scoring',
    sheetsIn: missingMembers(x).length === 0,
    flagged: x.item.status === 'scoring' && flagged,
    writtenOnly: access.session.mode === 'writtenOpinion' && !access.session.metOn,
  } satisfies SessionItemContext;
}

async function loadItem(deps: AppDeps, grant: Grant, actor: AuditActor, itemId: string) {
  const { db } = deps.database;
  const found = await sessionsRepo.findItem(db, itemId);
  if (!found) throw new AppError('NOT_FOUND');
  const access = await sessionFor(db, grant, actor, found.item.sessionId);
  const x = itemSheets(
    access,
    found.item,
    await sheetsRepo.sheetsOf(db, [itemId]),
    await sessionsRepo.conflictsOf(db, [itemId]),
  );
  const computed = missingMembers(x).length === 0 ? await computeResult(db, access, x) : null;
  return { found, access, x, computed };
}

/** The chair moves a dossier: asks for re-scoring, or closes it with the council's result. */
export async function actOnItem(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  itemId: string,
  event: SessionItemEvent,
) {
  const { db } = deps.database;
  const { found, access, x, computed } = await loadItem(deps, grant, actor, itemId);
  const ctx = itemContext(grant, access, x, computed);
  const names = new Map(access.members.map((m) => [m.id, m.fullName]));
  await db.transaction(async (tx) => {
    try {
      await applyTransition(tx, deps.auditSecret, itemAggregate, itemId, event, actor, {
        context: () => ctx,
        audit: () => ({
          before: { dossierId: found.item.dossierId },
          after: {
            dossierId: found.item.dossierId,
            ...(event === 'requestRescoring' && computed
              ? {
                  rescored: Object.keys(computed.plan.members),
                  criteria: [...new Set(Object.values(computed.plan.members).flat())].sort(),
                }
              : {}),
            ...(event === 'closeItem' && computed
              ? { score: computed.result.totalDisplay, stars: computed.result.stars }
              : {}),
          },
        }),
      });
    } catch (err) {
      if (err instanceof AppError && err.code === 'SHEETS_MISSING')
        throw new AppError(
          'SHEETS_MISSING',
          {
            missing: missingMembers(x)
              .map((m) => names.get(m) ?? m)
              .join(', '),
          },
          { members: missingMembers(x) },
        );
      throw err;
    }
    if (!computed) return;
    if (event === 'requestRescoring') await sessionsRepo.updateItem(tx, itemId, { rescoring: computed.plan });
    if (event === 'closeItem') await closeWith(tx, deps, actor, access, found.item, computed);
  });
  return itemView(deps, grant, actor, itemId);
}

async function closeWith(
  tx: Tx,
  deps: AppDeps,
  actor: AuditActor,
  access: SessionAccess,
  item: sessionsRepo.ItemRow,
  computed: ComputedResult,
) {
  const score = computed.result.total.toFixed(2);
  await sessionsRepo.updateItem(tx, item.id, {
    result: computed.result,
    score,
    stars: computed.result.stars,
    resultVersion: item.resultVersion + 1,
  });
  await sheetsRepo.lockSheetsOf(tx, item.id);
  // a province's result moves the dossier on to its decision; the centre's is recorded on
  // the dossier under central review, for the minister's decision or the return to the province
  if (access.council.level === 'province')
    await councilClosed(tx, deps, actor, item.dossierId, {
      score,
      stars: computed.result.stars,
      councilDate: deps.clock.today(),
    });
  else await centralResultRecorded(tx, item.dossierId, { score, stars: computed.result.stars });
}

export interface Correction {
  memberId: string;
  answers: unknown;
  reason: string;
}

/** A new version of a locked sheet with its reason; the result computed again (before the decision only). */
export async function correctSheet(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  itemId: string,
  input: Correction,
) {
  const { db } = deps.database;
  const { found, access, x } = await loadItem(deps, grant, actor, itemId);
  if (found.item.status !== 'closed')
    throw new AppError('CORRECTION_NOT_ALLOWED', {
      reasonVi: 'hồ sơ chưa chốt kết quả, thành viên tự sửa phiếu',
      reasonEn: 'the dossier is not closed; the member edits the sheet',
    });
  if (!chairs(access) && access.member?.id !== input.memberId) throw new AppError('FORBIDDEN');
  const current = x.second.get(input.memberId) ?? x.first.get(input.memberId);
  if (!current) throw new AppError('NOT_FOUND');
  const { answers, result } = scoredAnswers(await setOf(deps, found.item), input.answers, found.item.facts);
  await db.transaction(async (tx) => {
    await sessionsRepo.lockItem(tx, itemId);
    const inserted = await sheetsRepo.insertSheet(tx, {
      itemId,
      memberId: input.memberId,
      pass: current.pass,
      version: current.version + 1,
      answers,
      comments: current.comments,
      total: result.total,
      stars: result.stars,
      status: 'locked',
      revision: current.revision + 1,
      correctionReason: input.reason,
      supersedes: current.id,
      sentAt: current.sentAt,
      lockedAt: new Date(),
    });
    if (!inserted) throw new AppError('CONFLICT');
    const again = itemSheets(
      access,
      found.item,
      [...(await sheetsRepo.sheetsOf(tx, [itemId]))],
      [...(await sessionsRepo.conflictsOf(tx, [itemId]))],
    );
    const computed = await computeResult(tx, access, again);
    if (!computed) throw new AppError('CONFLICT');
    const score = computed.result.total.toFixed(2);
    if (access.council.level === 'province') {
      const moved = await councilResultCorrected(tx, found.item.dossierId, {
        score,
        stars: computed.result.stars,
      });
      if (!moved)
        throw new AppError('CORRECTION_NOT_ALLOWED', {
          reasonVi: 'hồ sơ đã có quyết định',
          reasonEn: 'the dossier has been decided',
        });
    }
    await sessionsRepo.updateItem(tx, itemId, {
      result: computed.result,
      score,
      stars: computed.result.stars,
      resultVersion: found.item.resultVersion + 1,
    });
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'council_sheet.corrected',
      objectType: 'council_session',
      objectId: found.item.sessionId,
      before: { dossierId: found.item.dossierId, memberId: input.memberId, total: current.total },
      after: {
        dossierId: found.item.dossierId,
        memberId: input.memberId,
        total: result.total,
        reason: input.reason,
        score,
        stars: computed.result.stars,
      },
    });
  });
  return itemView(deps, grant, actor, itemId);
}

function myStatusOf(x: ItemSheets, missing: string[], memberId: string) {
  if (x.conflicted.has(memberId)) return 'conflict' as const;
  if (!x.expected.includes(memberId)) return 'notExpected' as const;
  return missing.includes(memberId) ? ('toScore' as const) : ('sent' as const);
}

/** One dossier of a session as the caller may see it. */
export async function itemView(deps: AppDeps, grant: Grant, actor: AuditActor, itemId: string) {
  const { found, access } = await loadItem(deps, grant, actor, itemId);
  const [view] = await itemViews(deps, access, [found.item.id], grant);
  return view;
}

/**
 * The dossiers of a session: who is expected and who has sent (never what they
 * scored) while open; the chair also reads the flags that ask for re-scoring; every
 * member's total, the result and the flags once closed.
 */
export async function itemViews(deps: AppDeps, access: SessionAccess, only?: string[], grant?: Grant) {
  const { db } = deps.database;
  const rows = (await sessionsRepo.listItems(db, access.session.id)).filter(
    (r) => !only || only.includes(r.item.id),
  );
  const ids = rows.map((r) => r.item.id);
  const sheets = await sheetsRepo.sheetsOf(db, ids);
  const conflicts = await sessionsRepo.conflictsOf(db, ids);
  const names = new Map(access.members.map((m) => [m.id, m.fullName]));
  const chair = chairs(access);
  const out = [];
  for (const r of rows) {
    const x = itemSheets(access, r.item, sheets, conflicts);
    const missing = missingMembers(x);
    const closed = r.item.status === 'closed';
    const computed = !closed && chair && missing.length === 0 ? await computeResult(db, access, x) : null;
    const ctx = grant ? itemContext(grant, access, x, computed) : null;
    const result = closed ? (r.item.result as ComputedResult['result'] | null) : null;
    out.push({
      id: r.item.id,
      position: r.item.position,
      dossierId: r.item.dossierId,
      dossierStage: r.dossierStatus,
      dossierKind: r.dossierKind,
      productId: r.productId,
      productName: r.productName,
      productCode: r.productCode,
      producerName: r.producerName,
      setNo: r.item.setNo,
      rubricVersionId: r.item.rubricVersionId,
      status: r.item.status,
      expected: x.expected.map((m) => ({ memberId: m, fullName: names.get(m) ?? '' })),
      sent: x.expected.filter((m) => !missing.includes(m)),
      missing,
      conflicts: conflicts
        .filter((c) => c.itemId === r.item.id)
        .map((c) => ({ memberId: c.memberId, fullName: names.get(c.memberId) ?? '', reason: c.reason })),
      myStatus: access.member ? myStatusOf(x, missing, access.member.id) : null,
      rescoring: x.plan
        ? Object.entries(x.plan.members)
            .filter(([m]) => chair || closed || m === access.member?.id)
            .map(([m, criteria]) => ({ memberId: m, fullName: names.get(m) ?? '', criteria }))
        : null,
      flags:
        computed && needsRescoring(computed.result)
          ? {
              members: computed.result.divergentMembers.map((d) => ({
                memberId: d.memberId,
                fullName: names.get(d.memberId) ?? '',
              })),
              criteria: computed.result.disagreements.map((d) => d.criterion),
            }
          : null,
      result: result
        ? {
            total: result.total,
            totalDisplay: result.totalDisplay,
            stars: result.stars,
            bandStars: result.bandStars,
            markerStars: result.markerStars,
            parts: result.parts,
            certifiable: result.certifiable,
            disqualified: result.disqualified,
            divergentMembers: result.divergentMembers.map((d) => ({
              ...d,
              fullName: names.get(d.memberId) ?? '',
            })),
            disagreements: result.disagreements,
            failedMarkers: result.failedMarkers,
            rules: result.rules,
            members: [...x.first.keys(), ...x.second.keys()]
              .filter((m, i, all) => all.indexOf(m) === i && x.expected.includes(m))
              .map((m) => ({
                memberId: m,
                fullName: names.get(m) ?? '',
                first: x.first.get(m)?.total ?? null,
                rescored: x.second.get(m)?.total ?? null,
                corrected: (x.second.get(m) ?? x.first.get(m))?.correctionReason ?? null,
              })),
            version: r.item.resultVersion,
          }
        : null,
      actions: ctx ? allowedEvents(sessionItemWorkflow, r.item.status, ctx) : [],
    });
  }
  return out;
}
