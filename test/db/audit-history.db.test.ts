// Histories people can read, on PGlite and PostgreSQL: a save that changes nothing
// writes no audit row and leaves updated_at alone (products, producers, the
// self-assessment sheet, a settled mapping); a save that changes something records
// only what changed; the audit log names its objects by asking their owners once
// per type per page, and says when an object no longer exists.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, max } from 'drizzle-orm';
import type { Grant } from '../../src/domain/access/policy.ts';
import { SYSTEM_ACTOR, type AuditActor } from '../../src/server/core/actor.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import {
  adminUnitMappings,
  auditLog,
  producers,
  products,
  selfAssessments,
} from '../../src/server/db/schema/index.ts';
import { settleMapping } from '../../src/server/modules/admin-units/admin-units.service.ts';
import { appendAudit, listAudit } from '../../src/server/modules/audit/audit.service.ts';
import { updateProducer } from '../../src/server/modules/registry/producer-write.service.ts';
import { updateProduct } from '../../src/server/modules/registry/product-write.service.ts';
import { historyOf } from '../../src/server/modules/registry/registry.service.ts';
import {
  createAssessment,
  saveAssessment,
} from '../../src/server/modules/self-assessment/self-assessment.service.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let actor: AuditActor;
const grantOf = (role: Grant['role'], unitId: string | null, unitLevel: Grant['unitLevel']): Grant => ({
  id: 'g',
  role,
  scopeKind: unitId ? 'unit' : 'nation',
  unitId,
  unitLevel,
  producerId: null,
  councilId: null,
  roundId: null,
});
const province = grantOf('province_officer', unit('38'), 'province');
const central = grantOf('central_officer', null, null);
const HAM_RONG = unit('14758');

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  const user = await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]);
  actor = { userId: user.id, label: user.email, ip: null, requestId: null };
});
after(() => tdb.drop());

const lastAuditId = async () =>
  (await deps.database.db.select({ id: max(auditLog.id) }).from(auditLog))[0].id ?? 0;
const updatedAtOf = async (table: typeof products | typeof producers | typeof selfAssessments, id: string) =>
  (
    await deps.database.db.select({ at: table.updatedAt }).from(table).where(eq(table.id, id))
  )[0].at.getTime();
const lines = (
  changes: { label: { vi: string }; before: { vi: string } | null; after: { vi: string } | null }[],
) => changes.map((c) => `${c.label.vi}: ${c.before ? `${c.before.vi} → ` : ''}${c.after?.vi}`);

