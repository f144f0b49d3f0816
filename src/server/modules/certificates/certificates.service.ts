// Certificates of recognition (Giấy chứng nhận sản phẩm OCOP): the list of a product
// with the state each is in today, the recognition a product code depends on, and
// the one set-based way to issue certificates in bulk (imports of past decisions
// now; council decisions later). The products' copy of their current certificate,
// which the lists read, follows the certificates by the table's triggers.
import type { Grant } from '../../../domain/access/policy.ts';
import { certificateTimeState } from '../../../domain/certificates/certificate-state.ts';
import type { DOSSIER_KINDS, INCOMPLETE_FACTS } from '../../../shared/enums.ts';
import { certificateNumber } from '../../../domain/certificates/certificate-number.ts';
import { certificateValidUntil } from '../../../domain/certificates/validity.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { asciiSlug } from '../../documents/official-form.ts';
import { AppError } from '../../core/app-error.ts';
import { publicUrlOf } from '../registry/public-address.service.ts';
import { getProductFacts } from '../registry/registry.service.ts';
import { type CertificateDocument, renderCertificate } from './certificate.pdf.ts';
import * as repo from './certificates.repository.ts';
import * as lifecycleRepo from './lifecycle.repository.ts';

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
  /** the day it ended, as the daily job recorded it (expired, lapsed); null when it has not or was not recorded */
  endedOn: string | null;
}

/** What was recorded of each certificate (unknown facts null), by id: for exports of the products' current one. */
export async function certificateFacts(db: Executor, ids: string[]): Promise<Map<string, CertificateFacts>> {
  const [rows, ended] = await Promise.all([repo.factsOf(db, ids), lifecycleRepo.endedOn(db, ids)]);
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
        endedOn: ended.get(r.id) ?? null,
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

export interface DecidedItem {
  dossierId: string;
  productId: string;
  stars: number;
  kind: (typeof DOSSIER_KINDS)[number];
}

export interface SignedDecision {
  id: string;
  /** its province, or 'central' */
  issuerKey: string;
  issuerName: string;
  number: string;
  signedOn: string;
  procedureVersionId: string;
}

/**
 * Issues the certificates of a signed decision in the caller's transaction, once per
 * product: a product that already has its certificate of this decision keeps it and
 * its number (a retried job changes nothing); a new one takes the next number of the
 * issuer's year, is valid 36 months from the signing day, and supersedes the
 * product's older certificate in force. What was issued, new or found.
 */
export async function issueFromDecision(tx: Tx, decision: SignedDecision, items: DecidedItem[]) {
  const year = Number(decision.signedOn.slice(0, 4));
  const out: {
    productId: string;
    dossierId: string;
    certificateId: string;
    number: string;
    created: boolean;
  }[] = [];
  for (const item of items) {
    const found = await repo.findOfDecision(tx, decision.id, item.productId);
    if (found) {
      out.push({ ...item, certificateId: found.id, number: found.certificateNo ?? '', created: false });
      continue;
    }
    const number = certificateNumber(await repo.nextNumber(tx, decision.issuerKey, year), year);
    const id = await repo.insertIssued(tx, {
      productId: item.productId,
      stars: item.stars,
      certificateNo: number,
      decisionNo: decision.number,
      decisionDate: decision.signedOn,
      decisionYear: year,
      issuer: decision.issuerName,
      procedureVersionId: decision.procedureVersionId,
      kind: item.kind,
      validFrom: decision.signedOn,
      validUntil: certificateValidUntil(decision.signedOn),
      status: 'valid',
      decisionId: decision.id,
      dossierId: item.dossierId,
    });
    await repo.supersedeOthers(tx, item.productId, id);
    out.push({ ...item, certificateId: id, number, created: true });
  }
  return out;
}

/** Certificates issued from some decisions (their numbers and state), for the decisions' views. */
export function certificatesOfDecisions(db: Executor, decisionIds: string[]) {
  return repo.ofDecisions(db, decisionIds);
}

const MARKS: Partial<Record<string, string>> = {
  superseded: 'ĐÃ ĐƯỢC THAY THẾ',
  revoked: 'ĐÃ BỊ THU HỒI',
  lapsed: 'ĐÃ HẾT HIỆU LỰC',
};

/** A certificate printed, with the QR code of its product's permanent public address. */
export async function certificatePdf(deps: AppDeps, grant: Grant, id: string) {
  const { db } = deps.database;
  const row = await repo.findForPrint(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  await getProductFacts(db, grant, row.certificate.productId);
  const c = row.certificate;
  if (
    !c.certificateNo ||
    !c.decisionNo ||
    !c.decisionDate ||
    !c.validFrom ||
    !c.validUntil ||
    !c.stars ||
    c.stars < 3
  )
    throw new AppError('CERTIFICATE_NOT_PRINTABLE');
  const doc: CertificateDocument = {
    number: c.certificateNo,
    issuerName: c.issuer ?? '',
    decisionNumber: c.decisionNo,
    decisionDate: c.decisionDate,
    productName: row.productName,
    productCode: row.productCode,
    producerName: row.producerName,
    producerAddress: [row.producerAddress, row.communeName].filter(Boolean).join(', ') || null,
    stars: c.stars as 3 | 4 | 5,
    validFrom: c.validFrom,
    validUntil: c.validUntil,
    signerTitle: c.issuer?.startsWith('BỘ') ? 'BỘ TRƯỞNG' : 'CHỦ TỊCH',
    signerName: null,
    publicUrl: publicUrlOf(deps, row.publicId),
    mark:
      certificateTimeState(
        {
          status: c.status,
          validUntil: c.validUntil,
          decisionYear: c.decisionYear,
          renewalFiledOn: c.renewalFiledOn,
        },
        deps.clock.today(),
      ) === 'expired'
        ? 'ĐÃ HẾT HIỆU LỰC'
        : (MARKS[c.status] ?? null),
  };
  return {
    data: await renderCertificate(doc),
    fileName: `giay-chung-nhan-${asciiSlug(c.certificateNo.replaceAll('/', '-'), 'ocop')}.pdf`,
  };
}
