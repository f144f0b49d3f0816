// A producer's status moves on PGlite and PostgreSQL: each move writes the status,
// its history row and its audit row together; refusals leave all three alone; two
// officers confirming at once give one confirmation and one 409. Field changes
// clear what may be empty and a change of commune carries the record's scope.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, count, eq } from 'drizzle-orm';
import type { Grant } from '../../src/domain/access/policy.ts';
import type { AuditActor } from '../../src/server/core/actor.ts';
import { AppError } from '../../src/server/core/app-error.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { auditLog, producers, products, statusHistory } from '../../src/server/db/schema/index.ts';
import { changeProducerStatus } from '../../src/server/modules/registry/change-producer-status.ts';
import { updateProducer } from '../../src/server/modules/registry/producer-write.service.ts';
import { countPendingProducers } from '../../src/server/modules/registry/registry.service.ts';
import { ERRORS } from '../../src/shared/errors.ts';
import { makeDeps, seedPendingProducer, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let actor: AuditActor;
const HAM_RONG = unit('14758');
const HAC_THANH = unit('14797');
const grantOf = (role: Grant['role'], unitId: string, unitLevel: Grant['unitLevel']): Grant => ({
  id: 'g',
  role,
  scopeKind: 'unit',
  unitId,
  unitLevel,
  producerId: null,
  councilId: null,
  roundId: null,
});
const commune = grantOf('commune_officer', HAM_RONG, 'commune');
const otherCommune = grantOf('commune_officer', HAC_THANH, 'commune');
const province = grantOf('province_officer', unit('38'), 'province');
const ownGrant = (producerId: string): Grant => ({
  ...grantOf('producer', HAM_RONG, null),
  scopeKind: 'producer',
  unitId: null,
  producerId,
});

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  const user = await seedUser(deps, [{ role: 'commune_officer', scopeKind: 'unit', unitId: HAM_RONG }]);
  actor = { userId: user.id, label: user.email, ip: null, requestId: null };
});
after(() => tdb.drop());

const db = () => deps.database.db;
const statusOf = async (id: string) =>
  (await db().select({ s: producers.status }).from(producers).where(eq(producers.id, id)))[0].s;
const movesOf = async (id: string) =>
  db()
    .select({
      from: statusHistory.fromStatus,
      to: statusHistory.toStatus,
      event: statusHistory.event,
      reason: statusHistory.reason,
    })
    .from(statusHistory)
    .where(and(eq(statusHistory.aggregate, 'producer'), eq(statusHistory.aggregateId, id)))
    .orderBy(statusHistory.id);
const auditActionsOf = async (id: string) =>
  (
    await db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.objectType, 'producer'), eq(auditLog.objectId, id)))
      .orderBy(auditLog.id)
  ).map((r) => r.action);
const refusedWith = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

