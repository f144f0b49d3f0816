// Writes of the registry: producers, their papers and workforce, products.
import { and, eq, sql } from 'drizzle-orm';
import type { ProducerStatus } from '../../../domain/registry/producer.workflow.ts';
import { queryRows, type Executor, type Tx } from '../../db/client.ts';
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

/** Moves a producer's status when it is still `from` (the workflow kit's store); false when it was not. */
export async function setProducerStatus(
  tx: Tx,
  id: string,
  from: ProducerStatus,
  to: ProducerStatus,
): Promise<boolean> {
  const rows = await tx
    .update(producers)
    .set({ status: to, updatedAt: sql`now()` })
    .where(and(eq(producers.id, id), eq(producers.status, from)))
    .returning({ id: producers.id });
  return rows.length === 1;
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

/** The same rows with the name of each place of residence, for people to read. */
export async function listWorkforceNamed(db: Executor, producerId: string) {
  return db
    .select({
      unitId: producerWorkforce.unitId,
      unitName: sql<
        string | null
      >`(SELECT u.name FROM admin_units u WHERE u.id = ${producerWorkforce.unitId})`,
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

/** The next number of a code register (a commune and year, or whatever the rule keys on): one atomic upsert. */
export async function nextCodeNumber(tx: Tx, scope: string): Promise<number> {
  const [{ seq }] = await queryRows<{ seq: number }>(
    tx,
    sql`
    INSERT INTO product_code_sequences (scope, last_value) VALUES (${scope}, 1)
    ON CONFLICT (scope) DO UPDATE SET last_value = product_code_sequences.last_value + 1
    RETURNING last_value AS seq`,
  );
  return seq;
}

export async function setProductCode(tx: Tx, productId: string, code: string, ruleId: string): Promise<void> {
  await tx
    .update(products)
    .set({ code, codeRuleId: ruleId, updatedAt: sql`now()` })
    .where(eq(products.id, productId));
}

export async function findProduct(db: Executor, id: string) {
  const [row] = await db.select().from(products).where(eq(products.id, id));
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

export interface BulkProducer {
  name: string;
  legalType: string | null;
  taxCode: string | null;
  registrationNo: string | null;
  registrationDate: string | null;
  addressLine: string | null;
  unitId: string;
  representativeName: string | null;
  representativeSex: string | null;
  representativeEthnicity: string | null;
  phone: string | null;
  email: string | null;
  /** a stand-in for a producer the list did not name */
  placeholder?: boolean;
}

export async function insertProducersBulk(tx: Tx, rows: BulkProducer[]): Promise<number> {
  const inserted = await queryRows<{ id: string }>(
    tx,
    sql`
    INSERT INTO producers (name, legal_type, tax_code, registration_no, registration_date, address_line, unit_id, unit_version_id,
      scope_province_id, scope_commune_id, representative_name, representative_sex, representative_ethnicity, phone, email, placeholder)
    SELECT x.name, x."legalType", x."taxCode", x."registrationNo", x."registrationDate", x."addressLine",
      x."unitId", split_part(x."unitId", ':', 1), s.current_province_id, s.current_commune_id, x."representativeName",
      x."representativeSex", x."representativeEthnicity", x.phone, x.email, coalesce(x.placeholder, false)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(name text, "legalType" text, "taxCode" text, "registrationNo" text,
      "registrationDate" date, "addressLine" text, "unitId" text, "representativeName" text, "representativeSex" text,
      "representativeEthnicity" text, phone text, email text, placeholder boolean)
    JOIN admin_unit_scopes s ON s.unit_id = x."unitId"
    RETURNING id`,
  );
  return inserted.length;
}

export interface BulkProduct {
  producerId: string;
  name: string;
  productSet: number | null;
  code: string | null;
  gtin: string | null;
  description: string | null;
}

export async function insertProductsBulk(tx: Tx, rows: BulkProduct[]): Promise<number> {
  const inserted = await queryRows<{ id: string }>(
    tx,
    sql`
    INSERT INTO products (producer_id, name, product_set, code, gtin, description, unit_id, unit_version_id, scope_province_id, scope_commune_id, status)
    SELECT x."producerId", x.name, x."productSet", x.code, x.gtin, x.description, p.unit_id, p.unit_version_id, p.scope_province_id, p.scope_commune_id, 'active'
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("producerId" uuid, name text, "productSet" smallint, code text, gtin text, description text)
    JOIN producers p ON p.id = x."producerId"
    RETURNING id`,
  );
  return inserted.length;
}

/** Re-resolves the scope of the producers or products placed in one unit (after its mapping changed). */
export async function refreshScopes(
  tx: Tx,
  table: 'producers' | 'products',
  unitId: string,
): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`
    UPDATE ${sql.identifier(table)} r SET scope_province_id = s.current_province_id, scope_commune_id = s.current_commune_id
    FROM admin_unit_scopes s
    WHERE s.unit_id = r.unit_id AND r.unit_id = ${unitId}
      AND (r.scope_province_id IS DISTINCT FROM s.current_province_id OR r.scope_commune_id IS DISTINCT FROM s.current_commune_id)
    RETURNING r.id`,
  );
  return rows.length;
}
