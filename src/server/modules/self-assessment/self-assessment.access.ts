// Who may see and edit a self-assessment: whoever may see and edit its product.
import { eq } from 'drizzle-orm';
import type { Grant } from '../../../domain/access/policy.ts';
import type { Executor } from '../../db/client.ts';
import { producers, products, selfAssessments } from '../../db/schema/index.ts';
import { AppError } from '../../core/app-error.ts';
import { productActions } from '../../../domain/access/records.ts';

export async function productFor(db: Executor, grant: Grant, productId: string) {
  const [p] = await db
    .select({
      id: products.id,
      name: products.name,
      productSet: products.productSet,
      story: products.story,
      producerId: products.producerId,
      producerName: producers.name,
      scopeProvinceId: products.scopeProvinceId,
      scopeCommuneId: products.scopeCommuneId,
    })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(eq(products.id, productId));
  const actions = productActions(grant, p);
  if (!p || !actions.includes('view')) throw new AppError('NOT_FOUND');
  return { product: p, actions };
}

/** The sheet with the caller's actions; 404 outside one's scope. */
export async function assessmentFor(db: Executor, grant: Grant, id: string) {
  const [row] = await db.select().from(selfAssessments).where(eq(selfAssessments.id, id));
  if (!row) throw new AppError('NOT_FOUND');
  const { product, actions } = await productFor(db, grant, row.productId);
  return { row, product, canEdit: actions.includes('edit') };
}
