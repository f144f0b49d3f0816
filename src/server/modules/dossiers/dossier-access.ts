// A dossier as its services read it: the row with who may see it and the facts its
// guards need (404 outside one's scope), Mẫu 02 as stored, and the content the
// completeness rule reads (its producer's papers, its self-assessment).
import type { Grant } from '../../../domain/access/policy.ts';
import { coversPlace } from '../../../domain/access/policy.ts';
import type {
  BusinessYear,
  DossierContent,
  Form01,
  Form02General,
  Form02Plan,
  SampleHandover,
} from '../../../domain/dossiers/dossier-content.ts';
import type { DossierContext } from '../../../domain/dossiers/dossier.workflow.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor } from '../../db/client.ts';
import { producerDetails } from '../registry/producer-write.service.ts';
import { getProductFacts } from '../registry/registry.service.ts';
import { sheetFacts, sheetsOfYear } from '../self-assessment/self-assessment.service.ts';
import { workflowActorOf } from '../workflow/workflow.service.ts';
import * as repo from './dossiers.repository.ts';

export interface Form02 {
  general: Form02General | null;
  business: BusinessYear[];
  plan: Form02Plan | null;
}

export const form02Of = (row: repo.DossierRow): Form02 =>
  (row.form02 as Form02 | null) ?? { general: null, business: [], plan: null };

/** The dossier, its product, whether the caller may edit the product, and the guards' facts; 404 outside one's scope. */
export async function dossierFor(db: Executor, grant: Grant, id: string) {
  const row = await repo.findDossier(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const { product, actions } = await getProductFacts(db, grant, row.productId);
  const place = { provinceId: product.scopeProvinceId, communeId: product.scopeCommuneId };
  const ctx: DossierContext = {
    actor: workflowActorOf(grant),
    coversPlace: grant.role !== 'producer' && coversPlace(grant, place),
    ownDossier: grant.role === 'producer' && grant.producerId === row.producerId,
    importedAt: null,
    // a council mean of 90 or more is proposed to the centre (QĐ 26/2026 Art. 7)
    scoreFor5: row.score !== null && Number(row.score) >= 90,
  };
  return { row, product, canEdit: actions.includes('edit'), ctx };
}

/** The content the completeness rule reads, from the dossier, its producer's papers and its sheet. */
export async function contentOf(
  deps: AppDeps,
  grant: Grant,
  row: repo.DossierRow,
  productSetNo: number | null,
) {
  const producer = await producerDetails(deps, grant, row.producerId);
  const sheet = await sheetOf(deps, row);
  const f2 = form02Of(row);
  const content: DossierContent = {
    productSetNo,
    legalType: producer.legalType,
    form01: row.form01 as Form01 | null,
    general: f2.general,
    business: f2.business,
    plan: f2.plan,
    selfAssessment: sheet ? { id: sheet.id, status: sheet.status } : null,
    samples: row.samples as SampleHandover | null,
    papers: producer.documents.map((d) => ({ kind: d.kind, number: d.number, validUntil: d.validUntil })),
  };
  return { content, sheet, producer };
}

/** Part III: the sheet the dossier names, else the product's sheet of the dossier's year. */
async function sheetOf(deps: AppDeps, row: repo.DossierRow) {
  if (row.selfAssessmentId) return sheetFacts(deps, row.selfAssessmentId);
  if (!row.year) return null;
  const s = (await sheetsOfYear(deps, [row.productId], row.year)).get(row.productId);
  return s ? sheetFacts(deps, s.id) : null;
}
