// What a re-evaluation dossier's moves do to the certificate it renews (QĐ 26/2026
// Art. 7, 12): filed (submitted) only in the window of 180 to 120 days before
// expiry, after which the certificate stays valid until the decision (at most 180 days
// past its last day), decided by written opinion within the version's 45 days;
// withdrawn, the certificate is back to its own dates; not recognised, it lapses.
// The clock of the 45 days is the domain's (re-evaluation-clock.ts).
import { reEvaluationDue } from '../../../domain/dossiers/re-evaluation-clock.ts';
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
