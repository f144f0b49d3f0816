// A province's yearly call for product ideas (đợt đăng ký ý tưởng sản phẩm): opened by
// its OCOP officers with two deadlines (ideas, then business plans), changed — an
// extension — with the change audited; read by everyone of the province, producers
// included, each deadline with the days left.
import type { Grant } from '../../../domain/access/policy.ts';
import { stepDeadline } from '../../../domain/ideas/idea-content.ts';
import type { AuditActor } from '../../core/actor.ts';
import { AppError } from '../../core/app-error.ts';
import type { AppDeps } from '../../core/deps.ts';
import type { Executor } from '../../db/client.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { assertProvince, findUnitIn } from '../admin-units/admin-units.service.ts';
import { getProducer } from '../registry/registry.service.ts';
import * as repo from './ideas.repository.ts';

type CallWithName = NonNullable<Awaited<ReturnType<typeof repo.findCall>>>;

export function presentCall({ call, provinceName }: CallWithName, today: string) {
  return {
    id: call.id,
    provinceId: call.provinceId,
    provinceName,
    year: call.year,
    ideasDueOn: call.ideasDueOn,
    plansDueOn: call.plansDueOn,
    note: call.note,
    ideas: stepDeadline(call.ideasDueOn, today),
    plans: stepDeadline(call.plansDueOn, today),
    version: call.version,
  };
}

/** The province a grant works in: its own, its commune's, its producer's; null for national grants. */
export async function provinceOfGrant(deps: AppDeps, grant: Grant): Promise<string | null | undefined> {
  if (grant.scopeKind === 'nation') return null;
  if (grant.role === 'producer' && grant.producerId)
    return (await getProducer(deps, grant, grant.producerId)).place.provinceId ?? undefined;
  if (grant.scopeKind !== 'unit' || !grant.unitId) return undefined;
  if (grant.unitLevel === 'province') return grant.unitId;
  const unit = await findUnitIn(deps.database.db, grant.unitId);
  return unit?.provinceId ?? undefined;
}

const mayManage = (grant: Grant, provinceId: string) =>
  grant.role === 'system_admin' ||
  (grant.role === 'province_officer' && grant.unitLevel === 'province' && grant.unitId === provinceId);

export async function listCalls(deps: AppDeps, grant: Grant) {
  const provinceId = await provinceOfGrant(deps, grant);
  if (provinceId === undefined) return { items: [] };
  const rows = await repo.listCalls(deps.database.db, provinceId === null ? null : [provinceId]);
  const today = deps.clock.today();
  return { items: rows.map((r) => presentCall(r, today)) };
}

/** A call the caller may read (its own province's, or any for national grants); 404 otherwise. */
export async function callFor(deps: AppDeps, grant: Grant, id: string) {
  const row = await repo.findCall(deps.database.db, id);
  const provinceId = row ? await provinceOfGrant(deps, grant) : undefined;
  if (!row || provinceId === undefined || (provinceId !== null && provinceId !== row.call.provinceId))
    throw new AppError('NOT_FOUND');
  return row;
}

/** The province's call of a year, for filing an idea under it. */
export async function callOfYear(db: Executor, provinceId: string, year: number) {
  return repo.callOf(db, provinceId, year);
}

export interface OpenCallInput {
  provinceId: string;
  year: number;
  ideasDueOn: string;
  plansDueOn: string;
  note?: string;
}

function assertDates(ideasDueOn: string, plansDueOn: string) {
  if (plansDueOn < ideasDueOn)
    throw new AppError('VALIDATION_FAILED', {}, { field: 'plansDueOn', reason: 'DATES_OUT_OF_ORDER' });
}

export async function openCall(deps: AppDeps, grant: Grant, actor: AuditActor, input: OpenCallInput) {
  if (!mayManage(grant, input.provinceId)) throw new AppError('FORBIDDEN');
  assertDates(input.ideasDueOn, input.plansDueOn);
  await assertProvince(deps.database.db, input.provinceId);
  const id = await deps.database.db.transaction(async (tx) => {
    const id = await repo.insertCall(tx, { ...input, note: input.note ?? '', createdBy: actor.userId });
    if (!id) throw new AppError('REGISTRATION_CALL_EXISTS', { year: input.year });
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'registration_call.opened',
      objectType: 'registration_call',
      objectId: id,
      after: { ...input },
    });
    return id;
  });
  return presentCall((await repo.findCall(deps.database.db, id))!, deps.clock.today());
}

export async function editCall(
  deps: AppDeps,
  grant: Grant,
  actor: AuditActor,
  id: string,
  input: { ideasDueOn?: string; plansDueOn?: string; note?: string; version: number },
) {
  const { call } = await callFor(deps, grant, id);
  if (!mayManage(grant, call.provinceId)) throw new AppError('FORBIDDEN');
  const { version, ...changes } = input;
  assertDates(changes.ideasDueOn ?? call.ideasDueOn, changes.plansDueOn ?? call.plansDueOn);
  await deps.database.db.transaction(async (tx) => {
    if (!(await repo.updateCall(tx, id, changes, version))) throw new AppError('CONFLICT');
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, call[k as keyof typeof changes]]));
    await appendAudit(tx, deps.auditSecret, actor, {
      action: 'registration_call.edited',
      objectType: 'registration_call',
      objectId: id,
      before,
      after: changes,
    });
  });
  return presentCall((await repo.findCall(deps.database.db, id))!, deps.clock.today());
}
