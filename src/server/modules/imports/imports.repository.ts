// Set-based SQL of imports: staging rows in bulk, matching against the registry
// by natural keys (one statement per key kind, not one query per row), and the
// commit as INSERT … SELECT from the staging table.
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ListScope } from '../../../domain/access/policy.ts';
import { insertAll, type ColumnSpec } from '../../db/bulk-insert.ts';
import type { Executor, Tx } from '../../db/client.ts';
import { importMappings, importRows, imports } from '../../db/schema/index.ts';
import type { StagingRow } from './import-staging.ts';

type StagedRecord = StagingRow & { importId: string };
const STAGING_COLUMNS: ColumnSpec<StagedRecord> = [
  ['import_id', 'importId', 'uuid'],
  ['row_no', 'rowNo', 'int'],
  ['raw', 'raw', 'jsonb'],
  ['values', 'values', 'jsonb'],
  ['errors', 'errors', 'jsonb'],
  ['warnings', 'warnings', 'jsonb'],
  ['status', 'status', 'text'],
  ['producer_key', 'producerKey', 'text'],
  ['product_key', 'productKey', 'text'],
];

export async function insertImport(db: Executor, values: typeof imports.$inferInsert) {
  const [row] = await db.insert(imports).values(values).returning({ id: imports.id });
  return row.id;
}

export async function findImport(db: Executor, id: string, lock = false) {
  const q = db.select().from(imports).where(eq(imports.id, id));
  const [row] = await (lock ? q.for('update') : q);
  return row ?? null;
}

export type ImportRow = typeof imports.$inferSelect;

export async function lockImport(tx: Tx, id: string): Promise<ImportRow | null> {
  return findImport(tx, id, true);
}

export async function setImportStatus(
  tx: Tx,
  id: string,
  from: ImportRow['status'],
  to: ImportRow['status'],
) {
  const updated = await tx
    .update(imports)
    .set({ status: to })
    .where(and(eq(imports.id, id), eq(imports.status, from)))
    .returning({ id: imports.id });
  return updated.length === 1;
}

/** Imports left in `committing` (their commit was interrupted), not locked by a commit still running. */
export async function findInterruptedCommits(tx: Tx): Promise<string[]> {
  const rows = await tx
    .select({ id: imports.id })
    .from(imports)
    .where(eq(imports.status, 'committing'))
    .for('update', { skipLocked: true });
  return rows.map((r) => r.id);
}

/** Facts beside the status (counts, mapping, timestamps, the last error); the status moves only through the workflow. */
export async function updateImport(
  db: Executor,
  id: string,
  values: Omit<Partial<typeof imports.$inferInsert>, 'status'>,
) {
  await db.update(imports).set(values).where(eq(imports.id, id));
}

/** Imports newest first: one uploader's (by the index on uploader and time), or all of them for operators. */
/** How many of the files seen are still open: uploaded, checked or failed, none committed or cancelled. */
export async function countOpenImports(db: Executor, seen: { createdBy: string } | 'all'): Promise<number> {
  const open = inArray(imports.status, ['uploaded', 'validated', 'failed']);
  const [{ n }] = await db
    .select({ n: count() })
    .from(imports)
    .where(seen === 'all' ? open : and(open, eq(imports.createdBy, seen.createdBy)));
  return n;
}

