// The dossier as the workflow kit moves it: its transition table, the store that
// locks its row and moves its status, and where its audit rows are filed.
import {
  dossierWorkflow,
  type DossierContext,
  type DossierEvent,
  type DossierStage,
} from '../../../domain/dossiers/dossier.workflow.ts';
import type { AggregateWorkflow } from '../workflow/workflow.service.ts';
import * as repo from './dossiers.repository.ts';

type LockedDossier = NonNullable<Awaited<ReturnType<typeof repo.lockDossier>>>;

export const dossierAggregate: AggregateWorkflow<DossierStage, DossierEvent, DossierContext, LockedDossier> =
  {
    table: dossierWorkflow,
    store: {
      lock: repo.lockDossier,
      setStatus: (tx, id, from, to) => repo.setDossierStatus(tx, id, from, to),
    },
    auditObject: (row) => ({ objectType: 'dossier', objectId: row.id }),
  };
