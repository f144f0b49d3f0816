// Committing an import, in two steps the workflow records: `commit` (validated →
// committing) in a short transaction, then one transaction that writes every valid
// row and `finish`es (committing → committed). When that transaction fails, it rolls
// back whole and the import is marked `failed` with the reason; a commit cut short by
// a crash is found at start-up in `committing` and finished by the system. Nothing
// is ever half written. Cancelling drops a file that will not be committed.
import { capabilitiesFor, type Grant } from '../../../domain/access/policy.ts';
import { SYSTEM_WORKFLOW_ACTOR } from '../../../domain/workflow/kit.ts';
import { SYSTEM_ACTOR, type AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import { applyTransition, workflowActorOf } from '../workflow/workflow.service.ts';
import { issueHistoricalCertificates, recordRevocations } from '../certificates/certificates.service.ts';
import { openDossiers, recordImportedDossier } from '../dossiers/dossiers.service.ts';
import { procedureVersionOn } from '../../../domain/regimes/procedure-versions.ts';
import { registerProducersInBulk, registerProductsInBulk } from '../registry/bulk-register.service.ts';
import * as commit from './import-commit.repository.ts';
import { importAggregate, importContext } from './import-aggregate.ts';
import { reportProgress } from './import-progress.ts';
import * as repo from './imports.repository.ts';
import { getImport } from './imports.service.ts';

function assertMayImport(grant: Grant) {
  if (!capabilitiesFor(grant).includes('importRegistry')) throw new AppError('FORBIDDEN');
}

export async function commitImport(deps: AppDeps, grant: Grant, actor: AuditActor, id: string) {
  assertMayImport(grant);
  const context = importContext(workflowActorOf(grant), actor);
  await deps.database.db.transaction((tx) =>
    applyTransition(tx, deps.auditSecret, importAggregate, id, 'commit', actor, { context }),
  );
  await finishCommit(deps, id, actor, context);
  return getImport(deps, grant, actor, id);
}

/** The writes of a commit and its `finish`, in one transaction; on failure the import becomes `failed`. */
async function finishCommit(
  deps: AppDeps,
  id: string,
  actor: AuditActor,
  context: ReturnType<typeof importContext>,
) {
  try {
    await deps.database.db.transaction(async (tx) => {
      const imp = await repo.lockImport(tx, id);
      if (imp?.status !== 'committing') return; // finished meanwhile by another process
      reportProgress(id, 'committing', 0, 3);
      // new producers, then (linked to them by natural keys) new products, then past certificates
      const producers = await registerProducersInBulk(tx, await commit.newProducers(tx, id));
      await repo.matchExisting(tx, id);
      const products =
        imp.kind === 'products' ? await registerProductsInBulk(tx, await commit.newProducts(tx, id)) : 0;
      await repo.matchExisting(tx, id);
      reportProgress(id, 'committing', 2, 3);
      const certificates =
        imp.kind === 'products'
          ? await issueHistoricalCertificates(tx, await commit.pastCertificates(tx, id))
          : 0;
      const revocations =
        imp.kind === 'products' ? await recordRevocations(tx, await commit.revocations(tx, id)) : 0;
      // council results and proposals to the centre: a dossier at its stage, unless the product has one open
      let dossiers = 0;
      if (imp.kind === 'products') {
        const rows = await commit.awaitingDecisions(tx, id);
        const open = await openDossiers(
          tx,
          rows.map((r) => r.productId),
        );
        for (const r of rows) {
          if (open.has(r.productId)) continue;
          await recordImportedDossier(tx, deps.auditSecret, actor, context(imp).actor, {
            productId: r.productId,
            producerId: r.producerId,
            kind: r.evaluation ?? 'first',
            stage: r.stage,
            procedureVersionId: r.councilDate ? procedureVersionOn(r.councilDate) : null,
            year: r.year,
            roundLabel: null,
            proposedStars: r.proposedStars,
            score: r.score,
            councilDate: r.councilDate,
            importId: id,
            sourceRow: r.rowNo,
          });
          dossiers++;
        }
      }
      const rows = await commit.markCommitted(tx, id);
      const counts = {
        ...(imp.counts as object),
        created: { rows, producers, products, certificates, revocations, dossiers },
      };
      await repo.updateImport(tx, id, { counts, committedAt: new Date(), error: null });
      await applyTransition(tx, deps.auditSecret, importAggregate, id, 'finish', actor, {
        context,
        audit: () => ({
          after: counts,
          summary: `${imp.fileName}: ${producers} producers, ${products} products, ${certificates} certificates created`,
        }),
      });
    });
    reportProgress(id, 'done', 3, 3);
  } catch (err) {
    const reason = err instanceof AppError ? err.code : 'INTERNAL';
    deps.log.error('import commit failed', { importId: id, error: (err as Error).message });
    await deps.database.db.transaction(async (tx) => {
      await repo.updateImport(tx, id, { error: reason });
      await applyTransition(tx, deps.auditSecret, importAggregate, id, 'fail', actor, { context, reason });
    });
    reportProgress(id, 'done', 0, 3);
    throw new AppError('IMPORT_COMMIT_FAILED');
  }
}

/** At start-up: finish every commit a crash left in `committing` (as the system; each is one transaction). */
export async function recoverInterruptedCommits(deps: AppDeps): Promise<number> {
  const ids = await deps.database.db.transaction((tx) => repo.findInterruptedCommits(tx));
  for (const id of ids) {
    deps.log.warn('finishing an import commit interrupted by a stop', { importId: id });
    await finishCommit(deps, id, SYSTEM_ACTOR, importContext(SYSTEM_WORKFLOW_ACTOR, SYSTEM_ACTOR)).catch(
      () => undefined,
    );
  }
  return ids.length;
}

export async function cancelImport(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  reason?: string,
) {
  assertMayImport(grant);
  await deps.database.db.transaction((tx) =>
    applyTransition(tx, deps.auditSecret, importAggregate, id, 'cancel', actor, {
      context: importContext(workflowActorOf(grant), actor),
      reason,
    }),
  );
  return getImport(deps, grant, actor, id);
}
