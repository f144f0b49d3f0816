// Creating and changing producers: by a commune or provincial officer on the
// producer's behalf, by the producer itself (own record only), or by
// self-registration with a new account. Every change writes its audit row with
// before/after (personal fields go to the redactable store).
import { canCreateProducerAt, type Grant } from '../../../domain/access/policy.ts';
import { producerActions } from '../../../domain/access/records.ts';
import { parseTaxCode } from '../../../domain/import/values/tax-code.ts';
import type { CreateProducerInput, UpdateProducerInput } from '../../../shared/contracts/registry-write.ts';
import { AUDIT_FIELDS } from '../../../shared/audit-fields.ts';
import { editableProducerFields } from '../../../domain/registry/producer-fields.ts';
import type { ProducerStatus } from '../../../domain/registry/producer.workflow.ts';
import type { Tx } from '../../db/client.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import { CURRENT_STRUCTURE } from '../../../domain/admin-units/structures.ts';
import { findUnitIn as findUnit } from '../admin-units/admin-units.service.ts';
import type { AuditActor } from '../../core/actor.ts';
import { sameRows, sameValue } from '../../../shared/audit-changes.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { createUser } from '../users/users.service.ts';
import * as repo from './registry-write.repository.ts';

/** Checks the tax code's form and check digit; returns the normalised value. */
export function normaliseTaxCode(text: string | undefined): string | null {
  if (!text) return null;
  const parsed = parseTaxCode(text);
  if (!parsed.ok)
    throw new AppError(
      'TAX_CODE_INVALID',
      { value: text, reason: parsed.message.vi },
      { field: 'taxCode', en: parsed.message.en },
    );
  if (parsed.value?.kind === 'household_registration') {
    throw new AppError(
      'TAX_CODE_INVALID',
      { value: text, reason: 'đây là số đăng ký hộ kinh doanh, hãy nhập vào ô “số đăng ký”' },
      { field: 'taxCode', en: 'this is a household business registration number: put it in registrationNo' },
    );
  }
  return parsed.value?.value ?? null;
}

async function currentCommunePlace(tx: Tx, unitId: string) {
  const unit = await findUnit(tx, unitId);
  if (!unit || unit.versionId !== CURRENT_STRUCTURE || unit.level !== 'commune')
    throw new AppError('UNIT_NOT_COMMUNE', { code: unitId }, { field: 'unitId' });
  return repo.resolvePlace(tx, unitId);
}

function snapshot(input: Partial<CreateProducerInput>) {
  const { workforce, documents, ...fields } = input;
  return { ...fields, ...(workforce ? { workforce } : {}), ...(documents ? { documents } : {}) };
}

export async function createProducerIn(
  tx: Tx,
  deps: AppDeps,
  grant: Grant | null,
  actor: AuditActor,
  input: CreateProducerInput,
  ownerUserId: string | null,
  status: ProducerStatus = 'active',
): Promise<string> {
  const place = await currentCommunePlace(tx, input.unitId);
  // a self-registering producer has no grant yet; everyone else must cover the commune
  if (
    grant &&
    !canCreateProducerAt(grant, { provinceId: place.scopeProvinceId, communeId: place.scopeCommuneId })
  )
    throw new AppError('FORBIDDEN');
  const taxCode = normaliseTaxCode(input.taxCode);
  if (taxCode && (await repo.findProducerByTaxCode(tx, taxCode)))
    throw new AppError('TAX_CODE_TAKEN', { value: taxCode }, { field: 'taxCode' });
  const { workforce, documents, unitId: _unit, taxCode: _tax, ...fields } = input;
  const id = await repo.insertProducer(tx, { ...fields, ...place, taxCode, ownerUserId, status });
  if (workforce) await repo.replaceWorkforce(tx, id, await workforceRows(tx, workforce));
  if (documents) await repo.replaceDocuments(tx, id, documents);
  await appendAudit(tx, deps.auditSecret, actor, {
    action: 'producer.created',
    objectType: 'producer',
    objectId: id,
    after: { ...snapshot({ ...input, taxCode: taxCode ?? undefined }), status },
  });
  return id;
}

export function createProducer(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  input: CreateProducerInput,
): Promise<string> {
  return deps.database.db.transaction((tx) => createProducerIn(tx, deps, grant, actor, input, null));
}

/** A field's name in both languages, for the refusals that name it. */
function fieldWords(field: string) {
  const words = AUDIT_FIELDS.producer[field as keyof typeof AUDIT_FIELDS.producer];
  return { fieldVi: words?.vi ?? field, fieldEn: words?.en ?? field };
}