describe(`producer status moves (${ENGINE})`, () => {
  it('an officer of its commune confirms a pending producer: status, history and audit in one go', async () => {
    const p = await seedPendingProducer(deps, HAM_RONG, { name: 'Hộ kinh doanh Chờ xác nhận 1' });
    assert.equal(await countPendingProducers(deps, commune), 1);
    assert.equal(await countPendingProducers(deps, province), 1);
    assert.equal(await countPendingProducers(deps, otherCommune), 0);
    await changeProducerStatus(deps, commune, actor, p.id, { event: 'confirm' });
    assert.equal(await statusOf(p.id), 'active');
    assert.deepEqual(await movesOf(p.id), [
      { from: 'pending', to: 'active', event: 'confirm', reason: null },
    ]);
    assert.deepEqual(await auditActionsOf(p.id), ['producer.confirmed']);
    assert.equal(await countPendingProducers(deps, commune), 0);
  });

  it('refusals write nothing: another commune, the producer itself, a rejection without a reason', async () => {
    const p = await seedPendingProducer(deps, HAM_RONG, { name: 'Hộ kinh doanh Chờ xác nhận 2' });
    await assert.rejects(
      changeProducerStatus(deps, otherCommune, actor, p.id, { event: 'confirm' }),
      refusedWith('NOT_FOUND'),
    );
    await assert.rejects(
      changeProducerStatus(deps, ownGrant(p.id), actor, p.id, { event: 'confirm' }),
      refusedWith('FORBIDDEN'),
    );
    await assert.rejects(
      changeProducerStatus(deps, commune, actor, p.id, { event: 'reject', reason: ' ' }),
      refusedWith('REASON_REQUIRED'),
    );
    await assert.rejects(
      changeProducerStatus(deps, commune, actor, p.id, { event: 'deactivate', reason: 'x' }),
      refusedWith('WORKFLOW_NO_TRANSITION'),
    );
    assert.equal(await statusOf(p.id), 'pending');
    assert.deepEqual(await movesOf(p.id), []);
    assert.deepEqual(await auditActionsOf(p.id), []);
  });

  it('rejected with its reason, sent back by the producer, confirmed by the province', async () => {
    const p = await seedPendingProducer(deps, HAM_RONG, { name: 'Hộ kinh doanh Chờ xác nhận 3' });
    await changeProducerStatus(deps, commune, actor, p.id, { event: 'reject', reason: '  Sai địa chỉ  ' });
    await changeProducerStatus(deps, ownGrant(p.id), actor, p.id, { event: 'resubmit' });
    await changeProducerStatus(deps, province, actor, p.id, { event: 'confirm' });
    await changeProducerStatus(deps, commune, actor, p.id, { event: 'deactivate', reason: 'Ngừng sản xuất' });
    await changeProducerStatus(deps, province, actor, p.id, { event: 'reactivate' });
    assert.deepEqual(
      (await movesOf(p.id)).map((m) => `${m.from} -${m.event}-> ${m.to}${m.reason ? ` (${m.reason})` : ''}`),
      [
        'pending -reject-> rejected (Sai địa chỉ)',
        'rejected -resubmit-> pending',
        'pending -confirm-> active',
        'active -deactivate-> inactive (Ngừng sản xuất)',
        'inactive -reactivate-> active',
      ],
    );
    assert.deepEqual(await auditActionsOf(p.id), [
      'producer.rejected',
      'producer.resubmitted',
      'producer.confirmed',
      'producer.deactivated',
      'producer.reactivated',
    ]);
  });

  it('two officers confirming at once: one confirmation, the other refused with 409', async () => {
    const p = await seedPendingProducer(deps, HAM_RONG, { name: 'Hộ kinh doanh Chờ xác nhận 4' });
    const results = await Promise.allSettled([
      changeProducerStatus(deps, commune, actor, p.id, { event: 'confirm' }),
      changeProducerStatus(deps, province, actor, p.id, { event: 'confirm' }),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    assert.ok(refused.reason instanceof AppError, String(refused.reason));
    assert.equal(ERRORS[refused.reason.code].status, 409);
    assert.equal((await movesOf(p.id)).length, 1);
  });

  it('a stale copy is refused before anything moves', async () => {
    const p = await seedPendingProducer(deps, HAM_RONG, { name: 'Hộ kinh doanh Chờ xác nhận 5' });
    await assert.rejects(
      changeProducerStatus(deps, commune, actor, p.id, {
        event: 'confirm',
        expectedUpdatedAt: '2020-01-01T00:00:00.000Z',
      }),
      refusedWith('CONFLICT'),
    );
    assert.equal(await statusOf(p.id), 'pending');
  });
});

describe(`producer field changes (${ENGINE})`, () => {
  it('clears what may be empty, and a change of commune carries the scope of the record and its products', async () => {
    const p = await seedProducerInUnit(deps, HAM_RONG, {
      name: 'Hợp tác xã Đổi địa bàn',
      products: ['Mật ong'],
    });
    await updateProducer(deps, commune, actor, p.id, { phone: '0912 345 678', addressLine: 'Thôn 1' });
    await updateProducer(deps, commune, actor, p.id, { phone: null, addressLine: null });
    const [row] = await db().select().from(producers).where(eq(producers.id, p.id));
    assert.deepEqual([row.phone, row.addressLine], [null, null]);
    await updateProducer(deps, province, actor, p.id, { unitId: HAC_THANH });
    const [moved] = await db().select().from(producers).where(eq(producers.id, p.id));
    assert.deepEqual(
      [moved.unitId, moved.scopeCommuneId, moved.scopeProvinceId],
      [HAC_THANH, HAC_THANH, unit('38')],
    );
    const [{ n }] = await db()
      .select({ n: count() })
      .from(products)
      .where(and(eq(products.producerId, p.id), eq(products.scopeCommuneId, HAC_THANH)));
    assert.equal(n, 1);
    // the commune officer it left may no longer change it
    await assert.rejects(
      updateProducer(deps, commune, actor, p.id, { phone: '0912 000 000' }),
      refusedWith('NOT_FOUND'),
    );
  });
});