describe(`a save that changes nothing leaves no trace (${ENGINE})`, () => {
  it('product: the same values again write no audit row and keep updated_at; a change records only itself', async () => {
    const { productIds } = await seedProducerInUnit(deps, HAM_RONG, { products: ['Nem chua Hàm Rồng'] });
    const id = productIds[0];
    await updateProduct(deps, province, actor, id, { description: 'Nem chua lá ổi', standards: ['VietGAP'] });
    const [audit, at] = [await lastAuditId(), await updatedAtOf(products, id)];
    await updateProduct(deps, province, actor, id, {
      name: 'Nem chua Hàm Rồng',
      productSet: 7,
      description: 'Nem chua lá ổi',
      standards: ['VietGAP'],
      ipStatus: 'none',
    });
    assert.equal(await lastAuditId(), audit, 'no audit row');
    assert.equal(await updatedAtOf(products, id), at, 'updated_at unchanged');

    await updateProduct(deps, province, actor, id, { name: 'Nem chua Hàm Rồng', ipStatus: 'registered' });
    assert.equal(await lastAuditId(), audit + 1);
    assert.ok((await updatedAtOf(products, id)) > at);
    const [latest] = await historyOf(deps, province, 'product', id);
    assert.deepEqual(latest.after, { ipStatus: 'registered' });
    assert.deepEqual(latest.before, { ipStatus: 'none' });
    assert.deepEqual(lines(latest.changes), ['Sở hữu trí tuệ: Chưa đăng ký → Đã được cấp văn bằng']);
  });

  it('producer: the same fields, personal values and workforce in another order write nothing', async () => {
    const { id } = await seedProducerInUnit(deps, HAM_RONG, { name: 'Hợp tác xã Chè Hàm Rồng' });
    const workforce = [
      { unitId: HAM_RONG, workers: 12, asOf: '2026-06-30' },
      { unitId: 'vn-3tier:14803', workers: 3, asOf: '2026-06-30' },
    ];
    await updateProducer(deps, province, actor, id, { phone: '0912 345 678', workforce });
    const [audit, at] = [await lastAuditId(), await updatedAtOf(producers, id)];
    await updateProducer(deps, province, actor, id, {
      name: 'Hợp tác xã Chè Hàm Rồng',
      legalType: 'cooperative',
      phone: '0912 345 678',
      unitId: HAM_RONG,
      representativeEthnicity: 'Tày',
      representativeSex: 'female',
      representativeDisability: false,
      workforce: [workforce[1], workforce[0]],
    });
    assert.equal(await lastAuditId(), audit, 'no audit row');
    assert.equal(await updatedAtOf(producers, id), at, 'updated_at unchanged');

    await updateProducer(deps, province, actor, id, {
      legalType: 'household',
      representativeEthnicity: 'Mường',
      representativeSex: 'female',
    });
    assert.equal(await lastAuditId(), audit + 1);
    const [latest] = await historyOf(deps, province, 'producer', id);
    assert.deepEqual(lines(latest.changes), [
      'Loại hình: Hợp tác xã → Hộ kinh doanh có đăng ký',
      'Dân tộc người đại diện: đã thay đổi',
    ]);
    assert.ok(!JSON.stringify(latest).includes('Mường'), 'no personal value in the history');
  });

  it('self-assessment: saving the same answers writes nothing; a changed answer reads "mức a → mức b"', async () => {
    const { productIds } = await seedProducerInUnit(deps, HAM_RONG, { products: ['Chè xanh Hàm Rồng'] });
    const sheet = await createAssessment(
      deps,
      province,
      actor,
      { productId: productIds[0], year: 2026, reusePrevious: false },
      '2026-07-01',
    );
    const saved = await saveAssessment(deps, province, actor, sheet.id, {
      answers: { '1.1': 1 },
      facts: { hasStory: false },
      comments: { '1.1': 'Nguyên liệu mua trong xã' },
      expectedUpdatedAt: sheet.updatedAt,
    });
    const [audit, at] = [await lastAuditId(), await updatedAtOf(selfAssessments, sheet.id)];
    const again = await saveAssessment(deps, province, actor, sheet.id, {
      answers: { '1.1': 1 },
      facts: { hasStory: false },
      comments: { '1.1': 'Nguyên liệu mua trong xã' },
      expectedUpdatedAt: saved.updatedAt,
    });
    assert.equal(await lastAuditId(), audit, 'no audit row');
    assert.equal(await updatedAtOf(selfAssessments, sheet.id), at, 'updated_at unchanged');
    assert.equal(again.updatedAt, saved.updatedAt);
    assert.deepEqual(again.answers, saved.answers);
    // a stale copy is still refused, as a write would be
    await assert.rejects(
      saveAssessment(deps, province, actor, sheet.id, {
        answers: { '1.1': 1 },
        facts: { hasStory: false },
        comments: { '1.1': 'Nguyên liệu mua trong xã' },
        expectedUpdatedAt: sheet.updatedAt,
      }),
      (e: { code?: string }) => e.code === 'CONFLICT',
    );

    await saveAssessment(deps, province, actor, sheet.id, {
      answers: { '1.1': 2 },
      facts: { hasStory: false },
      comments: { '1.1': 'Nguyên liệu mua trong xã' },
      expectedUpdatedAt: saved.updatedAt,
    });
    assert.equal(await lastAuditId(), audit + 1);
    const [latest] = await historyOf(deps, province, 'product', productIds[0]);
    assert.equal(latest.action, 'self_assessment.saved');
    assert.equal(lines(latest.changes)[0], 'Tiêu chí 1.1: mức 1 → mức 2');
    assert.ok(!latest.changes.some((c) => c.field.startsWith('comments') || c.field.startsWith('facts')));
  });

  it('a mapping settled again as it stands writes nothing', async () => {
    const [row] = await deps.database.db
      .select({ id: adminUnitMappings.id })
      .from(adminUnitMappings)
      .where(and(eq(adminUnitMappings.oldUnitId, 'vn-3tier:03898'), eq(adminUnitMappings.level, 'commune')));
    await settleMapping(deps, central, actor, row.id, unit('03910'), 'Thị trấn Phù Yên nhập vào Xã Phù Yên');
    const audit = await lastAuditId();
    await settleMapping(deps, central, actor, row.id, unit('03910'), 'Thị trấn Phù Yên nhập vào Xã Phù Yên');
    assert.equal(await lastAuditId(), audit, 'no audit row');
    await settleMapping(deps, central, actor, row.id, unit('03910'), 'Đã đối chiếu Nghị quyết');
    assert.equal(await lastAuditId(), audit + 1);
  });
});

