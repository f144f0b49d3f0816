// What a re-evaluation dossier's moves do to the certificate it renews (QĐ 26/2026
// Art. 7, 12): filed (submitted) only in the window of 180 to 120 days before
// expiry, after which the certificate stays valid until the decision (at most 180 days
// past its last day), decided by written opinion within the version's 45 days;
// withdrawn, the certificate is back to its own dates; not recognised, it lapses.
import { daysBetweenIso } from '../../../domain/calendar/dates.ts';
import { limitOf } from '../../../domain/regimes/procedure-rules.ts';
import type { ProcedureVersionId } from '../../../domain/regimes/procedure-versions.ts';
import type { DossierEvent } from '../../../domain/dossiers/dossier.workflow.ts';
import type { WorkingCalendar } from '../../../domain/calendar/working-days.ts';
import type { AuditActor } from '../../core/actor.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Tx } from '../../db/client.ts';
import {
  recordRenewalFiled,
  recordRenewalRefused,
  recordRenewalWithdrawn,
} from '../certificates/lifecycle.service.ts';

/** The day a re-evaluation filed on `filedOn` is to be decided by; null when the version sets no limit. */
export function reEvaluationDue(versionId: string | null, filedOn: string, calendar: WorkingCalendar) {
  const limit = versionId ? limitOf(versionId as ProcedureVersionId, 'reEvaluationDecision') : null;
  if (!limit || limit.unit === 'months') return null;
  return calendar.add(filedOn, limit.value, limit.unit);
}

const DECIDED = new Set(['recognised', 'notRecognised', 'withdrawn']);

/**
 * Where a filed re-evaluation stands against its decision day (45 days, counted in the
 * version's unit): the day, the instrument it comes from, and the days left or late
 * while it waits. Null for other dossiers and before filing.
 */
export function reEvaluationDeadline(
  row: { kind: string; filedOn: string | null; procedureVersionId: string | null; status: string },
  today: string,
  calendar: WorkingCalendar,
) {
  if (row.kind !== 'reEvaluation' || !row.filedOn) return null;
  const due = reEvaluationDue(row.procedureVersionId, row.filedOn, calendar);
  if (!due) return null;
  const limit = limitOf(row.procedureVersionId as ProcedureVersionId, 'reEvaluationDecision');
  const waiting = !DECIDED.has(row.status);
  return {
    due,
    basis: limit ? `${limit.basis.instrument}${limit.basis.article ? `, ${limit.basis.article}` : ''}` : '',
    daysLeft: waiting && today <= due ? daysBetweenIso(today, due) : null,
    daysLate: waiting && today > due ? daysBetweenIso(due, today) : null,
  };
}

/** Records a re-evaluation's move on the certificate it renews, in the move's transaction. */
export async function renewalEffects(
  tx: Tx,
  deps: AppDeps,
  actor: AuditActor,
  row: {
    id: string;
    productId: string;
    kind: string;
    filedOn: string | null;
    procedureVersionId: string | null;
  },
  event: DossierEvent,
  today: string,
  calendar: () => Promise<WorkingCalendar>,
) {
  if (row.kind !== 'reEvaluation') return;
  const ids = { productId: row.productId, dossierId: row.id };
  if (event === 'submit' && !row.filedOn)
    await recordRenewalFiled(tx, deps, actor, {
      ...ids,
      filedOn: today,
      decideBy: reEvaluationDue(row.procedureVersionId, today, await calendar()),
    });
  else if (event === 'withdraw' && row.filedOn)
    await recordRenewalWithdrawn(tx, deps, actor, { ...ids, on: today });
  else if (event === 'notRecognise') await recordRenewalRefused(tx, deps, actor, { ...ids, on: today });
}
