// Correcting producer records and confirming self-registered producers over HTTP:
// which fields the producer and its officers may change, clearing a field, stale
// copies, moves between communes, and the pending → confirmed path with its refusals.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import type { Grant } from '../../src/domain/access/policy.ts';
import { countPendingProducers } from '../../src/server/modules/registry/registry.service.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit, validTaxCode } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
const S: Record<string, Session> = {};
const HAM_RONG = unit('14758');
const HAC_THANH = unit('14797');
const HA_TU = unit('06652');

const patch = (session: Session, id: string, body: object, headers?: Record<string, string>) =>
  call(app, `/api/producers/${id}`, { method: 'PATCH', session, body, headers });
const move = (session: Session, id: string, body: object) =>
  call(app, `/api/producers/${id}/status`, { session, body });
const details = async (session: Session, id: string) =>
  (await call(app, `/api/producers/${id}/details`, { session })).json;
const historyOf = async (id: string) =>
  (await call(app, `/api/producers/${id}/history`, { session: S.commune })).json.items;

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  app = createApp(deps);
  const users = {
    commune: await seedUser(deps, [{ role: 'commune_officer', scopeKind: 'unit', unitId: HAM_RONG }]),
    province: await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]),
    otherCommune: await seedUser(deps, [{ role: 'commune_officer', scopeKind: 'unit', unitId: HA_TU }]),
    neighbour: await seedUser(deps, [{ role: 'commune_officer', scopeKind: 'unit', unitId: HAC_THANH }]),
    central: await seedUser(deps, [{ role: 'central_officer', scopeKind: 'nation' }]),
  };
  for (const [k, u] of Object.entries(users)) S[k] = await login(app, u.email);
});
after(() => tdb.drop());

async function confirmedProducer(name: string) {
  const seeded = await seedProducerInUnit(deps, HAM_RONG, { name, products: [`Sản phẩm của ${name}`] });
  const account = await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId: seeded.id }]);
  return { ...seeded, session: await login(app, account.email) };
}

