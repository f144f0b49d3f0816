// Certificates of recognition (Giấy chứng nhận sản phẩm OCOP): the list of a product
// with the state each is in today, the recognition a product code depends on, and
// the one set-based way to issue certificates in bulk (imports of past decisions
// now; council decisions later). The products' copy of their current certificate,
// which the lists read, follows the certificates by the table's triggers.
import type { Grant } from '../../../domain/access/policy.ts';
import { certificateTimeState } from '../../../domain/certificates/certificate-state.ts';
import type { INCOMPLETE_FACTS } from '../../../shared/enums.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { getProductFacts } from '../registry/registry.service.ts';
import * as repo from './certificates.repository.ts';

export type { HistoricalCertificate } from './certificates.repository.ts';

type IncompleteFact = (typeof INCOMPLETE_FACTS)[number];

/** The revoking decision of a certificate, kept apart from the recognition; null when it was not revoked by one. */
function revocationOf(decisionNumber: string | null, decisionDate: string | null, ground: string | null) {
  return decisionNumber || decisionDate || ground ? { decisionNumber, decisionDate, ground } : null;
}

/** Certificates of a product the caller may see, newest first, each with its time state today. */
export async function certificatesOf(
  deps: AppDeps,
  grant: Grant,
  productId: string,
  today = deps.clock.today(),
) {
  await getProductFacts(deps.database.db, grant, productId);
  const rows = await repo.listOfProduct(deps.database.db, productId);
  return rows.map(
    ({
      renewalFiledOn,
      revocationDecisionNo,
      revocationDecisionDate,
      revocationGround,
      incompleteFacts,
      ...c
    }) => ({
      ...c,
      revocation: revocationOf(revocationDecisionNo, revocationDecisionDate, revocationGround),
      incompleteFacts: incompleteFacts as IncompleteFact[],
      state: certificateTimeState(
        { status: c.status, validUntil: c.validUntil, decisionYear: c.decisionYear, renewalFiledOn },
        today,
      ),
    }),
  );
}

/** The newest certificate of the product in force on `today`: the recognition a product code waits for. */
export function recognitionOf(db: Executor, productId: string, today: string) {
  return repo.findInForce(db, productId, today);
}

/**
 * Issues certificates of past decisions in one statement (a product keeps one
 * certificate per decision number; issuing the same again changes nothing); the
 * products concerned take their new current certificate with it (triggers).
 */
export async function issueHistoricalCertificates(
  tx: Tx,
  rows: repo.HistoricalCertificate[],
): Promise<number> {
  const ids = await repo.insertHistorical(tx, rows);
  return ids.length;
}

export interface CertificateFacts {
  number: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionYear: number | null;
  issuer: string | null;
  validUntil: string | null;
  revocation: { decisionNumber: string | null; decisionDate: string | null; ground: string | null } | null;
  incompleteFacts: IncompleteFact[];
}

/** What was recorded of each certificate (unknown facts null), by id: for exports of the products' current one. */
export async function certificateFacts(db: Executor, ids: string[]): Promise<Map<string, CertificateFacts>> {
  const rows = await repo.factsOf(db, ids);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        number: r.certificateNo,
        decisionNumber: r.decisionNo,
        decisionDate: r.decisionDate,
        decisionYear: r.decisionYear,
        issuer: r.issuer,
        validUntil: r.validUntil,
        revocation: revocationOf(r.revocationDecisionNo, r.revocationDecisionDate, r.revocationGround),
        incompleteFacts: r.incompleteFacts as IncompleteFact[],
      },
    ]),
  );
}

export type { RevocationRow } from './certificates.repository.ts';

/** Revocations from a published list (imports), in the caller's transaction: how many certificates were revoked or recorded. */
export async function recordRevocations(tx: Tx, rows: repo.RevocationRow[]): Promise<number> {
  const { revoked, recorded } = await repo.applyRevocations(tx, rows);
  return revoked.length + recorded.length;
}
