// Registry reads for the foundation: unit-scoped lists and single records, each
// with the actions the current grant allows. Writes arrive with the registry issue.
import { registryListScope, type Grant } from '../../../domain/access/policy.ts';
import { producerActions, productActions } from '../../../domain/access/records.ts';
import { currentCertificateOn } from '../../../domain/certificates/current-certificate.ts';
import type { ProducerView, ProductView } from '../../../shared/contracts/registry.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor } from '../../db/client.ts';
import { auditOfObject } from '../audit/audit.service.ts';
import { statusHistoryOf } from '../workflow/workflow.service.ts';
import { producerWorkflow } from '../../../domain/registry/producer.workflow.ts';
import { producerEvents } from './change-producer-status.ts';
import { publicUrlOf } from './public-address.service.ts';
import * as writeRepo from './registry-write.repository.ts';
import * as repo from './registry.repository.ts';
import * as homeRepo from './home.repository.ts';
import type { PlaceBearingTable } from '../../core/place-bearing.ts';
import { lookUpNames, uuidsAmong, type AuditNameSource } from '../../core/audit-names.ts';

type Paging = { page: number; pageSize: number; sort: string };

export async function listProducers(deps: AppDeps, grant: Grant, f: repo.ProducerFilter & Paging) {
  const { items, ...total } = await repo.listProducers(
    deps.database.db,
    registryListScope(grant),
    f,
    f.sort,
    f.page,
    f.pageSize,
  );
  return {
    items: items.map((r) => presentProducer(grant, r)),
    ...total,
    page: f.page,
    pageSize: f.pageSize,
    sort: f.sort,
  };
}

export async function getProducer(deps: AppDeps, grant: Grant, id: string): Promise<ProducerView> {
  const { items } = await repo.listProducers(
    deps.database.db,
    registryListScope(grant),
    { id },
    'name',
    1,
    1,
  );
  // outside the grant's scope looks exactly like absent: no probing for existence
  if (!items[0]) throw new AppError('NOT_FOUND');
  const history = await statusHistoryOf(deps.database.db, producerWorkflow.aggregate, id);
  return {
    ...presentProducer(grant, items[0]),
    statusHistory: history.map((h) => ({ ...h, at: h.at.toISOString() })),
  };
}

/**
 * How many self-registered producers wait for confirmation within the grant's
 * territory (for the home pages' work queues); 0 for grants that list no producers.
 */
export async function countPendingProducers(deps: AppDeps, grant: Grant): Promise<number> {
  const rows = await homeRepo.countPendingProducers(deps.database.db, registryListScope(grant));
  return rows.reduce((n, r) => n + r.n, 0);
}

export async function listProducts(deps: AppDeps, grant: Grant, f: repo.ProductFilter & Paging) {
  // certificate states are those of today, the date in Vietnam by the app's one clock
  const today = deps.clock.today();
  const { items, ...total } = await repo.listProducts(
    deps.database.db,
    registryListScope(grant),
    { ...f, today },
    f.sort,
    f.page,
    f.pageSize,
  );
  return {
    items: items.map((r) => presentProduct(deps, grant, r, today)),
    ...total,
    page: f.page,
    pageSize: f.pageSize,
    sort: f.sort,
  };
}

export async function getProduct(deps: AppDeps, grant: Grant, id: string): Promise<ProductView> {
  const { items } = await repo.listProducts(deps.database.db, registryListScope(grant), { id }, 'name', 1, 1);
  if (!items[0]) throw new AppError('NOT_FOUND');
  return presentProduct(deps, grant, items[0], deps.clock.today());
}

type ProducerRow = Awaited<ReturnType<typeof repo.listProducers>>['items'][number];
type ProductRow = Awaited<ReturnType<typeof repo.listProducts>>['items'][number];

function presentProducer(grant: Grant, { matchedBy, ...r }: ProducerRow): ProducerView {
  const row = { id: r.id, scopeProvinceId: r.place.provinceId, scopeCommuneId: r.place.communeId };
  return {
    ...r,
    updatedAt: r.updatedAt.toISOString(),
    // only a searched list says what matched
    ...(matchedBy ? { matchedBy } : {}),
    // what the policy allows, then the status moves its transition table opens to this grant
    actions: [...producerActions(grant, row), ...producerEvents(grant, { ...row, status: r.status })],
  };
}

function presentProduct(
  deps: Pick<AppDeps, 'env'>,
  grant: Grant,
  { matchedBy, certificate, ...r }: ProductRow,
  today: string,
): ProductView {
  const row = {
    producerId: r.producerId,
    scopeProvinceId: r.place.provinceId,
    scopeCommuneId: r.place.communeId,
  };
  const current = currentCertificateOn(certificate, today);
  return {
    ...r,
    publicUrl: publicUrlOf(deps, r.publicId),
    currentStars: current?.mayCarryMark ? current.stars : null,
    certificate: current,
    updatedAt: r.updatedAt.toISOString(),
    ...(matchedBy ? { matchedBy } : {}),
    actions: productActions(grant, row),
  };
}

/** The audit history of a record the grant may see (404 otherwise, like the record itself). */
export async function historyOf(deps: AppDeps, grant: Grant, kind: 'producer' | 'product', id: string) {
  if (kind === 'producer') await getProducer(deps, grant, id);
  else await getProduct(deps, grant, id);
  return auditOfObject(deps, kind, id);
}

export type ProductFacts = NonNullable<Awaited<ReturnType<typeof repo.findProductFacts>>>;

/**
 * A product as other modules see it (photos, self-assessment, later dossiers), with
 * the caller's actions on it; 404 when it does not exist or lies outside the grant.
 */
export async function getProductFacts(db: Executor, grant: Grant, productId: string) {
  const product = await repo.findProductFacts(db, productId);
  const actions = productActions(grant, product);
  if (!product || !actions.includes('view')) throw new AppError('NOT_FOUND');
  return { product, actions };
}

/** A product as a notice names it (the system's use: no grant), or null. */
export function productNoticeFacts(db: Executor, productId: string) {
  return repo.productNoticeFacts(db, productId);
}

/** Where a producer's workers live, for the local-labour share (see registry.repository). */
export function workforcePlacesOf(db: Executor, producerId: string) {
  return repo.workforcePlaces(db, producerId);
}

/** The registry's tables that record a place, and how each refreshes its resolved scope. */
export const REGISTRY_PLACE_BEARING: PlaceBearingTable[] = [
  { table: 'producers', refresh: (tx, unitId) => writeRepo.refreshScopes(tx, 'producers', unitId) },
  { table: 'products', refresh: (tx, unitId) => writeRepo.refreshScopes(tx, 'products', unitId) },
];

/** How the audit trail names products and producers (core/audit-names.ts). */
export const REGISTRY_AUDIT_NAMES: AuditNameSource[] = [
  { type: 'product', namesOf: (db, ids) => lookUpNames(uuidsAmong(ids), (u) => repo.productNames(db, u)) },
  { type: 'producer', namesOf: (db, ids) => lookUpNames(uuidsAmong(ids), (u) => repo.producerNames(db, u)) },
];
