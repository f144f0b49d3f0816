// Column specs of the national seed's bulk inserts (src/server/db/bulk-insert.ts).
// The recordset keys are the generator's camelCase field names.
import type { ColumnSpec } from '../../db/bulk-insert.ts';
import type { CertificateRow, ProducerRow, ProductRow } from './rows.ts';

const PLACE = [
  ['unit_id', 'unitId', 'text'],
  ['unit_version_id', 'unitVersionId', 'text'],
  ['scope_province_id', 'scopeProvinceId', 'text'],
  ['scope_commune_id', 'scopeCommuneId', 'text'],
] as const;

export const PRODUCER_COLUMNS: ColumnSpec<ProducerRow> = [
  ['id', 'id', 'uuid'],
  ['name', 'name', 'text'],
  ['legal_type', 'legalType', 'text'],
  ['tax_code', 'taxCode', 'text'],
  ['address_line', 'addressLine', 'text'],
  ...PLACE,
  ['representative_name', 'representativeName', 'text'],
  ['representative_sex', 'representativeSex', 'text'],
  ['representative_ethnicity', 'representativeEthnicity', 'text'],
  ['representative_disability', 'representativeDisability', 'boolean'],
  ['phone', 'phone', 'text'],
  ['email', 'email', 'text'],
  ['status', 'status', 'text'],
  ['created_at', 'createdAt', 'timestamptz'],
  ['updated_at', 'updatedAt', 'timestamptz'],
];

export const PRODUCT_COLUMNS: ColumnSpec<ProductRow> = [
  ['id', 'id', 'uuid'],
  ['producer_id', 'producerId', 'uuid'],
  ['name', 'name', 'text'],
  ['product_set', 'productSet', 'smallint'],
  ['code', 'code', 'text'],
  ...PLACE,
  ['status', 'status', 'text'],
  ['created_at', 'createdAt', 'timestamptz'],
  ['updated_at', 'updatedAt', 'timestamptz'],
];

export const CERTIFICATE_COLUMNS: ColumnSpec<CertificateRow> = [
  ['id', 'id', 'uuid'],
  ['product_id', 'productId', 'uuid'],
  ['stars', 'stars', 'smallint'],
  ['decision_no', 'decisionNo', 'text'],
  ['decision_date', 'decisionDate', 'date'],
  ['issuer', 'issuer', 'text'],
  ['procedure_version_id', 'procedureVersionId', 'text'],
  ['valid_from', 'validFrom', 'date'],
  ['valid_until', 'validUntil', 'date'],
  ['status', 'status', 'text'],
  ['historical', 'historical', 'boolean'],
  ['created_at', 'createdAt', 'timestamptz'],
];