export async function updateProducer(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  patch: UpdateProducerInput,
): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    const current = await repo.lockProducer(tx, id);
    const actions = producerActions(grant, current);
    if (!current || !actions.includes('view')) throw new AppError('NOT_FOUND');
    if (!actions.includes('edit')) throw new AppError('FORBIDDEN');
    if (patch.expectedUpdatedAt && Date.parse(patch.expectedUpdatedAt) !== current.updatedAt.getTime())
      throw new AppError('CONFLICT');
    const { workforce, documents, unitId, taxCode, expectedUpdatedAt: _e, ...fields } = patch;
    const values: Record<string, unknown> = { ...fields };
    // the tax code as it is stored (checked first: a malformed one is named as such)
    if (taxCode !== undefined) values.taxCode = normaliseTaxCode(taxCode ?? undefined);
    const was = current as Record<string, unknown>;
    const moving = unitId !== undefined && unitId !== current.unitId;
    const changed = Object.keys(values).filter(
      (k) => values[k] !== undefined && !sameValue(values[k], was[k]),
    );
    const workforceBefore = workforce ? await repo.listWorkforce(tx, id) : undefined;
    const documentsBefore = documents ? await repo.listDocuments(tx, id) : undefined;
    const workforceChanged = workforce !== undefined && !sameRows(workforceBefore, workforce);
    const documentsChanged = documents !== undefined && !sameRows(documentsBefore, documents);
    // a field this grant may not change is refused by name; sending it unchanged is no change
    const editable = new Set<string>(editableProducerFields(grant.role, current.status, true));
    const refused = [
      ...changed,
      ...(moving ? ['unitId'] : []),
      ...(workforceChanged ? ['workforce'] : []),
      ...(documentsChanged ? ['documents'] : []),
    ].find((k) => !editable.has(k));
    if (refused) throw new AppError('PRODUCER_FIELD_OFFICER_ONLY', fieldWords(refused), { field: refused });
    if (moving) {
      const moved = await currentCommunePlace(tx, unitId);
      // a move changes which officers look after the record: an officer moves it only within its territory
      if (
        grant.role !== 'producer' &&
        !canCreateProducerAt(grant, { provinceId: moved.scopeProvinceId, communeId: moved.scopeCommuneId })
      )
        throw new AppError('FORBIDDEN');
      Object.assign(values, moved);
      // the commune and the scope it resolves to (core/place-bearing.ts) are written and audited with the rest
      for (const k of Object.keys(moved)) if (!sameValue(values[k], was[k])) changed.push(k);
      await repo.moveProductsOf(tx, id, moved);
    }
    if (typeof values.taxCode === 'string' && values.taxCode !== current.taxCode) {
      const holder = await repo.findProducerByTaxCode(tx, values.taxCode);
      if (holder && holder.id !== id)
        throw new AppError('TAX_CODE_TAKEN', { value: values.taxCode }, { field: 'taxCode' });
    }
    // only what differs is written and audited; a save that changes nothing leaves no trace
    if (!changed.length && !workforceChanged && !documentsChanged) return;
    const after = Object.fromEntries(changed.map((k) => [k, values[k]]));
    await repo.updateProducer(tx, id, after);
    if (workforceChanged) await repo.replaceWorkforce(tx, id, await workforceRows(tx, workforce));
    if (documentsChanged) await repo.replaceDocuments(tx, id, documents);
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'producer.updated',
      objectType: 'producer',
      objectId: id,
      before: {
        ...Object.fromEntries(changed.map((k) => [k, was[k]])),
        ...(workforceChanged ? { workforce: workforceBefore } : {}),
        ...(documentsChanged ? { documents: documentsBefore } : {}),
      },
      after: snapshot({
        ...(after as Partial<CreateProducerInput>),
        ...(workforceChanged ? { workforce } : {}),
        ...(documentsChanged ? { documents } : {}),
      }),
    });
  });
}

/** Self-registration: a new account, its producer record and the producer grant, in one transaction. */
export async function registerProducer(
  deps: AppDeps,
  meta: AuditActor,
  account: { email: string; password: string; fullName: string },
  input: CreateProducerInput,
) {
  return deps.database.db.transaction(async (tx) => {
    // a producer that registers itself waits for its commune's confirmation (producer.workflow.ts)
    const producerId = await createProducerIn(
      tx,
      deps,
      null,
      { ...meta, label: account.email },
      input,
      null,
      'pending',
    );
    const userId = await createUser(
      deps,
      { ...meta, label: account.email },
      {
        email: account.email,
        fullName: account.fullName,
        password: account.password,
        mustChangePassword: false,
        grants: [{ role: 'producer', scopeKind: 'producer', producerId }],
      },
      tx,
    );
    await repo.updateProducer(tx, producerId, { ownerUserId: userId });
    return { producerId, userId };
  });
}

async function workforceRows(tx: Tx, rows: NonNullable<CreateProducerInput['workforce']>) {
  const out = [];
  for (const r of rows) {
    const unit = await findUnit(tx, r.unitId);
    if (!unit) throw new AppError('UNIT_NOT_FOUND', { code: r.unitId }, { field: 'workforce.unitId' });
    out.push({ unitId: r.unitId, unitVersionId: unit.versionId, workers: r.workers, asOf: r.asOf });
  }
  return out;
}

/** Contacts, papers and workforce of a producer; personal fields only for those who may edit it. */
export async function producerDetails(deps: AppDeps, grant: Grant, id: string) {
  const { db } = deps.database;
  const current = await repo.lockProducerForRead(db, id);
  const actions = producerActions(grant, current);
  if (!current || !actions.includes('view')) throw new AppError('NOT_FOUND');
  const personal = actions.includes('edit')
    ? {
        representativeSex: current.representativeSex,
        representativeEthnicity: current.representativeEthnicity,
        representativeDisability: current.representativeDisability,
      }
    : {};
  return {
    id,
    updatedAt: current.updatedAt.toISOString(),
    name: current.name,
    legalType: current.legalType,
    taxCode: current.taxCode,
    unitId: current.unitId,
    provinceId: current.scopeProvinceId,
    status: current.status,
    representativeName: current.representativeName,
    phone: current.phone,
    email: current.email,
    website: current.website,
    registrationNo: current.registrationNo,
    registrationDate: current.registrationDate,
    addressLine: current.addressLine,
    ...personal,
    documents: await repo.listDocuments(db, id),
    workforce: await repo.listWorkforceNamed(db, id),
    editableFields: editableProducerFields(grant.role, current.status, actions.includes('edit')),
  };
}
