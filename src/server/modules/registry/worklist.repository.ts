// The data-quality worklist in SQL (registry module): each product of a territory with
// the facts its record lacks, read from the product, its producer (a stand-in for a
// producer the list did not name), the unit it is placed at, and its current
// certificate (documented read-models: certificates, admin_units).
import { sql, type SQL } from 'drizzle-orm';
import type { ListScope } from '../../../domain/access/policy.ts';
import { queryRows, type Executor } from '../../db/client.ts';
import { products } from '../../db/schema/index.ts';
import { scopeSql } from '../../db/scope.ts';

/**
 * Every product of the scope with its gaps, as a relation g(id, name, producer_id, producer_name, unit_id, scope_province_id, gaps):
 * the rule of `gapsOfRecord` (src/domain/registry/incomplete-facts.ts) in SQL, so that a territory pages.
 */
function gapsOf(scope: ListScope): SQL {
  return sql`
    SELECT products.id, products.name, products.producer_id, pr.name AS producer_name, products.unit_id, products.scope_province_id,
      array_remove(ARRAY[
        CASE WHEN pr.placeholder THEN 'producer' END,
        CASE WHEN u.level IS DISTINCT FROM 'commune' THEN 'commune' END,
        CASE WHEN products.product_set IS NULL THEN 'productSet' END,
        CASE WHEN products.certificate_id IS NOT NULL AND products.certificate_stars IS NULL THEN 'stars' END,
        CASE WHEN products.certificate_id IS NOT NULL AND c.decision_no IS NULL THEN 'decisionNumber' END,
        CASE WHEN products.certificate_id IS NOT NULL AND c.decision_date IS NULL THEN 'decisionDate' END
      ], NULL) AS gaps
    FROM products
    JOIN producers pr ON pr.id = products.producer_id
    LEFT JOIN admin_units u ON u.id = products.unit_id
    LEFT JOIN certificates c ON c.id = products.certificate_id
    WHERE ${scopeSql(scope, products, products.producerId)} AND products.status <> 'withdrawn'`;
}

/**
 * One page of the worklist with its total and its count per fact, in one statement: the
 * territory's gaps are worked out once (a materialised CTE) and read three ways.
 */
export async function worklistPage(
  db: Executor,
  scope: ListScope,
  fact: string | undefined,
  page: number,
  pageSize: number,
) {
  const which = fact ? sql`${fact} = ANY(g.gaps)` : sql`cardinality(g.gaps) > 0`;
  const [row] = await queryRows<{
    total: number;
    byFact: { fact: string; count: number }[];
    items: {
      productId: string;
      productName: string;
      producerId: string;
      producerName: string;
      placeName: string | null;
      provinceName: string | null;
      gaps: string[];
    }[];
  }>(
    db,
    sql`WITH g AS MATERIALIZED (${gapsOf(scope)}),
          hit AS (SELECT * FROM g WHERE ${which})
        SELECT
          (SELECT count(*)::int FROM hit) AS total,
          (SELECT coalesce(json_agg(json_build_object('fact', f.fact, 'count', f.n) ORDER BY f.fact), '[]'::json)
             FROM (SELECT x.fact, count(*)::int AS n FROM g CROSS JOIN LATERAL unnest(g.gaps) AS x(fact) GROUP BY x.fact) f
          ) AS "byFact",
          (SELECT coalesce(json_agg(json_build_object(
               'productId', p.id, 'productName', p.name, 'producerId', p.producer_id, 'producerName', p.producer_name,
               'placeName', (SELECT u.name FROM admin_units u WHERE u.id = p.unit_id),
               'provinceName', (SELECT u.name FROM admin_units u WHERE u.id = p.scope_province_id),
               'gaps', p.gaps) ORDER BY p.name, p.id), '[]'::json)
             FROM (SELECT * FROM hit ORDER BY hit.name, hit.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) p
          ) AS items`,
  );
  return { items: row?.items ?? [], total: row?.total ?? 0, byFact: row?.byFact ?? [] };
}
