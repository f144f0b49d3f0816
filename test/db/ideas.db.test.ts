// Product ideas in the database on both engines: two officers selecting the same idea
// at once move it once (the second is refused with a 409, one status row written); a
// withdrawn idea cannot be selected; the registered product is unique to its idea;
// the call's deadlines hold in order (the table's check), one call a year.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Grant } from '../../src/domain/access/policy.ts';
import type { AuditActor } from '../../src/server/core/actor.ts';
import { AppError } from '../../src/server/core/app-error.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { registrationCalls, statusHistory } from '../../src/server/db/schema/index.ts';
import { actOnIdea, createIdea } from '../../src/server/modules/ideas/idea-filing.service.ts';
import { openCall } from '../../src/server/modules/ideas/registration-calls.service.ts';
import { ERRORS } from '../../src/shared/errors.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let actor: AuditActor;
let producerId: string;
const HAM_RONG = unit('14758');
const PROVINCE = unit('38');
const grant = (g: Partial<Grant>): Grant => ({
  id: 'g',
  role: 'commune_officer',
  scopeKind: 'unit',
  unitId: HAM_RONG,
  unitLevel: 'commune',
  producerId: null,
  councilId: null,
  roundId: null,
  ...g,
});
const commune = grant({});
const province = grant({ role: 'province_officer', unitId: PROVINCE, unitLevel: 'province' });
const own = () =>
  grant({ role: 'producer', scopeKind: 'producer', unitId: null, unitLevel: null, producerId });

const fields = {
  kind: 'newProduct' as const,
  name: 'Bánh cuốn Hàm Rồng',
  productSetNo: 1,
  description: 'Bánh cuốn tráng tay',
  rawMaterials: 'Gạo của các hộ trong phường',
  localIdentity: 'Món quà sáng của phố cổ',
};

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  deps.clock = fixedDateClock('2027-03-10');
  const user = await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: PROVINCE }]);
  actor = { userId: user.id, label: user.email, ip: null, requestId: null };
  producerId = (await seedProducerInUnit(deps, HAM_RONG, { products: [] })).id;
  await openCall(deps, province, actor, {
    provinceId: PROVINCE,
    year: 2027,
    ideasDueOn: '2027-04-30',
    plansDueOn: '2027-08-31',
  });
});
after(() => tdb.drop());

const refusedWith = (status: number) => (err: unknown) =>
  err instanceof AppError && ERRORS[err.code].status === status;

describe('product ideas in the database', () => {
  it('two officers selecting the same idea at once move it once', async () => {
    const idea = await createIdea(deps, own(), actor, fields);
    await actOnIdea(deps, own(), actor, idea.id, { event: 'submit' });
    const results = await Promise.allSettled([
      actOnIdea(deps, commune, actor, idea.id, { event: 'select' }),
      actOnIdea(deps, commune, actor, idea.id, { event: 'select' }),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    assert.ok(refusedWith(409)(refused.reason), String(refused.reason));
    const moves = await deps.database.db
      .select()
      .from(statusHistory)
      .where(eq(statusHistory.aggregateId, idea.id));
    assert.deepEqual(moves.map((m) => m.toStatus).sort(), ['selected', 'submitted']);
  });

  it('a withdrawn idea cannot be selected, nor another producer’s idea sent', async () => {
    const idea = await createIdea(deps, own(), actor, { ...fields, name: 'Chả tôm' });
    await actOnIdea(deps, own(), actor, idea.id, { event: 'withdraw' });
    await assert.rejects(actOnIdea(deps, commune, actor, idea.id, { event: 'select' }), refusedWith(409));
    const stranger = grant({
      role: 'producer',
      scopeKind: 'producer',
      unitId: null,
      unitLevel: null,
      producerId: '00000000-0000-4000-8000-000000000000',
    });
    await assert.rejects(actOnIdea(deps, stranger, actor, idea.id, { event: 'submit' }), refusedWith(404));
  });

  it('keeps a call’s deadlines in order and one call a year', async () => {
    await assert.rejects(
      deps.database.db
        .insert(registrationCalls)
        .values({ provinceId: PROVINCE, year: 2028, ideasDueOn: '2028-05-01', plansDueOn: '2028-04-01' }),
    );
    await assert.rejects(
      openCall(deps, province, actor, {
        provinceId: PROVINCE,
        year: 2027,
        ideasDueOn: '2027-05-01',
        plansDueOn: '2027-09-01',
      }),
      refusedWith(409),
    );
  });
});
