// Signals of suspected duplicates, computed in SQL: candidate pairs come from the
// trigram index on folded names, a shared producer, or an identical photo hash;
// each pair gets the signals the pure scorer (src/domain/registry/duplicates.ts)
// turns into a ranked verdict.
import { sql, type SQL } from 'drizzle-orm';
import type { ListScope } from '../../../domain/access/policy.ts';
import { queryRows, type Executor } from '../../db/client.ts';

export interface PairRow {
  a_id: string;
  b_id: string;
  a_name: string;
  b_name: string;
  a_producer: string;
  b_producer: string;
  name_sim: number;
  same_producer: boolean;
  same_set: boolean;
  related: 'tax_code' | 'representative' | 'address' | null;
  text_sim: number | null;
  photo_distance: number | null;
}

function scopeOf(alias: string, scope: ListScope): SQL {
  const t = sql.raw(alias);
  switch (scope.kind) {
    case 'all':
      return sql`true`;
    case 'province':
      return sql`${t}.scope_province_id = ${scope.unitId}`;
    case 'commune':
      return sql`${t}.scope_commune_id = ${scope.unitId}`;
    case 'producer':
      return sql`${t}.producer_id = ${scope.producerId}`;
    case 'none':
      return sql`false`;
  }
}

const TEXT = (alias: string) =>
  sql.raw(
    `f_unaccent(lower(concat_ws(' ', ${alias}.description, ${alias}.story, ${alias}.raw_material_origin)))`,
  );

/** Candidate pairs where both products are within the scope (and, optionally, one of them is `focus`). */
export async function candidatePairs(
  db: Executor,
  scope: ListScope,
  opts: { focus?: string; limit: number },
): Promise<PairRow[]> {
  const focus = opts.focus ? sql`AND (a.id = ${opts.focus} OR b.id = ${opts.focus})` : sql``;
  return queryRows<PairRow>(
    db,
    sql`
    SELECT a.id AS a_id, b.id AS b_id, a.name AS a_name, b.name AS b_name, pa.name AS a_producer, pb.name AS b_producer,
      similarity(a.name_fold, b.name_fold)::float8 AS name_sim,
      a.producer_id = b.producer_id AS same_producer,
      a.product_set IS NOT DISTINCT FROM b.product_set AS same_set,
      CASE WHEN a.producer_id = b.producer_id THEN NULL
           WHEN pa.tax_code IS NOT NULL AND pa.tax_code = pb.tax_code THEN 'tax_code'
           WHEN pa.representative_name IS NOT NULL AND f_unaccent(lower(pa.representative_name)) = f_unaccent(lower(pb.representative_name)) AND pa.scope_province_id = pb.scope_province_id THEN 'representative'
           WHEN pa.address_line IS NOT NULL AND f_unaccent(lower(pa.address_line)) = f_unaccent(lower(pb.address_line)) AND pa.unit_id = pb.unit_id THEN 'address' END AS related,
      CASE WHEN length(${TEXT('a')}) > 20 AND length(${TEXT('b')}) > 20 THEN similarity(${TEXT('a')}, ${TEXT('b')})::float8 END AS text_sim,
      (SELECT min(length(replace((('x' || fa.phash)::bit(64) # ('x' || fb.phash)::bit(64))::text, '0', '')))
         FROM product_photos fa JOIN product_photos fb ON fa.product_id = a.id AND fb.product_id = b.id) AS photo_distance
    FROM products a
    JOIN products b ON b.id <> a.id AND a.id < b.id AND (
      a.name_fold % b.name_fold OR a.producer_id = b.producer_id
      OR EXISTS (SELECT 1 FROM product_photos fa JOIN product_photos fb ON fa.phash = fb.phash WHERE fa.product_id = a.id AND fb.product_id = b.id))
    JOIN producers pa ON pa.id = a.producer_id
    JOIN producers pb ON pb.id = b.producer_id
    WHERE ${scopeOf('a', scope)} AND ${scopeOf('b', scope)} AND a.status <> 'withdrawn' AND b.status <> 'withdrawn' ${focus}
    ORDER BY name_sim DESC
    LIMIT ${opts.limit}`,
  );
}
