// Who is told of a dossier's move, and in what words: the roles the transition table
// names (effects.notify) become the audiences of this dossier — its producer, the
// officers of its commune and province, the central officers — each told once per
// move (the outbox job's id makes it once). A decision is told in the law's words,
// with the decision's number and the product's public address.
import { dossierWorkflow, type DossierEvent } from '../../../domain/dossiers/dossier.workflow.ts';
import * as texts from '../../../domain/notices/notice-texts.ts';
import type { Role } from '../../../shared/roles.ts';
import type { AppDeps } from '../../core/deps.ts';
import { certificateFacts, recognitionOf } from '../certificates/certificates.service.ts';
import {
  type MoveNotice,
  NATION_UNIT,
  sendNotices,
  type NoticeAudience,
  type NoticeDraft,
} from '../notices/notices.service.ts';
import { publicUrlOf } from '../registry/public-address.service.ts';
import { productNoticeFacts } from '../registry/registry.service.ts';
import * as repo from './dossiers.repository.ts';

function audiences(
  roles: Role[],
  p: { producerId: string; communeId: string | null; provinceId: string | null },
): NoticeAudience[] {
  const out: NoticeAudience[] = [];
  for (const role of roles) {
    if (role === 'producer') out.push({ kind: 'producer', producerId: p.producerId });
    else if (role === 'commune_officer' && p.communeId) out.push({ kind: 'unit', unitId: p.communeId, role });
    else if (role === 'province_officer' && p.provinceId)
      out.push({ kind: 'unit', unitId: p.provinceId, role });
    else if (role === 'central_officer') out.push({ kind: 'unit', unitId: NATION_UNIT, role });
  }
  return out;
}

/** Writes the notices of one dossier move (the job of the workflow's notify effect). */
export async function dossierMoveNotices(deps: AppDeps, move: MoveNotice): Promise<number> {
  const { db } = deps.database;
  const row = await repo.findDossier(db, move.id);
  if (!row) return 0;
  const product = await productNoticeFacts(db, row.productId);
  if (!product) return 0;
  const publicUrl = publicUrlOf(deps, product.publicId);
  const link = `${deps.env.PUBLIC_URL}/app/ho-so/${row.id}`;
  const event = move.event as DossierEvent;
  let words: texts.NoticeText;
  let kind: NoticeDraft['kind'] = 'dossierMoved';
  if (event === 'recognise' || event === 'notRecognise') {
    const cert = event === 'recognise' ? await recognitionOf(db, row.productId, deps.clock.today()) : null;
    const facts = cert ? ((await certificateFacts(db, [cert.id])).get(cert.id) ?? null) : null;
    words = texts.decisionMade({
      productName: product.name,
      publicUrl,
      decisionNumber: facts?.decisionNumber ?? null,
      decisionDate: facts?.decisionDate ?? null,
      stars: cert?.stars ?? null,
      recognised: event === 'recognise',
    });
    kind = 'decisionMade';
  } else {
    words = texts.dossierMoved({
      productName: product.name,
      stage: dossierWorkflow.labels[move.to as keyof typeof dossierWorkflow.labels]?.vi ?? move.to,
      event: dossierWorkflow.labels[event]?.vi ?? event,
      link,
    });
  }
  const drafts: NoticeDraft[] = audiences(move.roles, product).map((audience) => ({
    kind,
    audience,
    ...words,
    link: audience.kind === 'producer' && kind === 'decisionMade' ? publicUrl : link,
    object: { type: 'dossier', id: row.id },
    cause: `dossier:${row.id}:${event}:${move.outboxId ?? move.to}`,
  }));
  return db.transaction((tx) => sendNotices(tx, deps, drafts));
}
