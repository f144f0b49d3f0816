// The demo world's dossiers, built the way people build them: each province opens the
// year's rounds; the producer keeps its papers, finalises this year's self-assessment,
// opens the dossier, fills Mẫu 01 and Mẫu 02, hands over the samples and submits; the
// commune returns it with reasons or checks it on Mẫu 03; the province accepts it into
// the current round and sends it to the advisory group, which records its site visit,
// and puts the council's ones to the council (demo-councils.ts scores them).
// Every move goes through the services, so the timeline and the audit trail are real.
// A product that already has a dossier is left alone: running it again adds nothing.
import { and, eq } from 'drizzle-orm';
import type { Grant } from '../../domain/access/policy.ts';
import { roundForProposal } from '../../domain/dossiers/dossier-clock.ts';
import { procedureVersionOn } from '../../domain/regimes/procedure-versions.ts';
import { optionRank, scorableCriteria, type Answers } from '../../domain/scoring/score.ts';
import type { AuditActor } from '../core/actor.ts';
import type { AppDeps } from '../core/deps.ts';
import type { Executor } from '../db/client.ts';
import { dossiers, producers, products } from '../db/schema/index.ts';
import { findUserByEmail, loadGrants } from '../modules/auth/auth.repository.ts';
import { recognitionOf } from '../modules/certificates/certificates.service.ts';
import { addReview } from '../modules/dossiers/dossier-review.service.ts';
import { actOnDossier, createDossier, saveDossier } from '../modules/dossiers/dossier-filing.service.ts';
import { getDossier } from '../modules/dossiers/dossier-view.service.ts';
import { listRounds, openRounds } from '../modules/dossiers/rounds.service.ts';
import { updateProducer } from '../modules/registry/producer-write.service.ts';
import {
  assessmentWithSet,
  changeStatus,
  createAssessment,
  saveAssessment,
  sheetsOfYear,
} from '../modules/self-assessment/self-assessment.service.ts';
import {
  COUNCIL_STAGES,
  DEMO_CHAIR,
  DEMO_DOSSIERS,
  DEMO_PAPERS,
  type DemoDossier,
} from './demo-dossier-data.ts';

export interface Person {
  grant: Grant;
  actor: AuditActor;
}
interface Product {
  id: string;
  producerId: string;
  communeId: string;
  provinceId: string;
}

export async function seedDemoDossiers(deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const opened = new Set<string>();
  for (const d of DEMO_DOSSIERS) {
    const product = await findProduct(db, d);
    if (!product || (await hasDossier(db, product.id))) continue;
    const province = await personOf(db, d.provinceLogin, (g) => g.unitId === product.provinceId);
    if (!opened.has(product.provinceId)) await openCurrentRounds(deps, province);
    opened.add(product.provinceId);
    const producer = await personOf(db, d.producerLogin, (g) => g.producerId === product.producerId);
    const commune = await personOf(db, d.communeLogin, (g) => g.unitId === product.communeId);
    const id = await fileDossier(deps, d, product, producer);
    await takeToStage(deps, d, id, { commune, province });
  }
}

/** Any dossier, decided ones too: a recognised demo product is not filed again. */
async function hasDossier(db: Executor, productId: string): Promise<boolean> {
  const rows = await db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(eq(dossiers.productId, productId))
    .limit(1);
  return rows.length > 0;
}

async function findProduct(db: Executor, d: DemoDossier): Promise<Product | null> {
  const [row] = await db
    .select({
      id: products.id,
      producerId: products.producerId,
      communeId: products.scopeCommuneId,
      provinceId: products.scopeProvinceId,
    })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(
      and(
        d.producerTaxCode
          ? eq(producers.taxCode, d.producerTaxCode)
          : eq(producers.name, d.producerName ?? ''),
        eq(products.name, d.product),
      ),
    );
  return row?.communeId && row.provinceId
    ? { ...row, communeId: row.communeId, provinceId: row.provinceId }
    : null;
}

/** A demo account acting through its grant that matches (the commune of a multi-commune officer). */
export async function personOf(db: Executor, email: string, matches: (g: Grant) => boolean): Promise<Person> {
  const user = await findUserByEmail(db, email);
  const grant = user && (await loadGrants(db, user.id)).find(matches);
  if (!grant) throw new Error(`demo seed: ${email} holds no grant for this dossier`);
  return { grant, actor: { userId: user.id, label: user.email, ip: null, requestId: null } };
}

/** The province opens the regular rounds of the year the current round belongs to. */
async function openCurrentRounds(deps: AppDeps, province: Person) {
  const today = deps.clock.today();
  const current = roundForProposal(procedureVersionOn(today), 'province', today);
  if (!current) return;
  const rounds = await listRounds(deps, province.grant, current.year);
  if (rounds.some((r) => r.provinceId === province.grant.unitId && r.no === current.no)) return;
  await openRounds(deps, province.grant, province.actor, {
    provinceId: province.grant.unitId,
    year: current.year,
    kind: 'regular',
  });
}

