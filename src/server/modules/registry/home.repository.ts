// The registry's part of the home pages: counts of a scope's products by star and by
// certificate state (one pass over the scope's rows, by province), the certificates
// in or near their renewal window, the producers waiting for confirmation, and a
// producer's own record and products. Certificate states are those of the copy of
// each product's current certificate on its row (db/certificate-state.ts).
import { and, asc, count, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { ListScope } from '../../../domain/access/policy.ts';
import type { RenewalRules } from '../../../domain/certificates/certificate-state.ts';
import { mayCarryMark, RENEWAL_RULES_26_2026 } from '../../../domain/certificates/certificate-state.ts';
import { CERTIFICATE_STATES } from '../../../shared/enums.ts';
import {
  certificateStateIn,
  certificateStateIs,
  certificateStateOf,
  productCertificate,
  productCertificateSelection,
  type CertificateStateFilter,
} from '../../db/certificate-state.ts';
import { queryRows, type Executor } from '../../db/client.ts';
import { producers, products } from '../../db/schema/index.ts';
import { scopeSql } from '../../db/scope.ts';

/** States in which a certificate carries the mark, as the domain decides them. */
const MARKED = CERTIFICATE_STATES.filter(mayCarryMark);
const STATES: readonly CertificateStateFilter[] = [...CERTIFICATE_STATES, 'none'];

/** Valid, not filed, and the window opens within `nearDays`: soon due. */
function nearWindow(today: SQL, nearDays: number, rules: RenewalRules): SQL {
  const opens = rules.windowOpensDaysBefore;
  return sql`(${certificateStateIs(productCertificate, 'valid', today, rules)} AND ${products.certificateValidUntil} <= (${today} + ${sql.raw(String(opens + nearDays))}))`;
}

function due(today: SQL, nearDays: number, rules: RenewalRules): SQL {
  return sql`(${certificateStateIn(productCertificate, ['renewalWindowOpen', 'renewalWindowClosed'], today, rules)} OR ${nearWindow(today, nearDays, rules)})`;
}

export interface ProvinceCounts {
  provinceId: string | null;
  provinceName: string | null;
  products: number;
  stars: Record<3 | 4 | 5, number>;
  states: Record<CertificateStateFilter, number>;
  renewalsDue: number;
}

/** The scope's products (withdrawn ones left out) counted by province, star and certificate state. */
export async function countProducts(
  db: Executor,
  scope: ListScope,
  today: string,
  nearDays: number,
  rules: RenewalRules = RENEWAL_RULES_26_2026,
): Promise<ProvinceCounts[]> {
  const day = sql`${today}::date`;
  // each row's state once, by the SQL mirror of the domain function (migration 0016)
  const quoted = (states: readonly string[]) => sql.raw(states.map((x) => `'${x}'`).join(', '));
  const stateCounts = STATES.map(
    (s, i) => sql`count(*) FILTER (WHERE st.state = ${sql.raw(`'${s}'`)}) AS ${sql.raw(`s${i}`)}`,
  );
  const rows = await queryRows<Record<string, string | number | null>>(
    db,
    sql`SELECT ${products.scopeProvinceId} AS province_id,
          (SELECT u.name FROM admin_units u WHERE u.id = ${products.scopeProvinceId}) AS province_name,
          count(*) AS products,
          count(*) FILTER (WHERE st.state IN (${quoted(MARKED)}) AND ${products.certificateStars} = 3) AS stars3,
          count(*) FILTER (WHERE st.state IN (${quoted(MARKED)}) AND ${products.certificateStars} = 4) AS stars4,
          count(*) FILTER (WHERE st.state IN (${quoted(MARKED)}) AND ${products.certificateStars} = 5) AS stars5,
          count(*) FILTER (WHERE ${due(day, nearDays, rules)}) AS due,
          ${sql.join(stateCounts, sql`, `)}
        FROM ${products}
        CROSS JOIN LATERAL (SELECT ${certificateStateOf(productCertificate, day, rules)} AS state) st
        WHERE ${scopeSql(scope, products, products.producerId)} AND ${products.status} <> 'withdrawn'
        GROUP BY ${products.scopeProvinceId}
        ORDER BY province_name NULLS LAST`,
  );
  return rows.map((r) => ({
    provinceId: (r.province_id as string | null) ?? null,
    provinceName: (r.province_name as string | null) ?? null,
    products: Number(r.products),
    stars: { 3: Number(r.stars3), 4: Number(r.stars4), 5: Number(r.stars5) },
    states: Object.fromEntries(STATES.map((s, i) => [s, Number(r[`s${i}`])])) as Record<
      CertificateStateFilter,
      number
    >,
    renewalsDue: Number(r.due),
  }));
}

/** Certificates in or near their renewal window, soonest first. */
export async function renewalsDue(
  db: Executor,
  scope: ListScope,
  today: string,
  nearDays: number,
  limit: number,
  rules: RenewalRules = RENEWAL_RULES_26_2026,
) {
  const day = sql`${today}::date`;
  return db
    .select({
      productId: products.id,
      productName: products.name,
      producerName: sql<string>`(SELECT pr.name FROM producers pr WHERE pr.id = ${products.producerId})`,
      provinceName: sql<
        string | null
      >`(SELECT u.name FROM admin_units u WHERE u.id = ${products.scopeProvinceId})`,
      stars: sql<number>`${products.certificateStars}`,
      status: products.certificateStatus,
      validUntil: sql<string>`${products.certificateValidUntil}`,
      renewalFiledOn: products.certificateRenewalFiledOn,
    })
    .from(products)
    .where(
      and(
        scopeSql(scope, products, products.producerId),
        ne(products.status, 'withdrawn'),
        due(day, nearDays, rules),
      ),
    )
    .orderBy(asc(products.certificateValidUntil), asc(products.id))
    .limit(limit);
}

/** Self-registered producers waiting for confirmation within a scope, by province (partial index producers_pending). */
export async function countPendingProducers(db: Executor, scope: ListScope) {
  return db
    .select({ provinceId: producers.scopeProvinceId, n: count() })
    .from(producers)
    .where(and(scopeSql(scope, producers, producers.id), eq(producers.status, 'pending')))
    .groupBy(producers.scopeProvinceId);
}

/** A producer's record as its home needs it, and its products (withdrawn ones left out). */
export async function producerWithProducts(db: Executor, producerId: string) {
  const [producer] = await db
    .select({
      id: producers.id,
      name: producers.name,
      status: producers.status,
      representativeName: producers.representativeName,
      phone: producers.phone,
      email: producers.email,
    })
    .from(producers)
    .where(eq(producers.id, producerId));
  if (!producer) return null;
  const items = await db
    .select({
      id: products.id,
      name: products.name,
      productSet: products.productSet,
      description: products.description,
      certificate: productCertificateSelection,
    })
    .from(products)
    .where(and(eq(products.producerId, producerId), ne(products.status, 'withdrawn')))
    .orderBy(asc(products.name), asc(products.id));
  return { producer, products: items };
}