export async function listImports(
  db: Executor,
  seen: { createdBy: string } | 'all',
  page: number,
  pageSize: number,
) {
  const where = seen === 'all' ? undefined : eq(imports.createdBy, seen.createdBy);
  const [items, [{ total }]] = await Promise.all([
    db
      .select({
        id: imports.id,
        kind: imports.kind,
        fileName: imports.fileName,
        status: imports.status,
        counts: imports.counts,
        error: imports.error,
        createdBy: imports.createdBy,
        createdAt: imports.createdAt,
        validatedAt: imports.validatedAt,
        committedAt: imports.committedAt,
      })
      .from(imports)
      .where(where)
      .orderBy(desc(imports.createdAt), desc(imports.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(imports).where(where),
  ]);
  return { items, total };
}

export async function replaceStagingRows(
  db: Executor,
  importId: string,
  rows: StagingRow[],
  onChunk: (n: number) => void,
) {
  await db.delete(importRows).where(eq(importRows.importId, importId));
  await insertAll(
    db,
    'import_rows',
    STAGING_COLUMNS,
    rows.map((r) => ({ ...r, importId })),
    1000,
    (n) => {
      onChunk(n);
    },
    () => new Promise<void>((resolve) => setImmediate(resolve)),
  );
}

/** Links staging rows to records already in the registry (producers, then products). */
export async function matchExisting(db: Executor, importId: string) {
  await db.execute(sql`UPDATE import_rows r SET matched_producer_id = p.id FROM producers p
    WHERE r.import_id = ${importId} AND r.matched_producer_id IS NULL AND r.producer_key LIKE 'tax:%' AND p.tax_code = substr(r.producer_key, 5)`);
  await db.execute(sql`UPDATE import_rows r SET matched_producer_id = p.id FROM producers p
    WHERE r.import_id = ${importId} AND r.matched_producer_id IS NULL AND r.producer_key LIKE 'name:%'
      AND p.name_fold = f_unaccent(lower(r.values->'producer'->>'name')) AND p.unit_id = r.values->>'unitId'`);
  await db.execute(sql`UPDATE import_rows r SET matched_product_id = p.id FROM products p
    WHERE r.import_id = ${importId} AND r.matched_product_id IS NULL AND r.product_key LIKE 'code:%' AND p.code = substr(r.product_key, 6)`);
  await db.execute(sql`UPDATE import_rows r SET matched_product_id = p.id FROM products p
    WHERE r.import_id = ${importId} AND r.matched_product_id IS NULL AND r.matched_producer_id IS NOT NULL
      AND p.producer_id = r.matched_producer_id AND p.name_fold = f_unaccent(lower(r.values->'product'->>'name'))
      AND p.product_set IS NOT DISTINCT FROM (r.values->'product'->>'productSet')::int`);
}

/**
 * Rows that add nothing to the registry become duplicates, so that importing the same
 * list again is said to be that: a recognition whose decision the product already holds
 * (by number, or by year and stars when the list gives no number) or a product row of a
 * product already there; a revocation already recorded; a council result or proposal
 * for a product whose dossier is open.
 */
export async function flagAlreadyRecorded(db: Executor, importId: string) {
  const warning = JSON.stringify([
    {
      field: 'productName',
      code: 'ALREADY_RECORDED',
      message: {
        vi: 'Đã có trong sổ: dòng này không thêm gì mới',
        en: 'Already in the registry: this row adds nothing new',
      },
    },
  ]);
  await db.execute(sql`
    UPDATE import_rows r SET status = 'duplicate', warnings = r.warnings || ${warning}::jsonb
    WHERE r.import_id = ${importId} AND r.status IN ('valid', 'incomplete') AND r.matched_product_id IS NOT NULL AND (
      (coalesce(r.values->>'kind', 'recognition') = 'recognition' AND (
        r.values->'certificate' = 'null'::jsonb
        OR EXISTS (SELECT 1 FROM certificates c WHERE c.product_id = r.matched_product_id
          AND (c.decision_no = r.values->'certificate'->>'decisionNo'
            OR (r.values->'certificate'->>'decisionNo' IS NULL AND c.decision_no IS NULL
              AND c.decision_year IS NOT DISTINCT FROM (r.values->'certificate'->>'decisionYear')::int
              AND c.stars IS NOT DISTINCT FROM (r.values->'certificate'->>'stars')::int)))))
      OR (r.values->>'kind' = 'revocation' AND EXISTS (SELECT 1 FROM certificates c
        WHERE c.product_id = r.matched_product_id AND c.status = 'revoked'
          AND c.revocation_decision_no IS NOT DISTINCT FROM r.values->'revocation'->>'decisionNo'))
      OR (r.values->>'kind' IN ('councilResult', 'proposalToCentre') AND EXISTS (SELECT 1 FROM dossiers d
        WHERE d.product_id = r.matched_product_id AND d.status NOT IN ('recognised', 'notRecognised', 'withdrawn'))))`);
}

export async function countRows(db: Executor, importId: string) {
  const rows = await db
    .select({
      status: importRows.status,
      n: count(),
      existingProducers: sql<number>`count(${importRows.matchedProducerId})::int`,
      existingProducts: sql<number>`count(${importRows.matchedProductId})::int`,
    })
    .from(importRows)
    .where(eq(importRows.importId, importId))
    .groupBy(importRows.status);
  const byStatus = Object.fromEntries(rows.map((r) => [r.status, r.n]));
  // rows that will be written: complete ones and those with their gaps recorded
  const importable = rows.filter((r) => r.status === 'valid' || r.status === 'incomplete');
  return {
    rows: rows.reduce((a, r) => a + r.n, 0),
    ...byStatus,
    existingProducers: importable.reduce((a, r) => a + r.existingProducers, 0),
    existingProducts: importable.reduce((a, r) => a + r.existingProducts, 0),
  };
}

export async function listRows(
  db: Executor,
  importId: string,
  status: string | undefined,
  page: number,
  pageSize: number,
) {
  const where = and(
    eq(importRows.importId, importId),
    status ? sql`${importRows.status} = ${status}` : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    db
      .select()
      .from(importRows)
      .where(where)
      .orderBy(asc(importRows.rowNo))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(importRows).where(where),
  ]);
  return { items, total };
}

export async function findSavedMapping(db: Executor, kind: 'producers' | 'products', signature: string) {
  const [row] = await db
    .select()
    .from(importMappings)
    .where(and(eq(importMappings.kind, kind), eq(importMappings.headerSignature, signature)));
  return row ?? null;
}

export async function saveMapping(db: Executor, values: typeof importMappings.$inferInsert) {
  await db
    .insert(importMappings)
    .values(values)
    .onConflictDoUpdate({
      target: [importMappings.kind, importMappings.headerSignature],
      set: { mapping: values.mapping, name: values.name, createdBy: values.createdBy },
    });
}

/** Rows placed outside the importing officer's territory become invalid, in one statement. */
export async function flagOutsideScope(db: Executor, importId: string, scope: ListScope) {
  // importers are officers (unit scopes) or operators (all); other scopes never import
  if (scope.kind !== 'province' && scope.kind !== 'commune') return;
  const column = scope.kind === 'province' ? sql`s.current_province_id` : sql`s.current_commune_id`;
  const issue = JSON.stringify([
    {
      field: 'commune',
      code: 'OUTSIDE_SCOPE',
      message: { vi: 'Địa chỉ nằm ngoài địa bàn bạn quản lý', en: 'The address lies outside your territory' },
    },
  ]);
  await db.execute(sql`
    UPDATE import_rows r SET status = 'invalid', errors = r.errors || ${issue}::jsonb
    FROM admin_unit_scopes s
    WHERE r.import_id = ${importId} AND s.unit_id = r.values->>'unitId' AND ${column} IS DISTINCT FROM ${scope.unitId}
      AND r.status <> 'invalid'`);
}

/**
 * Rows whose product closely resembles another producer's product in the same
 * province (trigram similarity on folded names, same set or unknown set) get a
 * warning: one statement over the staging table, not one query per row.
 */
export async function flagPossibleDuplicates(db: Executor, importId: string) {
  await db.execute(sql`
    UPDATE import_rows r SET warnings = r.warnings || jsonb_build_array(jsonb_build_object(
      'field', 'productName', 'code', 'POSSIBLE_DUPLICATE',
      'message', jsonb_build_object(
        'vi', 'Gần giống sản phẩm đã có của chủ thể khác: ' || d.name || ' (' || d.producer || ')',
        'en', 'Closely resembles another producer''s product: ' || d.name || ' (' || d.producer || ')')))
    FROM (
      SELECT DISTINCT ON (r2.row_no) r2.row_no, p.name, pr.name AS producer
      FROM import_rows r2
      JOIN admin_unit_scopes s ON s.unit_id = r2.values->>'unitId'
      JOIN products p ON p.scope_province_id = s.current_province_id
        AND p.name_fold % f_unaccent(lower(r2.values->'product'->>'name'))
        AND similarity(p.name_fold, f_unaccent(lower(r2.values->'product'->>'name'))) >= 0.6
        AND (p.product_set IS NULL OR r2.values->'product'->>'productSet' IS NULL OR p.product_set = (r2.values->'product'->>'productSet')::int)
      JOIN producers pr ON pr.id = p.producer_id
      WHERE r2.import_id = ${importId} AND r2.status IN ('valid', 'incomplete', 'review') AND r2.matched_product_id IS NULL
        AND (r2.matched_producer_id IS NULL OR p.producer_id <> r2.matched_producer_id)
      ORDER BY r2.row_no, similarity(p.name_fold, f_unaccent(lower(r2.values->'product'->>'name'))) DESC) d
    WHERE r.import_id = ${importId} AND r.row_no = d.row_no`);
}

export async function findRow(db: Executor, importId: string, rowNo: number) {
  const [row] = await db
    .select()
    .from(importRows)
    .where(and(eq(importRows.importId, importId), eq(importRows.rowNo, rowNo)));
  return row ?? null;
}

export async function replaceRow(db: Executor, importId: string, row: StagingRow) {
  await db
    .update(importRows)
    .set({
      raw: row.raw,
      values: row.values,
      errors: row.errors,
      warnings: row.warnings,
      status: row.status,
      producerKey: row.producerKey,
      productKey: row.productKey,
      matchedProducerId: null,
      matchedProductId: null,
    })
    .where(and(eq(importRows.importId, importId), eq(importRows.rowNo, row.rowNo)));
}

/** Imports by id, named by their file, for the audit trail. */
export function importNames(db: Executor, ids: string[]) {
  return db.select({ id: imports.id, name: imports.fileName }).from(imports).where(inArray(imports.id, ids));
}
