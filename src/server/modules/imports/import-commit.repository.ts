// The commit of an import: new producers, new products and historical
// certificates, each one INSERT … SELECT over the staging rows, inside the
// caller's transaction. Records already in the registry are linked, not copied,
// so importing the same file twice changes nothing.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { matchExisting } from './imports.repository.ts';

export async function insertNewProducers(db: Executor, importId: string): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    WITH src AS (
      SELECT DISTINCT ON (r.producer_key) r.values AS v
      FROM import_rows r
      WHERE r.import_id = ${importId} AND r.status = 'valid' AND r.matched_producer_id IS NULL AND r.producer_key IS NOT NULL
      ORDER BY r.producer_key, r.row_no)
    INSERT INTO producers (name, legal_type, tax_code, registration_no, registration_date, address_line, unit_id, unit_version_id,
      scope_province_id, scope_commune_id, representative_name, representative_sex, representative_ethnicity, phone, email)
    SELECT v->'producer'->>'name', coalesce(v->'producer'->>'legalType', 'household'), v->'producer'->>'taxCode', v->'producer'->>'registrationNo',
      (v->'producer'->>'registrationDate')::date, v->'producer'->>'addressLine', v->>'unitId', split_part(v->>'unitId', ':', 1),
      s.current_province_id, s.current_commune_id, v->'producer'->>'representativeName', v->'producer'->>'representativeSex',
      v->'producer'->>'representativeEthnicity', v->'producer'->>'phone', v->'producer'->>'email'
    FROM src JOIN admin_unit_scopes s ON s.unit_id = src.v->>'unitId'
    RETURNING id`,
  );
  await matchExisting(db, importId);
  return rows.length;
}

export async function insertNewProducts(db: Executor, importId: string, today: string): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    WITH src AS (
      SELECT DISTINCT ON (r.product_key) r.values AS v, r.matched_producer_id AS producer_id
      FROM import_rows r
      WHERE r.import_id = ${importId} AND r.status = 'valid' AND r.matched_product_id IS NULL AND r.matched_producer_id IS NOT NULL
        AND r.product_key IS NOT NULL
      ORDER BY r.product_key, r.row_no)
    INSERT INTO products (producer_id, name, product_set, code, gtin, description, unit_id, unit_version_id, scope_province_id, scope_commune_id, current_stars, status)
    SELECT src.producer_id, v->'product'->>'name', (v->'product'->>'productSet')::smallint, v->'product'->>'code', v->'product'->>'gtin', v->'product'->>'description',
      p.unit_id, p.unit_version_id, p.scope_province_id, p.scope_commune_id,
      CASE WHEN (v->'certificate'->>'validUntil') >= ${today} THEN (v->'certificate'->>'stars')::smallint END, 'active'
    FROM src JOIN producers p ON p.id = src.producer_id
    RETURNING id`,
  );
  await matchExisting(db, importId);
  return rows.length;
}

export async function insertHistoricalCertificates(
  db: Executor,
  importId: string,
  today: string,
): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    WITH src AS (
      SELECT DISTINCT ON (r.matched_product_id, r.values->'certificate'->>'decisionNo') r.matched_product_id AS product_id, r.values->'certificate' AS c
      FROM import_rows r
      WHERE r.import_id = ${importId} AND r.status = 'valid' AND r.matched_product_id IS NOT NULL AND r.values->'certificate' <> 'null'::jsonb
      ORDER BY r.matched_product_id, r.values->'certificate'->>'decisionNo', r.row_no)
    INSERT INTO certificates (product_id, stars, decision_no, decision_date, issuer, procedure_version_id, valid_from, valid_until, status, historical)
    SELECT product_id, (c->>'stars')::smallint, c->>'decisionNo', (c->>'decisionDate')::date, c->>'issuer', c->>'procedureVersionId',
      (c->>'decisionDate')::date, (c->>'validUntil')::date, 'valid', true
    FROM src
    WHERE NOT EXISTS (SELECT 1 FROM certificates x WHERE x.product_id = src.product_id AND x.decision_no = src.c->>'decisionNo')
    RETURNING id`,
  );
  // a product's stars follow its newest certificate still in force
  await db.execute(sql`
    UPDATE products p SET current_stars = c.stars, updated_at = now()
    FROM (SELECT DISTINCT ON (product_id) product_id, stars FROM certificates
          WHERE status = 'valid' AND valid_until >= ${today}::date ORDER BY product_id, decision_date DESC) c
    WHERE p.id = c.product_id AND p.id IN (SELECT matched_product_id FROM import_rows WHERE import_id = ${importId})
      AND p.current_stars IS DISTINCT FROM c.stars`);
  return rows.length;
}

export async function markCommitted(db: Executor, importId: string): Promise<void> {
  await db.execute(
    sql`UPDATE import_rows SET status = 'committed' WHERE import_id = ${importId} AND status = 'valid'`,
  );
}
