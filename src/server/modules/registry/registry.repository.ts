// Unit-scoped registry reads. The ListScope comes from the policy layer; this file
// only turns it into SQL over the resolved scope columns.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ListScope } from '../../../domain/access/policy.ts';
import {
  certificateStateIn,
  productCertificate,
  productCertificateSelection,
  type CertificateStateFilter,
} from '../../db/certificate-state.ts';
import { scopeSql } from '../../db/scope.ts';
import { queryRows, type Executor } from '../../db/client.ts';
import { producers, products } from '../../db/schema/index.ts';
import {
  findSearchMatches,
  outer,
  producerMatchedBy,
  producerSearch,
  productMatchedBy,
  productSearch,
} from './registry-search.repository.ts';

import {
  type Counting,
  countUpTo,
  DEFAULT_COUNTING,
  listKey,
  pageOfIds,
  pageOfIdsThroughFilter,
  type ScopedTable,
} from './registry-paging.repository.ts';

export {
  type Counting,
  DEFAULT_COUNTING,
  EstimateMemo,
  EXACT_COUNT_LIMIT,
  type ListTotal,
} from './registry-paging.repository.ts';

/**
 * Names of a page's units and producers come from scalar subqueries, one primary-key
 * lookup per row: as joins they made the planner search join orders over five
 * tables on every call (planning was over half of the page query on PGlite).
 */
const nameOfUnit = (col: PgColumn) =>
  sql<string | null>`(SELECT u.name FROM admin_units u WHERE u.id = ${outer(col)})`;

const placeColumns = (t: ScopedTable) => ({
  unitId: t.unitId,
  unitVersionId: t.unitVersionId,
  unitName: nameOfUnit(t.unitId),
  unitLevel: sql<
    'province' | 'district' | 'commune' | null
  >`(SELECT u.level FROM admin_units u WHERE u.id = ${outer(t.unitId)})`,
  communeId: t.scopeCommuneId,
  communeName: nameOfUnit(t.scopeCommuneId),
  provinceId: t.scopeProvinceId,
  provinceName: nameOfUnit(t.scopeProvinceId),
});

export interface ProducerFilter {
  q?: string;
  legalType?: string;
  commune?: string;
  status?: string;
  id?: string;
}

export async function listProducers(
  db: Executor,
  scope: ListScope,
  f: ProducerFilter,
  sort: string,
  page: number,
  pageSize: number,
  counting: Counting = DEFAULT_COUNTING,
) {
  const conds: SQL[] = [scopeSql(scope, producers, producers.id)];
  if (f.id) conds.push(eq(producers.id, f.id));
  // names, then places: see registry-search.repository.ts
  const search = f.q ? await findSearchMatches(db, f.q, scope, false) : null;
  if (search) conds.push(producerSearch(search));
  if (f.legalType === 'unknown') conds.push(sql`${producers.legalType} IS NULL`);
  else if (f.legalType) conds.push(sql`${producers.legalType} = ${f.legalType}`);
  if (f.status) conds.push(sql`${producers.status} = ${f.status}`);
  if (f.commune) conds.push(eq(producers.scopeCommuneId, f.commune));
  const where = and(...conds) ?? sql`true`;
  const orderCol =
    { name: producers.name, updatedAt: producers.updatedAt, createdAt: producers.createdAt }[
      sort.replace('-', '')
    ] ?? producers.name;
  const order = sort.startsWith('-') ? sql`${orderCol} DESC` : sql`${orderCol} ASC`;
  const [items, count] = await Promise.all([
    db
      .select({
        id: producers.id,
        name: producers.name,
        legalType: producers.legalType,
        taxCode: producers.taxCode,
        addressLine: producers.addressLine,
        status: producers.status,
        updatedAt: producers.updatedAt,
        place: placeColumns(producers),
        productCount: sql<number>`(SELECT count(*)::int FROM products p WHERE p.producer_id = ${outer(producers.id)})`,
        matchedBy: search ? producerMatchedBy(search) : sql<null>`NULL`,
      })
      .from(producers)
      .where(pageOfIds(producers, where, order, page, pageSize))
      .orderBy(order, asc(producers.id)),
    countUpTo(
      db,
      producers,
      where,
      // the callers' filter objects may carry paging too: only the filter's own fields name the list
      listKey(producers, scope, [f.q, f.legalType, f.commune, f.status, f.id]),
      counting,
    ),
  ]);
  return { items, ...count };
}

export interface ProductFilter {
  q?: string;
  productSet?: number;
  /** the stars of the current certificate, whatever its state */
  stars?: number;
  status?: string;
  commune?: string;
  producer?: string;
  id?: string;
  /** any of these states of the current certificate on `today` (`none`: no certificate) */
  certificateState?: readonly CertificateStateFilter[];
  /** the date certificate states are counted on (the app clock's date in Vietnam); required with certificateState */
  today?: string;
}

/** The copy of the current certificate on the product row (written by the certificates table's triggers). */