/** The producer's side: papers, the year's sheet, the dossier with its forms and samples, submitted. */
async function fileDossier(deps: AppDeps, d: DemoDossier, product: Product, p: Person) {
  const today = deps.clock.today();
  const year = Number(today.slice(0, 4));
  await keepPapers(deps, p, product.producerId, d.producerTaxCode ?? d.producerName ?? '', year);
  await finalSheet(deps, p, product.id, year, d.sheetLevel);
  const inForce = await recognitionOf(deps.database.db, product.id, today);
  const { id } = await createDossier(deps, p.grant, p.actor, {
    productId: product.id,
    kind: kindFor(inForce?.stars),
  });
  const draft = await getDossier(deps, p.grant, id);
  await saveDossier(deps, p.grant, p.actor, id, {
    version: draft.version,
    form01: {
      representative: draft.form01?.representative ?? '',
      title: d.title,
      phone: d.phone,
      email: draft.form01?.email ?? null,
      commitment: true,
    },
    general: d.general,
    business: d.business.map((b, i) => ({ year: year - 2 + i, ...b })),
    plan: d.plan,
    samples: { count: 5, handedOverOn: today, receivedBy: `Bộ phận một cửa UBND ${draft.communeName}` },
  });
  await actOnDossier(deps, p.grant, p.actor, id, { event: 'submit' });
  return id;
}

/**
 * The kind of dossier the producer files on the seeding day: a first one without a
 * certificate in force, else the next star, or a re-evaluation for five stars.
 */
function kindFor(starsInForce: number | null | undefined) {
  if (starsInForce === undefined) return 'first';
  return starsInForce !== null && starsInForce < 5 ? 'upgrade' : 'reEvaluation';
}

/** The producer's business registration and food-safety certificate, dated from `year`. */
async function keepPapers(deps: AppDeps, p: Person, producerId: string, key: string, year: number) {
  const documents = (DEMO_PAPERS[key] ?? []).map((x) => ({
    kind: x.kind,
    number: x.number,
    issuer: x.issuer,
    issuedOn: `${year - x.issuedYearsAgo}-03-16`,
    ...(x.validYears ? { validUntil: `${year - x.issuedYearsAgo + x.validYears}-03-15` } : {}),
  }));
  await updateProducer(deps, p.grant, p.actor, producerId, { documents });
}

/** This year's self-assessment, answered `level` options below the best of each criterion, finalised. */
async function finalSheet(deps: AppDeps, p: Person, productId: string, year: number, level: number) {
  const existing = (await sheetsOfYear(deps, [productId], year)).get(productId);
  if (existing?.status === 'final') return;
  const id =
    existing?.id ??
    (await createAssessment(deps, p.grant, p.actor, { productId, year, reusePrevious: false })).id;
  const { view, set } = await assessmentWithSet(deps, p.grant, id);
  const answers: Answers = {};
  for (const { criterion: c } of scorableCriteria(set)) {
    const ranked = c.options.map((o) => o.position).sort((a, b) => optionRank(c, a) - optionRank(c, b));
    answers[c.code] = ranked.at(-1 - level) ?? ranked.at(-1) ?? 0;
  }
  await saveAssessment(deps, p.grant, p.actor, id, {
    answers,
    facts: { hasStory: true },
    expectedUpdatedAt: view.updatedAt,
  });
  await changeStatus(deps, p.grant, p.actor, id, 'finalise');
}

/** The officers' moves from `submitted` to the dossier's demo stage. */
async function takeToStage(
  deps: AppDeps,
  d: DemoDossier,
  id: string,
  { commune, province }: { commune: Person; province: Person },
) {
  if (d.stage === 'submitted') return;
  if (d.stage === 'returnedByCommune') {
    await actOnDossier(deps, commune.grant, commune.actor, id, {
      event: 'returnToProducer',
      reasons: d.returns,
    });
    return;
  }
  const { communeName } = await getDossier(deps, commune.grant, id);
  await actOnDossier(deps, commune.grant, commune.actor, id, {
    event: 'checkAtCommune',
    form03: {
      items: d.form03!.items,
      proposal: d.form03!.proposal,
      signer: DEMO_CHAIR,
      signerTitle: `Chủ tịch UBND ${communeName}`,
    },
  });
  if (d.stage === 'communeChecked') return;
  await actOnDossier(deps, province.grant, province.actor, id, { event: 'accept' });
  await actOnDossier(deps, province.grant, province.actor, id, { event: 'startAdvisoryReview' });
  await addReview(
    deps,
    province.grant,
    province.actor,
    id,
    { kind: 'siteVisit', on: deps.clock.today(), note: d.siteVisit ?? '' },
    null,
  );
  if (!COUNCIL_STAGES.includes(d.stage)) return;
  await addReview(
    deps,
    province.grant,
    province.actor,
    id,
    {
      kind: 'advisoryReport',
      on: deps.clock.today(),
      note: `Tổ tư vấn đã xem xét hồ sơ và khảo sát thực tế: sản phẩm ${d.product} đủ điều kiện đưa ra Hội đồng đánh giá, phân hạng`,
    },
    null,
  );
  await actOnDossier(deps, province.grant, province.actor, id, { event: 'startScoring' });
}
