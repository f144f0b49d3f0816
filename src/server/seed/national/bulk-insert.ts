// Multi-row inserts for the national seed. Each chunk travels as ONE json
// parameter expanded by json_to_recordset: one round trip and one parse per
// chunk, no 65,535-parameter limit, and the same SQL on PostgreSQL and PGlite.
// The recordset keys are the generator's camelCase field names.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { CertificateRow, ProducerRow, ProductRow } from './rows.ts';

/** [column, json key, SQL type] */
type ColumnSpec<T> = readonly (readonly [string, keyof T & string, string])[];

const PLACE = [
  ['unit_id', 'unitId', 'text'], ['unit_version_id', 'unitVersionId', 'text'],
  ['scope_province_id', 'scopeProvinceId', 'text'], ['scope_commune_id', 'scopeCommuneId', 'text'],
] as const;

export const PRODUCER_COLUMNS: ColumnSpec<ProducerRow> = [
  ['id', 'id', 'uuid'], ['name', 'name', 'text'], ['legal_type', 'legalType', 'text'], ['tax_code', 'taxCode', 'text'],
  ['address_line', 'addressLine', 'text'], ...PLACE,
  ['representative_name', 'representativeName', 'text'], ['representative_sex', 'representativeSex', 'text'],
  ['representative_ethnicity', 'representativeEthnicity', 'text'], ['representative_disability', 'representativeDisability', 'boolean'],
  ['phone', 'phone', 'text'], ['email', 'email', 'text'], ['status', 'status', 'text'],
  ['created_at', 'createdAt', 'timestamptz'], ['updated_at', 'updatedAt', 'timestamptz'],
];

export const PRODUCT_COLUMNS: ColumnSpec<ProductRow> = [
  ['id', 'id', 'uuid'], ['producer_id', 'producerId', 'uuid'], ['name', 'name', 'text'], ['product_set', 'productSet', 'smallint'],
  ['code', 'code', 'text'], ...PLACE, ['status', 'status', 'text'], ['current_stars', 'currentStars', 'smallint'],
  ['created_at', 'createdAt', 'timestamptz'], ['updated_at', 'updatedAt', 'timestamptz'],
];

export const CERTIFICATE_COLUMNS: ColumnSpec<CertificateRow> = [
  ['id', 'id', 'uuid'], ['product_id', 'productId', 'uuid'], ['stars', 'stars', 'smallint'], ['decision_no', 'decisionNo', 'text'],
  ['decision_date', 'decisionDate', 'date'], ['issuer', 'issuer', 'text'], ['procedure_version_id', 'procedureVersionId', 'text'],
  ['valid_from', 'validFrom', 'date'], ['valid_until', 'validUntil', 'date'], ['status', 'status', 'text'],
  ['historical', 'historical', 'boolean'], ['created_at', 'createdAt', 'timestamptz'],
];

export async function insertChunk<T>(db: Executor, table: string, columns: ColumnSpec<T>, rows: readonly T[]): Promise<void> {
  if (!rows.length) return;
  const target = columns.map(([c]) => `"${c}"`).join(', ');
  const source = columns.map(([, k]) => `"${k}"`).join(', ');
  const record = columns.map(([, k, t]) => `"${k}" ${t}`).join(', ');
  await db.execute(sql`
    INSERT INTO ${sql.identifier(table)} (${sql.raw(target)})
    SELECT ${sql.raw(source)} FROM json_to_recordset(${JSON.stringify(rows)}::json) AS t(${sql.raw(record)})`);
}

/** Chunks of `size`, reporting rows done after each one. */
export async function insertAll<T>(
  db: Executor, table: string, columns: ColumnSpec<T>, rows: readonly T[], size: number, onChunk: (n: number) => void,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await insertChunk(db, table, columns, chunk);
    onChunk(chunk.length);
  }
}