describe(`the audit log names its objects (${ENGINE})`, () => {
  it('by asking each owner once per page; an object that no longer exists is said so', async () => {
    const { id: producerId, productIds } = await seedProducerInUnit(deps, HAM_RONG, {
      name: 'Hợp tác xã Mật ong Hàm Rồng',
      products: ['Mật ong bạc hà', 'Mật ong rừng'],
    });
    for (const id of productIds)
      await updateProduct(deps, province, actor, id, { description: 'Mật ong nguyên chất' });
    await updateProducer(deps, province, actor, producerId, { phone: '0912 111 222' });
    const gone = '00000000-0000-4000-8000-000000000000';
    await deps.database.db.transaction((tx) =>
      appendAudit(tx, deps.auditSecret, SYSTEM_ACTOR, {
        action: 'product.updated',
        objectType: 'product',
        objectId: gone,
        before: { name: 'Cũ' },
        after: { name: 'Mới' },
      }),
    );
    const asked: Record<string, string[][]> = {};
    const counting = {
      ...deps,
      auditNames: deps.auditNames.map((s) => ({
        ...s,
        namesOf: (db: Parameters<typeof s.namesOf>[0], ids: readonly string[]) => {
          asked[s.type] = [...(asked[s.type] ?? []), [...ids]];
          return s.namesOf(db, ids);
        },
      })),
    };
    const page = await listAudit(counting, undefined, 50);
    const byObject = (id: string) => page.items.filter((i) => i.objectId === id);
    assert.deepEqual(
      productIds.map((id) => byObject(id)[0].objectName),
      ['Mật ong bạc hà', 'Mật ong rừng'],
    );
    assert.equal(byObject(producerId)[0].objectName, 'Hợp tác xã Mật ong Hàm Rồng');
    assert.ok(byObject(producerId).every((i) => i.objectExists));
    const missing = byObject(gone)[0];
    assert.deepEqual([missing.objectName, missing.objectExists], [null, false]);
    const account = page.items.find((i) => i.objectType === 'user' && i.objectId === actor.userId);
    assert.match(account?.objectName ?? '', /^Người Thử Nghiệm \(.+@test\.vn\)$/);
    const settled = page.items.findLast((i) => i.action === 'admin_unit_mapping.settled');
    assert.equal(settled?.objectName, 'Thị trấn Phù Yên, Tỉnh Sơn La');
    assert.match(JSON.stringify(settled?.changes), /"after":\{"vi":"Xã Phù Yên, Sơn La"/);
    // one question per type for the whole page, however many rows name it
    for (const [type, calls] of Object.entries(asked)) assert.equal(calls.length, 1, type);
    assert.ok(asked.product[0].includes(gone) && asked.product[0].length >= 3);
  });
});