export async function listProducts(
  db: Executor,
  scope: ListScope,
  f: ProductFilter,
  sort: string,
  page: number,
  pageSize: number,
  counting: Counting = DEFAULT_COUNTING,
) {
  const conds: SQL[] = [scopeSql(scope, products, products.producerId)];
  if (f.id) conds.push(eq(products.id, f.id));
  // names of the product, its producer and its place: see registry-search.repository.ts
  const search = f.q ? await findSearchMatches(db, f.q, scope, true) : null;
  if (search) conds.push(productSearch(search));
  if (f.productSet) conds.push(eq(products.productSet, f.productSet));
  if (f.stars) conds.push(eq(products.certificateStars, f.stars));
  if (f.status) conds.push(sql`${products.status} = ${f.status}`);
  if (f.certificateState?.length) {
    if (!f.today) throw new Error('listProducts: a certificate state filter needs the day it is counted on');
    conds.push(certificateStateIn(productCertificate, f.certificateState, sql`${f.today}::date`));
  }
  if (f.commune) conds.push(eq(products.scopeCommuneId, f.commune));
  if (f.producer) conds.push(eq(products.producerId, f.producer));
  const where = and(...conds) ?? sql`true`;
  const orderCol =
    {
      name: products.name,
      updatedAt: products.updatedAt,
      stars: products.certificateStars,
      code: products.code,
    }[sort.replace('-', '')] ?? products.updatedAt;
  // nullable keys (stars, code) keep empty values last; NOT NULL keys use the plain order the indexes hold
  const nullable = orderCol === products.certificateStars || orderCol === products.code;
  const direction = sql.raw(`${sort.startsWith('-') ? 'DESC' : 'ASC'}${nullable ? ' NULLS LAST' : ''}`);
  const order = sql`${orderCol} ${direction}`;
  const total = () =>
    countUpTo(
      db,
      products,
      where,
      listKey(products, scope, [
        f.q,
        f.productSet,
        f.stars,
        f.status,
        f.commune,
        f.producer,
        f.id,
        // the states are a function of the day: another day is another list
        f.certificateState?.length ? [f.certificateState, f.today] : null,
      ]),
      counting,
    );
  // a certificate filter: counted first; up to the count limit the page reads the matches through their index
  const counted = f.certificateState?.length ? await total() : null;
  const pageIds = counted?.totalExact
    ? pageOfIdsThroughFilter(products, where, sql`${orderCol}`, direction, page, pageSize)
    : pageOfIds(products, where, order, page, pageSize);
  const [items, count] = await Promise.all([
    db
      .select({
        id: products.id,
        name: products.name,
        productSet: products.productSet,
        code: products.code,
        publicId: products.publicId,
        producerId: products.producerId,
        producerName: sql<string>`(SELECT pr.name FROM producers pr WHERE pr.id = ${outer(products.producerId)})`,
        /** the list it came from named no producer: a stand-in to complete */
        producerPlaceholder: sql<boolean>`(SELECT pr.placeholder FROM producers pr WHERE pr.id = ${outer(products.producerId)})`,
        status: products.status,
        certificate: productCertificateSelection,
        updatedAt: products.updatedAt,
        place: placeColumns(products),
        matchedBy: search ? productMatchedBy(search) : sql<null>`NULL`,
      })
      .from(products)
      .where(pageIds)
      .orderBy(order, asc(products.id)),
    counted ?? total(),
  ]);
  return { items, ...count };
}

/** What other modules need to know of a product to decide access and show it: its place, producer, set and story. */
export async function findProductFacts(db: Executor, productId: string) {
  const [row] = await db
    .select({
      id: products.id,
      name: products.name,
      productSet: products.productSet,
      story: products.story,
      producerId: products.producerId,
      producerName: producers.name,
      producerStatus: producers.status,
      scopeProvinceId: products.scopeProvinceId,
      scopeCommuneId: products.scopeCommuneId,
    })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(eq(products.id, productId));
  return row ?? null;
}

/** A producer's name, for a notice about it. */
export async function findProducerName(db: Executor, id: string) {
  const [row] = await db.select({ name: producers.name }).from(producers).where(eq(producers.id, id));
  return row ?? null;
}

/** What a notice about a product names and where it is sent: its name, public id, producer and place. */
export async function productNoticeFacts(db: Executor, productId: string) {
  const [row] = await db
    .select({
      id: products.id,
      name: products.name,
      publicId: products.publicId,
      producerId: products.producerId,
      provinceId: products.scopeProvinceId,
      communeId: products.scopeCommuneId,
    })
    .from(products)
    .where(eq(products.id, productId));
  return row ?? null;
}

export interface WorkforcePlace {
  workers: number;
  asOf: string;
  /** where the workers live, in the current structure */
  communeId: string | null;
  /** their district, when the place was recorded in the three-tier structure */
  districtId: string | null;
  homeCommuneId: string | null;
  homeDistrictId: string | null;
}

/** The district of a unit: itself, or the parent of a three-tier commune; null for units of the two-tier structure. */
const districtOf = (
  unit: SQL,
) => sql`(SELECT CASE WHEN u.level = 'district' THEN u.id WHEN u.level = 'commune' AND p.level = 'district' THEN p.id END
  FROM admin_units u LEFT JOIN admin_units p ON p.id = u.parent_id WHERE u.id = ${unit})`;

/** A producer's workforce rows, each placed, beside the producer's own commune and district (one statement). */
export function workforcePlaces(db: Executor, producerId: string): Promise<WorkforcePlace[]> {
  return queryRows<WorkforcePlace>(
    db,
    sql`
    SELECT w.workers, w.as_of::text AS "asOf", s.current_commune_id AS "communeId", ${districtOf(sql`w.unit_id`)} AS "districtId",
      pr.scope_commune_id AS "homeCommuneId", ${districtOf(sql`pr.unit_id`)} AS "homeDistrictId"
    FROM producer_workforce w JOIN producers pr ON pr.id = w.producer_id LEFT JOIN admin_unit_scopes s ON s.unit_id = w.unit_id
    WHERE w.producer_id = ${producerId}`,
  );
}

/** Names of products by id, for the audit trail (ids already checked as uuids). */
export function productNames(db: Executor, ids: string[]) {
  return db.select({ id: products.id, name: products.name }).from(products).where(inArray(products.id, ids));
}

/** Names of producers by id, for the audit trail and grants. */
export function producerNames(db: Executor, ids: string[]) {
  return db
    .select({ id: producers.id, name: producers.name })
    .from(producers)
    .where(inArray(producers.id, ids));
}
