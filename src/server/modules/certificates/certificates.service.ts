// Certificates of recognition (Giấy chứng nhận sản phẩm OCOP): the list of a product
// with the state each is in today, the recognition a product code depends on, and
// the one set-based way to issue certificates in bulk (imports of past decisions
// now; council decisions later). Issuing moves the products' stars with them.
import type { Grant } from '../../../domain/access/policy.ts';
import { certificateTimeState } from '../../../domain/certificates/certificate-state.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { getProductFacts } from '../registry/registry.service.ts';
import * as repo from './certificates.repository.ts';

export type { HistoricalCertificate } from './certificates.repository.ts';

/** Certificates of a product the caller may see, newest first, each with its time state today. */
export async function certificatesOf(
  deps: AppDeps,
  grant: Grant,
  productId: string,
  today = deps.clock.today(),
) {
  await getProductFacts(deps.database.db, grant, productId);
  const rows = await repo.listOfProduct(deps.database.db, productId);
  return rows.map((c) => ({
    ...c,
    state: certificateTimeState({ status: c.status, validUntil: c.validUntil }, today),
  }));
}

/** The newest certificate of the product in force on `today`: the recognition a product code waits for. */
export function recognitionOf(db: Executor, productId: string, today: string) {
  return repo.findInForce(db, productId, today);
}

/**
 * Issues certificates of past decisions in one statement (a product keeps one
 * certificate per decision number; issuing the same again changes nothing) and sets
 * the stars of the products concerned from their certificates in force on `today`.
 */
export async function issueHistoricalCertificates(
  tx: Tx,
  rows: repo.HistoricalCertificate[],
  today: string,
): Promise<number> {
  const ids = await repo.insertHistorical(tx, rows);
  await repo.refreshStars(tx, [...new Set(rows.map((r) => r.productId))], today);
  return ids.length;
}
