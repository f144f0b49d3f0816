// SQL of evaluation dossiers (owned by the dossiers module): the workflow's store
// (lock, status move), new drafts, and the open dossier of products for their lists
// and exports. Names for the audit trail come from the products (a documented read).
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { DossierStage } from '../../../domain/dossiers/dossier.workflow.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { dossiers } from '../../db/schema/index.ts';

export type DossierInsert = typeof dossiers.$inferInsert;

const CLOSED: DossierStage[] = ['recognised', 'notRecognised', 'withdrawn'];

export async function lockDossier(tx: Tx, id: string) {
  const [row] = await tx
    .select({
      id: dossiers.id,
      status: dossiers.status,
      productId: dossiers.productId,
      producerId: dossiers.producerId,
    })
    .from(dossiers)
    .where(eq(dossiers.id, id))
    .for('update');
  return row ?? null;
}

export async function setDossierStatus(
  tx: Tx,
  id: string,
  from: DossierStage,
  to: DossierStage,
): Promise<boolean> {
  const moved = await tx
    .update(dossiers)
    .set({ status: to, updatedAt: sql`now()` })
    .where(and(eq(dossiers.id, id), eq(dossiers.status, from)))
    .returning({ id: dossiers.id });
  return moved.length === 1;
}

export async function insertDraft(tx: Tx, values: DossierInsert): Promise<string> {
  const [row] = await tx
    .insert(dossiers)
    .values({ ...values, status: 'draft' })
    .returning({ id: dossiers.id });
  return row.id;
}

/** The open dossier of each of the products that has one. */
export function openDossiersOf(db: Executor, productIds: string[]) {
  if (!productIds.length) return Promise.resolve([]);
  return db
    .select({
      id: dossiers.id,
      productId: dossiers.productId,
      kind: dossiers.kind,
      stage: dossiers.status,
      proposedStars: dossiers.proposedStars,
      year: dossiers.year,
    })
    .from(dossiers)
    .where(and(inArray(dossiers.productId, productIds), notInArray(dossiers.status, CLOSED)));
}

export async function dossierNames(db: Executor, ids: string[]) {
  return db
    .select({ id: dossiers.id, name: sql<string>`'Hồ sơ ' || p.name` })
    .from(dossiers)
    .innerJoin(sql`products p`, sql`p.id = ${dossiers.productId}`)
    .where(inArray(dossiers.id, ids));
}
