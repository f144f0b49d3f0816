// Creating and changing products. A product lives where its producer lives; the
// official code is assigned by the code rule in force (on recognition under
// QĐ 26/2026), and codes from earlier lists are kept exactly as given.
import type { Grant } from '../../../domain/access/policy.ts';
import { producerActions, productActions } from '../../../domain/access/records.ts';
import { normaliseGtin } from '../../../domain/registry/gtin.ts';
import type { CreateProductInput, UpdateProductInput } from '../../../shared/contracts/registry-write.ts';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { AuditActor } from '../../core/actor.ts';
import type { FieldSnapshot } from '../../../shared/audit-events.ts';
import { sameValue } from '../../../shared/audit-changes.ts';
import { appendAudit } from '../audit/audit.service.ts';
import * as repo from './registry-write.repository.ts';
import { duplicatesOf } from './duplicates.service.ts';

function checkedGtin(text: string | undefined): string | null | undefined {
  if (text === undefined) return undefined;
  const gtin = normaliseGtin(text);
  if (!gtin) throw new AppError('GTIN_INVALID', { value: text }, { field: 'gtin' });
  return gtin;
}

async function assertCodeFree(tx: Tx, code: string, selfId: string | null) {
  const holder = await repo.findProductByCode(tx, code);
  if (holder && holder.id !== selfId)
    throw new AppError('PRODUCT_CODE_TAKEN', { value: code }, { field: 'legacyCode' });
}

export async function createProductIn(
  tx: Tx,
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  input: CreateProductInput,
): Promise<string> {
  const producer = await repo.lockProducer(tx, input.producerId);
  const actions = producerActions(grant, producer);
  if (!producer || !actions.includes('view'))
    throw new AppError('PRODUCER_NOT_FOUND', { id: input.producerId }, { field: 'producerId' });
  if (!actions.includes('edit')) throw new AppError('FORBIDDEN');
  const { producerId, legacyCode, gtin, ...fields } = input;
  if (legacyCode) await assertCodeFree(tx, legacyCode, null);
  const id = await repo.insertProduct(tx, {
    ...fields,
    producerId,
    gtin: checkedGtin(gtin) ?? null,
    code: legacyCode ?? null,
    codeRuleId: null,
    unitId: producer.unitId,
    unitVersionId: producer.unitVersionId,
    scopeProvinceId: producer.scopeProvinceId,
    scopeCommuneId: producer.scopeCommuneId,
  });
  await appendAudit(tx, deps.auditSecret, actor, {
    action: 'product.created',
    objectType: 'product',
    objectId: id,
    after: input,
  });
  return id;
}

/** Registers the product, then warns of suspected duplicates (it never refuses: an officer judges). */
export async function createProduct(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  input: CreateProductInput,
) {
  const id = await deps.database.db.transaction((tx) => createProductIn(tx, deps, grant, actor, input));
  const row = await repo.findProduct(deps.database.db, id);
  return { id, ...(await duplicatesOf(deps.database.db, grant, id, row?.scopeProvinceId ?? null)) };
}

export async function updateProduct(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  patch: UpdateProductInput,
): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    const current = await repo.lockProduct(tx, id);
    const actions = productActions(grant, current);
    if (!current || !actions.includes('view')) throw new AppError('NOT_FOUND');
    if (!actions.includes('edit')) throw new AppError('FORBIDDEN');
    if (patch.expectedUpdatedAt && Date.parse(patch.expectedUpdatedAt) !== current.updatedAt.getTime())
      throw new AppError('CONFLICT');
    const { expectedUpdatedAt: _e, legacyCode, gtin, ...fields } = patch;
    const values: Record<string, unknown> = { ...fields };
    if (gtin !== undefined) values.gtin = checkedGtin(gtin);
    if (legacyCode !== undefined) {
      // an official code issued by this platform is never overwritten by hand
      if (current.codeRuleId) throw new AppError('FORBIDDEN');
      await assertCodeFree(tx, legacyCode, id);
      values.code = legacyCode;
    }
    // only what differs is written and audited; a save that changes nothing leaves no trace
    const was = current as unknown as FieldSnapshot;
    // (a key sent without a value is not written: the repository leaves undefined alone)
    const changed = Object.keys(values).filter(
      (k) => values[k] !== undefined && !sameValue(values[k], was[k]),
    );
    if (!changed.length) return;
    const after = Object.fromEntries(changed.map((k) => [k, values[k]]));
    await repo.updateProduct(tx, id, after);
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'product.updated',
      objectType: 'product',
      objectId: id,
      before: Object.fromEntries(changed.map((k) => [k, was[k]])),
      after: after as FieldSnapshot,
    });
  });
}

/** Every editable field of a product, for its form. */
export async function productDetails(deps: AppDeps, grant: Grant, id: string) {
  const row = await repo.findProduct(deps.database.db, id);
  const actions = productActions(grant, row);
  if (!row || !actions.includes('view')) throw new AppError('NOT_FOUND');
  return {
    id,
    updatedAt: row.updatedAt.toISOString(),
    name: row.name,
    productSet: row.productSet,
    description: row.description,
    story: row.story,
    rawMaterialOrigin: row.rawMaterialOrigin,
    standards: row.standards,
    ipStatus: row.ipStatus,
    trademarkNo: row.trademarkNo,
    qualityDeclarationNo: row.qualityDeclarationNo,
    packaging: row.packaging,
    labelInfo: row.labelInfo,
    gtin: row.gtin,
    code: row.code,
    codeRuleId: row.codeRuleId,
  };
}