describe('a confirmed producer and its officers change its record', () => {
  it('the producer may not change its name: 403 naming the field, in the reader’s language', async () => {
    const p = await confirmedProducer('Hợp tác xã Rau sạch Hàm Rồng');
    const vi = await patch(p.session, p.id, { name: 'Hợp tác xã Rau an toàn Hàm Rồng' });
    assertError(
      vi,
      403,
      'PRODUCER_FIELD_OFFICER_ONLY',
      '“Tên chủ thể” của chủ thể đã được xác nhận chỉ do cán bộ OCOP của xã hoặc tỉnh sửa; hãy liên hệ cán bộ OCOP của xã',
    );
    assert.equal(vi.json.error.details.field, 'name');
    const en = await patch(p.session, p.id, { legalType: 'enterprise' }, { 'accept-language': 'en' });
    assertError(
      en,
      403,
      'PRODUCER_FIELD_OFFICER_ONLY',
      '“Legal type” of a confirmed producer is changed by a commune or provincial OCOP officer; contact your commune’s OCOP officer',
    );
    // a refused request changes nothing, not even the fields it could change
    const mixed = await patch(p.session, p.id, { phone: '0912 111 222', taxCode: validTaxCode(281_000_000) });
    assertError(mixed, 403, 'PRODUCER_FIELD_OFFICER_ONLY');
    assert.equal(mixed.json.error.details.field, 'taxCode');
    assert.equal((await details(p.session, p.id)).phone, null);
    // what the API lists as editable is what it accepts
    const mine = await details(p.session, p.id);
    assert.ok(!mine.editableFields.includes('name') && mine.editableFields.includes('phone'));
    assert.deepEqual(
      (await details(S.commune, p.id)).editableFields.filter((f: string) => !mine.editableFields.includes(f)),
      ['name', 'legalType', 'taxCode', 'registrationNo', 'registrationDate', 'addressLine', 'unitId'],
    );
  });

  it('the producer changes and clears its own contacts; sending a field unchanged is no change', async () => {
    const p = await confirmedProducer('Hộ kinh doanh Nem Bà Lan');
    const set = await patch(p.session, p.id, {
      phone: '0912 345 678',
      email: 'NEM.BALAN@example.vn',
      website: 'https://nembalan.example.vn',
      representativeName: 'Nguyễn Thị Lan',
      name: 'Hộ kinh doanh Nem Bà Lan',
    });
    assert.equal(set.status, 200, set.text);
    let d = await details(p.session, p.id);
    assert.deepEqual(
      [d.phone, d.email, d.website],
      ['0912 345 678', 'nem.balan@example.vn', 'https://nembalan.example.vn'],
    );
    // null and an empty text both clear a field that may be empty
    const cleared = await patch(p.session, p.id, {
      phone: null,
      website: '  ',
      expectedUpdatedAt: d.updatedAt,
    });
    assert.equal(cleared.status, 200, cleared.text);
    d = await details(p.session, p.id);
    assert.deepEqual([d.phone, d.email, d.website], [null, 'nem.balan@example.vn', null]);
    const [last] = await historyOf(p.id);
    assert.equal(last.action, 'producer.updated');
    assert.deepEqual(last.after, { phone: null, website: null });
    const phone = last.changes.find((c: { field: string }) => c.field === 'phone');
    assert.deepEqual(
      [phone.label.vi, phone.before.vi, phone.after.vi],
      ['Điện thoại', '0912 345 678', '(trống)'],
    );
    // a field every producer has cannot be emptied
    assertError(await patch(p.session, p.id, { representativeName: '' }), 400, 'VALIDATION_FAILED');
    assertError(await patch(S.commune, p.id, { name: null }), 400, 'VALIDATION_FAILED');
  });

  it('its commune officer changes everything, audited field by field; a cleared tax code frees it', async () => {
    const p = await confirmedProducer('Hợp tác xã Chè Hàm Rồng');
    const taxCode = validTaxCode(281_100_000);
    const before = await details(S.commune, p.id);
    const r = await patch(S.commune, p.id, {
      name: 'Hợp tác xã Chè xanh Hàm Rồng',
      legalType: 'enterprise',
      taxCode,
      registrationNo: '2801-HTX-12',
      expectedUpdatedAt: before.updatedAt,
    });
    assert.equal(r.status, 200, r.text);
    const one = await call(app, `/api/producers/${p.id}`, { session: S.province });
    assert.deepEqual(
      [one.json.name, one.json.legalType, one.json.taxCode],
      ['Hợp tác xã Chè xanh Hàm Rồng', 'enterprise', taxCode],
    );
    const [last] = await historyOf(p.id);
    const lines = Object.fromEntries(
      last.changes.map((c: { field: string; before: { vi: string }; after: { vi: string } }) => [
        c.field,
        `${c.before.vi} → ${c.after.vi}`,
      ]),
    );
    assert.equal(lines.name, 'Hợp tác xã Chè Hàm Rồng → Hợp tác xã Chè xanh Hàm Rồng');
    assert.equal(lines.legalType, 'Hợp tác xã → Doanh nghiệp nhỏ và vừa');
    // clearing works for officers too, and another producer may then take the code
    const mid = await details(S.commune, p.id);
    const cleared = await patch(S.commune, p.id, {
      taxCode: null,
      registrationNo: '',
      expectedUpdatedAt: mid.updatedAt,
    });
    assert.equal(cleared.status, 200, cleared.text);
    const after = await details(S.commune, p.id);
    assert.deepEqual([after.taxCode, after.registrationNo], [null, null]);
    const other = await confirmedProducer('Hợp tác xã Chè khác');
    assert.equal((await patch(S.commune, other.id, { taxCode })).status, 200);
  });

  it('a stale copy is refused with 409 and changes nothing', async () => {
    const p = await confirmedProducer('Hộ kinh doanh Mắm tép Hàm Rồng');
    const first = await details(S.commune, p.id);
    assert.equal(
      (await patch(p.session, p.id, { phone: '0912 000 111', expectedUpdatedAt: first.updatedAt })).status,
      200,
    );
    const stale = await patch(S.commune, p.id, { name: 'Tên cũ', expectedUpdatedAt: first.updatedAt });
    assertError(stale, 409, 'CONFLICT', 'Dữ liệu đã bị thay đổi bởi người khác, vui lòng tải lại');
    assert.equal((await details(S.commune, p.id)).name, 'Hộ kinh doanh Mắm tép Hàm Rồng');
  });

  it('an officer of another commune neither sees nor changes it; a central officer only reads', async () => {
    const p = await confirmedProducer('Hợp tác xã Dưa hấu Hàm Rồng');
    assertError(await patch(S.otherCommune, p.id, { phone: '0912 222 333' }), 404, 'NOT_FOUND');
    assertError(await patch(S.neighbour, p.id, { name: 'Khác' }), 404, 'NOT_FOUND');
    assertError(await patch(S.central, p.id, { phone: '0912 222 333' }), 403, 'FORBIDDEN');
    assert.deepEqual((await details(S.central, p.id)).editableFields, []);
  });

  it('a change of commune moves the record and its products into the new commune’s scope', async () => {
    const p = await confirmedProducer('Hộ kinh doanh Bánh đa Hàm Rồng');
    const r = await patch(S.province, p.id, { unitId: HAC_THANH, addressLine: 'Số 5 phố Hạc Thành' });
    assert.equal(r.status, 200, r.text);
    const one = await call(app, `/api/producers/${p.id}`, { session: S.neighbour });
    assert.equal(one.status, 200, 'the new commune’s officer sees it');
    assert.equal(one.json.place.communeId, HAC_THANH);
    const product = await call(app, `/api/products/${p.productIds[0]}`, { session: S.neighbour });
    assert.equal(product.json.place.communeId, HAC_THANH);
    assertError(await call(app, `/api/producers/${p.id}`, { session: S.commune }), 404, 'NOT_FOUND');
    assertError(await call(app, `/api/producers/${p.id}/history`, { session: S.commune }), 404, 'NOT_FOUND');
    const history = (await call(app, `/api/producers/${p.id}/history`, { session: S.neighbour })).json.items;
    assert.deepEqual(
      history[0].changes.map((c: { field: string }) => c.field).sort(),
      ['addressLine', 'unitId'],
      'the resolved scope is written beside the commune, and not shown',
    );
  });
});

