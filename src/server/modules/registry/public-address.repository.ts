// A product as its public address shows it (`/sp/{publicId}`): found by its public
// id alone, whatever its scope, and only the columns the public may read.
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { productCertificateSelection } from '../../db/certificate-state.ts';
import { products } from '../../db/schema/index.ts';
import { outer } from './registry-search.repository.ts';

/** A unit's name by id (null for none). */
const unitName = (id: ReturnType<typeof outer>) =>
  sql<string | null>`(SELECT u.name FROM admin_units u WHERE u.id = ${id})`;

export async function findByPublicId(db: Executor, publicId: string) {
  const recorded = outer(products.unitId);
  const [row] = await db
    .select({
      publicId: products.publicId,
      name: products.name,
      status: products.status,
      productSet: products.productSet,
      producerName: sql<string>`(SELECT pr.name FROM producers pr WHERE pr.id = ${outer(products.producerId)})`,
      // the current structure's names where the place resolved; otherwise those of the unit recorded
      communeName: sql<string | null>`coalesce(${unitName(outer(products.scopeCommuneId))},
        (SELECT u.name FROM admin_units u WHERE u.id = ${recorded} AND u.level = 'commune'))`,
      provinceName: sql<string | null>`coalesce(${unitName(outer(products.scopeProvinceId))},
        (SELECT p.name FROM admin_units u JOIN admin_units p ON p.id = u.province_id WHERE u.id = ${recorded}))`,
      certificate: productCertificateSelection,
      // the current certificate's decision (certificates: a documented read-model of the registry)
      decisionNumber: sql<
        string | null
      >`(SELECT c.decision_no FROM certificates c WHERE c.id = ${outer(products.certificateId)})`,
    })
    .from(products)
    .where(eq(products.publicId, publicId));
  return row ?? null;
}
