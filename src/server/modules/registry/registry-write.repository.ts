// Writes of the registry: producers, their papers and workforce, products.
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  adminUnitScopes,
  producerDocuments,
  producers,
  producerWorkforce,
  products,
} from '../../db/schema/index.ts';

export async function resolvePlace(db: Executor, unitId: string) {
  const [scope] = await db.select().from(adminUnitScopes).where(eq(adminUnitScopes.unitId, unitId));
  return {
    unitId,
    unitVersionId: unitId.split(':')[0],
    scopeProvinceId: scope?.currentProvinceId ?? null,
    scopeCommuneId: scope?.currentCommuneId ?? null,
  };
}

export async function findProducerByTaxCode(db: Executor, taxCode: string) {
  const [row] = await db
    .select({ id: producers.id, name: producers.name })
    .from(producers)
    .where(eq(producers.taxCode, taxCode));
  return row ?? null;
}

export async function lockProducer(db: Executor, id: string) {
  const [row] = await db.select().from(producers).where(eq(producers.id, id)).for('update');
  return row ?? null;
}

export async function insertProducer(db: Executor, values: typeof producers.$inferInsert) {
  const [row] = await db.insert(producers).values(values).returning({ id: producers.id });
  return row.id;
}

export async function updateProducer(
  db: Executor,
  id: string,
  values: Partial<typeof producers.$inferInsert>,
) {
  await db
    .update(producers)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(producers.id, id));
}

export async function replaceWorkforce(
  db: Executor,
  producerId: string,
  rows: Omit<typeof producerWorkforce.$inferInsert, 'producerId'>[],
) {
  await db.delete(producerWorkforce).where(eq(producerWorkforce.producerId, producerId));
  if (rows.length) await db.insert(producerWorkforce).values(rows.map((r) => ({ ...r, producerId })));
}

export async function replaceDocuments(
  db: Executor,
  producerId: string,
  rows: Omit<typeof producerDocuments.$inferInsert, 'producerId'>[],
) {
  await db.delete(producerDocuments).where(eq(producerDocuments.producerId, producerId));
  if (rows.length) await db.insert(producerDocuments).values(rows.map((r) => ({ ...r, producerId })));
}

export async function listWorkforce(db: Executor, producerId: string) {
  return db
    .select({
      unitId: producerWorkforce.unitId,
      workers: producerWorkforce.workers,
      asOf: producerWorkforce.asOf,
    })
    .from(producerWorkforce)
    .where(eq(producerWorkforce.producerId, producerId));
}

export async function listDocuments(db: Executor, producerId: string) {
  return db
    .select({
      kind: producerDocuments.kind,
      number: producerDocuments.number,
      issuer: producerDocuments.issuer,
      issuedOn: producerDocuments.issuedOn,
      validUntil: producerDocuments.validUntil,
    })
    .from(producerDocuments)
    .where(eq(producerDocuments.producerId, producerId));
}

export async function lockProduct(db: Executor, id: string) {
  const [row] = await db.select().from(products).where(eq(products.id, id)).for('update');
  return row ?? null;
}

export async function findProductByCode(db: Executor, code: string) {
  const [row] = await db.select({ id: products.id }).from(products).where(eq(products.code, code));
  return row ?? null;
}

export async function insertProduct(db: Executor, values: typeof products.$inferInsert) {
  const [row] = await db.insert(products).values(values).returning({ id: products.id });
  return row.id;
}

export async function updateProduct(db: Executor, id: string, values: Partial<typeof products.$inferInsert>) {
  await db
    .update(products)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(products.id, id));
}

/** Products follow their producer when it moves (a new address). */
export async function moveProductsOf(
  db: Executor,
  producerId: string,
  place: Awaited<ReturnType<typeof resolvePlace>>,
) {
  await db
    .update(products)
    .set({ ...place, updatedAt: sql`now()` })
    .where(and(eq(products.producerId, producerId)));
}

export async function lockProducerForRead(db: Executor, id: string) {
  const [row] = await db.select().from(producers).where(eq(producers.id, id));
  return row ?? null;
}
