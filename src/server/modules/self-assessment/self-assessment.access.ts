// Who may see and edit a self-assessment: whoever may see and edit its product
// (the registry decides that, through its service).
import type { Grant } from '../../../domain/access/policy.ts';
import { AppError } from '../../core/app-error.ts';
import type { Executor } from '../../db/client.ts';
import { getProductFacts } from '../registry/registry.service.ts';
import { findAssessment } from './self-assessment.repository.ts';

export function productFor(db: Executor, grant: Grant, productId: string) {
  return getProductFacts(db, grant, productId);
}

/** The sheet with the caller's actions; 404 outside one's scope. */
export async function assessmentFor(db: Executor, grant: Grant, id: string) {
  const row = await findAssessment(db, id);
  if (!row) throw new AppError('NOT_FOUND');
  const { product, actions } = await productFor(db, grant, row.productId);
  return { row, product, canEdit: actions.includes('edit') };
}