describe('a self-registered producer waits for its commune', () => {
  let id: string;
  let me: Session;
  let productId: string;
  const register = (email: string, name: string, unitId = HAM_RONG) =>
    call(app, '/api/auth/register', {
      body: {
        account: { email, password: 'mat-khau-2026', fullName: 'Phạm Thị Hồng' },
        producer: { name, legalType: 'household', unitId, representativeName: 'Phạm Thị Hồng' },
      },
    });

  before(async () => {
    assert.equal((await register('hong.pham@example.vn', 'Hộ kinh doanh Bánh gai Hồng')).status, 201);
    me = await login(app, 'hong.pham@example.vn', 'mat-khau-2026');
    id = me.me.grants[0].producerId;
    const product = await call(app, '/api/products', {
      session: me,
      body: { producerId: id, name: 'Bánh gai Hồng', productSet: 6 },
    });
    assert.equal(product.status, 201, product.text);
    productId = product.json.id;
  });

  it('is pending, listed under the pending filter of its commune and province, and counted there', async () => {
    const mine = await call(app, `/api/producers/${id}`, { session: me });
    assert.equal(mine.json.status, 'pending');
    assert.ok(!mine.json.actions.includes('confirm'));
    const list = await call(app, '/api/producers?status=pending', { session: S.commune });
    assert.ok(list.json.items.some((p: { id: string }) => p.id === id));
    assert.ok(list.json.items.every((p: { status: string }) => p.status === 'pending'));
    const officer = await call(app, `/api/producers/${id}`, { session: S.commune });
    assert.deepEqual(
      officer.json.actions.filter((a: string) => ['confirm', 'reject'].includes(a)),
      ['confirm', 'reject'],
    );
    const grants = (s: Session) => s.me.grants[0] as Grant;
    assert.equal(await countPendingProducers(deps, grants(S.commune)), 1);
    assert.equal(await countPendingProducers(deps, grants(S.province)), 1);
    assert.equal(await countPendingProducers(deps, grants(S.otherCommune)), 0);
    assert.equal(await countPendingProducers(deps, grants(S.neighbour)), 0);
  });

  it('may fill its whole record meanwhile, and register products, but not self-assess them', async () => {
    const renamed = await patch(me, id, {
      name: 'Hộ kinh doanh Bánh gai Bà Hồng',
      taxCode: validTaxCode(281_200_000),
    });
    assert.equal(renamed.status, 200, renamed.text);
    const sheet = await call(app, '/api/self-assessments', { session: me, body: { productId, year: 2026 } });
    assertError(
      sheet,
      409,
      'PRODUCER_NOT_ACTIVE',
      'Chủ thể “Hộ kinh doanh Bánh gai Bà Hồng” đang ở trạng thái “Chờ xác nhận”: sản phẩm chỉ được tự đánh giá khi chủ thể đã được xã xác nhận và đang hoạt động',
    );
  });

  it('only its officers decide: not itself, not another commune, not without a reason to reject', async () => {
    assertError(await move(me, id, { event: 'confirm' }), 403, 'FORBIDDEN');
    assertError(await move(S.otherCommune, id, { event: 'confirm' }), 404, 'NOT_FOUND');
    assertError(await move(S.central, id, { event: 'confirm' }), 403, 'FORBIDDEN');
    assertError(
      await move(S.commune, id, { event: 'reject' }),
      400,
      'REASON_REQUIRED',
      'Hãy ghi lý do để “từ chối”',
    );
    assertError(await move(S.commune, id, { event: 'reject', reason: '   ' }), 400, 'REASON_REQUIRED');
    const stale = await move(S.commune, id, {
      event: 'confirm',
      expectedUpdatedAt: '2020-01-01T00:00:00.000Z',
    });
    assertError(stale, 409, 'CONFLICT');
    assert.equal((await call(app, `/api/producers/${id}`, { session: me })).json.status, 'pending');
  });

  it('rejected with a reason, corrected and sent back, then confirmed: each move in its history', async () => {
    const rejected = await move(S.commune, id, { event: 'reject', reason: 'Thiếu số đăng ký hộ kinh doanh' });
    assert.equal(rejected.status, 200, rejected.text);
    assert.equal(rejected.json.status, 'rejected');
    const seen = await call(app, `/api/producers/${id}`, { session: me });
    assert.equal(seen.json.statusHistory[0].reason, 'Thiếu số đăng ký hộ kinh doanh');
    assert.deepEqual(
      seen.json.actions.filter((a: string) => a === 'resubmit'),
      ['resubmit'],
    );
    assert.equal((await patch(me, id, { registrationNo: '38A8001234' })).status, 200);
    const back = await move(me, id, { event: 'resubmit' });
    assert.equal(back.json.status, 'pending', back.text);
    const officer = await call(app, `/api/producers/${id}`, { session: S.province });
    const confirmed = await move(S.province, id, {
      event: 'confirm',
      expectedUpdatedAt: officer.json.updatedAt,
    });
    assert.equal(confirmed.status, 200, confirmed.text);
    assert.equal(confirmed.json.status, 'active');
    assert.deepEqual(
      confirmed.json.statusHistory.map(
        (h: { event: string; toStatus: string }) => `${h.event}→${h.toStatus}`,
      ),
      ['confirm→active', 'resubmit→pending', 'reject→rejected'],
    );
    assertError(
      await move(S.commune, id, { event: 'confirm' }),
      409,
      'WORKFLOW_NO_TRANSITION',
      'Không thể “xác nhận chủ thể” khi đang ở trạng thái “đang hoạt động”',
    );
    // the audit trail words each move
    const actions = (await historyOf(id)).map((h: { action: string }) => h.action);
    assert.deepEqual(actions.slice(0, 4), [
      'producer.confirmed',
      'producer.resubmitted',
      'producer.updated',
      'producer.rejected',
    ]);
    const rejection = (await historyOf(id)).find((h: { action: string }) => h.action === 'producer.rejected');
    assert.deepEqual(
      rejection.changes.map(
        (c: { label: { vi: string }; before: { vi: string } | null; after: { vi: string } }) =>
          `${c.label.vi}: ${c.before?.vi ?? ''} → ${c.after.vi}`,
      ),
      ['Trạng thái: Chờ xác nhận → Bị từ chối', 'Lý do:  → Thiếu số đăng ký hộ kinh doanh'],
    );
    assert.equal(await countPendingProducers(deps, S.commune.me.grants[0] as Grant), 0);
  });

  it('once confirmed, it keeps its contacts only, and its products are self-assessed', async () => {
    assertError(
      await patch(me, id, { name: 'Hộ kinh doanh Bánh gai Hồng Hàm Rồng' }),
      403,
      'PRODUCER_FIELD_OFFICER_ONLY',
    );
    assert.equal((await patch(me, id, { phone: '0912 987 654' })).status, 200);
    const sheet = await call(app, '/api/self-assessments', { session: me, body: { productId, year: 2026 } });
    assert.equal(sheet.status, 201, sheet.text);
  });

  it('a producer created by an officer is active at once', async () => {
    const r = await call(app, '/api/producers', {
      session: S.commune,
      body: {
        name: 'Hợp tác xã Do cán bộ lập',
        legalType: 'cooperative',
        unitId: HAM_RONG,
        representativeName: 'Lê Văn Cán',
      },
    });
    assert.equal(
      (await call(app, `/api/producers/${r.json.id}`, { session: S.commune })).json.status,
      'active',
    );
  });
});
