// Recognition decisions. The officers of the issuing body draft one from the dossiers
// awaiting it — a province's chair recognises 3★ and 4★ from its council's results
// (and from the centre's, when the centre does not confirm 5★), the minister 5★ from
// the central council's — and print the draft; the decision counts once the signed
// copy is uploaded with its number in the official style, unique per issuing body and
// year. Signing queues the certificates job (the outbox, in the same transaction):
// the job issues each product's certificate once and moves the dossier to recognised,
// however many times it runs.
import { createHash, randomUUID } from 'node:crypto';
import type { Grant } from '../../../domain/access/policy.ts';
import {
  DECISION_SUFFIX,
  decidableAt,
  formatDecisionNumber,
  parseDecisionNumber,
} from '../../../domain/decisions/decision-number.ts';
import {
  type DecisionContext,
  type DecisionEvent,
  decisionWorkflow,
} from '../../../domain/decisions/decision.workflow.ts';
import { safeFileName } from '../../../domain/text/file-name.ts';
import { allowedEvents } from '../../../domain/workflow/kit.ts';
import type { ROUND_LEVELS } from '../../../shared/enums.ts';
import { type AuditActor, SYSTEM_ACTOR } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import { lookUpNames, uuidsAmong, type AuditNameSource } from '../../core/audit-names.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Tx } from '../../db/client.ts';
import { sniffEvidence } from '../../storage/sniff.ts';
import { findUnitIn } from '../admin-units/admin-units.service.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { certificatesOfDecisions, issueFromDecision } from '../certificates/certificates.service.ts';
import {
  dossierFacts,
  dossierForDecision,
  recognisedByDecision,
} from '../dossiers/dossier-decision.service.ts';
import { type AggregateWorkflow, applyTransition, workflowActorOf } from '../workflow/workflow.service.ts';
import * as repo from './decisions.repository.ts';

type Level = (typeof ROUND_LEVELS)[number];
export const SIGNED_FILE_LIMIT = 20 * 1024 * 1024;

const decisionAggregate: AggregateWorkflow<
  repo.DecisionRow['status'],
  DecisionEvent,
  DecisionContext,
  repo.DecisionRow
> = {
  table: decisionWorkflow,
  store: {
    lock: repo.lockDecision,
    setStatus: (tx, id, from, to) => repo.setDecisionStatus(tx, id, from, to),
  },
  auditObject: (row) => ({ objectType: 'decision', objectId: row.id }),
};

/** The level a grant issues decisions at: its province's chair, or the minister for central officers. */
function issuerOf(grant: Grant): { level: Level; provinceId: string | null } {
  if (grant.role === 'central_officer') return { level: 'central', provinceId: null };
  if (grant.role === 'province_officer' && grant.unitLevel === 'province' && grant.unitId)
    return { level: 'province', provinceId: grant.unitId };
  throw new AppError('FORBIDDEN');
}

const officerOfIssuer = (grant: Grant, d: Pick<repo.DecisionRow, 'level' | 'provinceId'>) =>
  d.level === 'central'
    ? grant.role === 'central_officer'
    : grant.role === 'province_officer' && grant.unitLevel === 'province' && grant.unitId === d.provinceId;

