// A producer's complaint against an evaluation result, kept with the dossier: lodged
// by its producer once the result is final (recognised by a decision, or not
// recognised) and within the procedure version's period, answered by the province's
// officers within theirs. The periods are the procedure version's limits
// (complaintLodging, complaintAnswer), calendar days.
import type { Grant } from '../../../domain/access/policy.ts';
import { addDaysIso } from '../../../domain/calendar/dates.ts';
import { limitOf } from '../../../domain/regimes/procedure-rules.ts';
import type { ProcedureVersionId } from '../../../domain/regimes/procedure-versions.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { dossierForResult } from '../dossiers/dossier-decision.service.ts';
import * as repo from './decisions.repository.ts';

const DEFAULT_DAYS = { complaintLodging: 90, complaintAnswer: 30 };

/** The day a result became final: the signing day of the decision that recognised it, else the day it was recorded. */
async function decidedOn(deps: AppDeps, d: { id: string; decidedOn: string | null }) {
  if (!d.decidedOn) return null;
  const signed = (await repo.decisionsHolding(deps.database.db, [d.id])).find((h) => h.signedOn);
  return signed?.signedOn ?? d.decidedOn;
}

function daysOf(versionId: string | null, id: keyof typeof DEFAULT_DAYS): number {
  const limit = versionId ? limitOf(versionId as ProcedureVersionId, id) : null;
  return limit?.value ?? DEFAULT_DAYS[id];
}

/** The complaints of a dossier and whether its producer may still lodge one, for who may read its result. */
export async function complaintsOf(deps: AppDeps, grant: Grant, dossierId: string) {
  const d = await dossierForResult(deps, grant, dossierId);
  const rows = await repo.complaintsOf(deps.database.db, dossierId);
  const lodgeBy = d.decidedOn
    ? addDaysIso(d.decidedOn, daysOf(d.procedureVersionId, 'complaintLodging'))
    : null;
  const today = deps.clock.today();
  return {
    lodgeBy,
    mayLodge: d.own && !!lodgeBy && today <= lodgeBy && !rows.some((r) => r.status === 'open'),
    mayAnswer: d.officer && grant.role === 'province_officer',
    items: rows.map((r) => ({
      id: r.id,
      text: r.text,
      lodgedOn: r.lodgedOn,
      answerDueOn: r.answerDueOn,
      status: r.status,
      answer: r.answer,
      answeredOn: r.answeredOn,
      overdue: r.status === 'open' && today > r.answerDueOn,
    })),
  };
}

export async function lodgeComplaint(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  dossierId: string,
  text: string,
) {
  const d = await dossierForResult(deps, grant, dossierId);
  if (!d.own) throw new AppError('FORBIDDEN');
  const decided = await decidedOn(deps, d);
  if (!decided) throw new AppError('COMPLAINT_NOT_OPEN');
  const today = deps.clock.today();
  const lodgeBy = addDaysIso(decided, daysOf(d.procedureVersionId, 'complaintLodging'));
  if (today > lodgeBy) throw new AppError('COMPLAINT_PERIOD_OVER', { dueOn: lodgeBy });
  const open = (await repo.complaintsOf(deps.database.db, dossierId)).some((r) => r.status === 'open');
  if (open) throw new AppError('COMPLAINT_NOT_OPEN');
  const answerDueOn = addDaysIso(today, daysOf(d.procedureVersionId, 'complaintAnswer'));
  await deps.database.db.transaction(async (tx) => {
    const id = await repo.insertComplaint(tx, {
      dossierId,
      text,
      lodgedOn: today,
      answerDueOn,
      lodgedBy: actor.userId,
    });
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'complaint.lodged',
      objectType: 'dossier',
      objectId: dossierId,
      after: { dossierId, complaintId: id, lodgedOn: today, answerDueOn },
    });
  });
  return complaintsOf(deps, grant, dossierId);
}

export async function answerComplaint(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  dossierId: string,
  complaintId: string,
  answer: string,
) {
  const d = await dossierForResult(deps, grant, dossierId);
  if (!d.officer || grant.role !== 'province_officer') throw new AppError('FORBIDDEN');
  const today = deps.clock.today();
  await deps.database.db.transaction(async (tx) => {
    const row = await repo.lockComplaint(tx, complaintId);
    if (!row || row.dossierId !== dossierId) throw new AppError('NOT_FOUND');
    if (
      !(await repo.answerComplaint(tx, complaintId, { answer, answeredOn: today, answeredBy: actor.userId }))
    )
      throw new AppError('COMPLAINT_NOT_OPEN');
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'complaint.answered',
      objectType: 'dossier',
      objectId: dossierId,
      before: { dossierId, complaintId, status: 'open' },
      after: { dossierId, complaintId, status: 'answered', answeredOn: today },
    });
  });
  return complaintsOf(deps, grant, dossierId);
}