async function issuerName(deps: AppDeps, level: Level, provinceId: string | null) {
  if (level === 'central') return { name: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', place: 'Hà Nội' };
  const unit = provinceId ? await findUnitIn(deps.database.db, provinceId) : null;
  if (!unit) throw new AppError('NOT_FOUND');
  const kind = unit.type === 'thanh_pho' ? 'THÀNH PHỐ' : 'TỈNH';
  return { name: `ỦY BAN NHÂN DÂN ${kind} ${unit.name.toLocaleUpperCase('vi')}`, place: unit.name };
}

export interface DraftInput {
  title: string;
  dossierIds: string[];
  sessionId?: string | null;
  signerTitle: string;
}

/** Drafts a decision from dossiers awaiting it at the issuer's level; each is checked and named when refused. */
export async function draftDecision(deps: AppDeps, grant: Grant, actor: AuditActor, input: DraftInput) {
  const { db } = deps.database;
  const { level, provinceId } = issuerOf(grant);
  const problems: string[] = [];
  const items: { dossierId: string; productId: string; stars: number; score: string | null }[] = [];
  for (const id of [...new Set(input.dossierIds)]) {
    const d = await dossierForDecision(deps, grant, id);
    const stars = d.proposedStars ?? 0;
    const ok = decidableAt(level, d.stage, stars) && (level === 'central' || d.provinceId === provinceId);
    if (!ok) problems.push(`${id}: ${d.stage}, ${stars} sao`);
    else items.push({ dossierId: d.id, productId: d.productId, stars, score: d.score });
  }
  const held = await repo.decisionsHolding(
    db,
    items.map((i) => i.dossierId),
  );
  for (const h of held) problems.push(`${h.dossierId}: ${h.number ?? 'dự thảo khác'}`);
  if (problems.length)
    throw new AppError('DECISION_ITEMS_INVALID', { detail: problems.join('; ') }, { problems });
  const issuer = await issuerName(deps, level, provinceId);
  const id = await db.transaction(async (tx) => {
    const id = await repo.insertDecision(tx, {
      level,
      provinceId,
      issuerKey: provinceId ?? 'central',
      issuerName: issuer.name,
      suffix: DECISION_SUFFIX[level],
      title: input.title,
      sessionId: input.sessionId ?? null,
      signerTitle: input.signerTitle,
      createdBy: actor.userId,
    });
    await repo.insertItems(
      tx,
      items.map((i) => ({ ...i, decisionId: id })),
    );
    await appendDecisionAudit(tx, deps, actor, 'decision.drafted', id, {
      title: input.title,
      dossiers: items.map((i) => i.dossierId),
    });
    return id;
  });
  return getDecision(deps, grant, id);
}

async function appendDecisionAudit(
  tx: Tx,
  deps: AppDeps,
  actor: AuditActor,
  action: 'decision.drafted',
  id: string,
  after: Record<string, string | string[]>,
) {
  await appendAudit(tx, deps.auditSecret, actor, {
    action,
    objectType: 'decision',
    objectId: id,
    after: { decisionId: id, ...after },
  });
}

async function decisionFor(deps: AppDeps, grant: Grant, id: string) {
  const row = await repo.findDecision(deps.database.db, id);
  if (!row || !officerOfIssuer(grant, row)) throw new AppError('NOT_FOUND');
  return row;
}

export async function getDecision(deps: AppDeps, grant: Grant, id: string) {
  const { db } = deps.database;
  const row = await decisionFor(deps, grant, id);
  const items = await repo.itemsOf(db, id);
  const issued = new Map((await certificatesOfDecisions(db, [id])).map((c) => [c.productId, c]));
  const ctx: DecisionContext = { actor: workflowActorOf(grant), officerOfIssuer: true, signedCopy: true };
  return {
    id: row.id,
    level: row.level,
    issuerName: row.issuerName,
    suffix: row.suffix,
    title: row.title,
    status: row.status,
    number: row.number,
    signedOn: row.signedOn,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    publishedOn: row.publishedOn,
    sessionId: row.sessionId,
    signedFile: row.storageKey
      ? {
          fileName: row.fileName ?? '',
          bytes: row.bytes ?? 0,
          sha256: row.sha256 ?? '',
          url: `/api/decisions/${id}/signed`,
        }
      : null,
    items: items.map((i) => ({
      ...i,
      certificate: issued.get(i.productId)
        ? {
            id: issued.get(i.productId)!.id,
            number: issued.get(i.productId)!.certificateNo,
            validUntil: issued.get(i.productId)!.validUntil,
          }
        : null,
    })),
    actions: ['view', 'print', ...allowedEvents(decisionWorkflow, row.status, ctx)],
  };
}

export async function listDecisions(deps: AppDeps, grant: Grant) {
  const { provinceId } = issuerOf(grant);
  const rows = await repo.listDecisions(deps.database.db, [provinceId ?? 'central']);
  return rows.map((r) => ({
    id: r.decision.id,
    title: r.decision.title,
    status: r.decision.status,
    number: r.decision.number,
    signedOn: r.decision.signedOn,
    items: r.items,
    createdAt: r.decision.createdAt.toISOString(),
  }));
}

export interface SignInput {
  number: string;
  signedOn: string;
  signerName: string;
  file: { name: string; bytes: Uint8Array };
}

/** The signed decision uploaded with its number and date: the decision counts, and its certificates are queued. */
export async function signDecision(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  input: SignInput,
) {
  const { db } = deps.database;
  const row = await decisionFor(deps, grant, id);
  const parsed = parseDecisionNumber(input.number);
  if (!parsed || parsed.suffix !== row.suffix)
    throw new AppError('DECISION_NUMBER_INVALID', { suffix: row.suffix });
  if (input.signedOn > deps.clock.today())
    throw new AppError('VALIDATION_FAILED', {}, { field: 'signedOn', reason: 'FUTURE' });
  const year = Number(input.signedOn.slice(0, 4));
  const number = formatDecisionNumber(parsed);
  const taken = () => new AppError('DECISION_NUMBER_TAKEN', { number, year });
  if (
    await repo.numberTaken(db, {
      issuerKey: row.issuerKey,
      suffix: row.suffix,
      year,
      seq: parsed.seq,
      except: id,
    })
  )
    throw taken();
  if (input.file.bytes.byteLength > SIGNED_FILE_LIMIT)
    throw new AppError('FILE_TOO_LARGE', { limit: '20 MB' });
  const type = sniffEvidence(input.file.bytes, input.file.name);
  if (type?.mime !== 'application/pdf') throw new AppError('EVIDENCE_TYPE');
  const key = `decisions/${id}/${randomUUID()}.pdf`;
  await deps.storage.put(key, input.file.bytes);
  const sha256 = createHash('sha256').update(input.file.bytes).digest('hex');
  try {
    await db.transaction(async (tx) => {
      await repo.updateDecision(tx, id, {
        seq: parsed.seq,
        number,
        year,
        signedOn: input.signedOn,
        signerName: input.signerName,
        storageKey: key,
        fileName: safeFileName(input.file.name, 'quyet-dinh'),
        bytes: input.file.bytes.byteLength,
        sha256,
      });
      await applyTransition(tx, deps.auditSecret, decisionAggregate, id, 'sign', actor, {
        context: () => ({ actor: workflowActorOf(grant), officerOfIssuer: true, signedCopy: true }),
        audit: () => ({ after: { number, signedOn: input.signedOn, signerName: input.signerName, sha256 } }),
      });
    });
  } catch (err) {
    await deps.storage.remove(key);
    if (
      /decisions_number/.test(`${(err as Error).message} ${(err as { cause?: Error }).cause?.message ?? ''}`)
    )
      throw taken();
    throw err;
  }
  return getDecision(deps, grant, id);
}

/** Publishes the results of a signed decision. */
export async function publishDecision(deps: AppDeps, grant: Grant, actor: AuditActor, id: string) {
  await decisionFor(deps, grant, id);
  await deps.database.db.transaction(async (tx) => {
    await applyTransition(tx, deps.auditSecret, decisionAggregate, id, 'publish', actor, {
      context: () => ({ actor: workflowActorOf(grant), officerOfIssuer: true, signedCopy: true }),
      audit: () => ({ after: { publishedOn: deps.clock.today() } }),
    });
    await repo.updateDecision(tx, id, { publishedOn: deps.clock.today() });
  });
  return getDecision(deps, grant, id);
}

/** The signed copy, for the issuer's officers. */
export async function signedCopy(deps: AppDeps, grant: Grant, id: string) {
  const row = await decisionFor(deps, grant, id);
  if (!row.storageKey) throw new AppError('NOT_FOUND');
  const data = await deps.storage.get(row.storageKey);
  if (!data) throw new AppError('NOT_FOUND');
  return { data, mime: 'application/pdf', fileName: row.fileName ?? 'quyet-dinh.pdf' };
}

/**
 * The certificates of a signed decision, in the caller's transaction: each product's
 * issued once (a second run finds them), each dossier recognised once. Nothing for a
 * decision that is not signed: a certificate needs a signed decision.
 */
export async function issueCertificatesIn(tx: Tx, deps: AppDeps, decisionId: string) {
  const row = await repo.lockDecision(tx, decisionId);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status === 'draft' || !row.number || !row.signedOn) throw new AppError('DECISION_NOT_SIGNED');
  const items = await repo.itemsOf(tx, decisionId);
  const facts = await Promise.all(items.map((i) => dossierFacts(tx, i.dossierId)));
  const issued = await issueFromDecision(
    tx,
    {
      id: row.id,
      issuerKey: row.issuerKey,
      issuerName: row.issuerName,
      number: row.number,
      signedOn: row.signedOn,
      procedureVersionId: facts[0]?.procedureVersionId ?? 'r26_2026',
    },
    items.map((i, n) => ({
      dossierId: i.dossierId,
      productId: i.productId,
      stars: i.stars,
      kind: facts[n].kind,
    })),
  );
  for (const i of items)
    await recognisedByDecision(tx, deps, SYSTEM_ACTOR, i.dossierId, { number: row.number, stars: i.stars });
  return issued;
}

/** The certificates job (at least once): one transaction, so a crash issues nothing and the retry issues once. */
export function issueCertificates(deps: AppDeps, decisionId: string) {
  return deps.database.db.transaction((tx) => issueCertificatesIn(tx, deps, decisionId));
}

/** How the audit trail names decisions (core/audit-names.ts). */
export const DECISIONS_AUDIT_NAMES: AuditNameSource[] = [
  { type: 'decision', namesOf: (db, ids) => lookUpNames(uuidsAmong(ids), (u) => repo.decisionNames(db, u)) },
];
