// The annual cycle's first steps over HTTP: the province opens its call of the year
// with deadlines for ideas and business plans; a producer writes an idea, is refused
// while it is incomplete (every gap named), sends it; the commune returns it with a
// reason, selects it; the plan is refused after its deadline until the province
// extends it, then approved; the idea becomes a product, and the product's first
// dossier starts from the idea's description, raw materials and plan. Another
// commune's officer sees nothing; the province reads the roll-up by commune.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { fixedDateClock } from '../../src/server/core/clock.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
const S: Record<string, Session> = {};
const PROVINCE = unit('38');

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  deps.clock = fixedDateClock('2027-03-01');
  app = createApp(deps);
  const producer = await seedProducerInUnit(deps, unit('14758'), { products: [] });
  const other = await seedProducerInUnit(deps, unit('14797'), { products: [] });
  const users = {
    producer: await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId: producer.id }]),
    commune: await seedUser(deps, [
      { role: 'commune_officer', scopeKind: 'unit', unitId: producer.place.scopeCommuneId! },
    ]),
    otherCommune: await seedUser(deps, [
      { role: 'commune_officer', scopeKind: 'unit', unitId: other.place.scopeCommuneId! },
    ]),
    province: await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: PROVINCE }]),
  };
  for (const [k, u] of Object.entries(users)) S[k] = await login(app, u.email);
});
after(() => tdb.drop());

const idea = {
  kind: 'newProduct',
  name: 'Mắm tép Hậu Lộc',
  productSetNo: 2,
  description: '',
  rawMaterials: 'Tép biển của các hộ đánh bắt trong xã',
  localIdentity: 'Nghề làm mắm truyền thống ven biển',
};
const plan = {
  goals: 'Sản phẩm đạt 3 sao OCOP trong năm 2028',
  markets: 'Cửa hàng đặc sản Thanh Hóa, sàn thương mại điện tử',
  capacity: '12 tấn/năm',
  investments: 'Nhà xưởng 150 m², thùng ủ inox',
  funding: 'Vốn tự có 70%, hỗ trợ của chương trình 30%',
  timeline: 'Quý 3/2027: hoàn thiện xưởng; quý 4/2027: bán thử',
  expectedRevenue: 850,
};
const act = (session: Session, id: string, body: object) =>
  call(app, `/api/ideas/${id}/events`, { session, body });

describe('the year’s call for product ideas', () => {
  let callId: string;
  it('is opened by the province with its two deadlines, once a year, not by a commune', async () => {
    const body = { provinceId: PROVINCE, year: 2027, ideasDueOn: '2027-03-31', plansDueOn: '2027-06-30' };
    assertError(await call(app, '/api/registration-calls', { session: S.commune, body }), 403, 'FORBIDDEN');
    assertError(
      await call(app, '/api/registration-calls', {
        session: S.province,
        body: { ...body, plansDueOn: '2027-03-01' },
      }),
      400,
      'VALIDATION_FAILED',
    );
    const r = await call(app, '/api/registration-calls', { session: S.province, body });
    assert.equal(r.status, 201, r.text);
    callId = r.json.id;
    assert.deepEqual([r.json.ideas.standing, r.json.ideas.daysLeft], ['open', 30]);
    assertError(
      await call(app, '/api/registration-calls', { session: S.province, body }),
      409,
      'REGISTRATION_CALL_EXISTS',
    );
    const seen = await call(app, '/api/registration-calls', { session: S.producer });
    assert.deepEqual(
      seen.json.items.map((c: { id: string }) => c.id),
      [callId],
    );
  });

  let id: string;
  it('takes a producer’s idea, refused while incomplete with every gap named', async () => {
    const r = await call(app, '/api/ideas', { session: S.producer, body: idea });
    assert.equal(r.status, 201, r.text);
    id = r.json.id;
    assert.deepEqual([r.json.stage, r.json.year, r.json.deadline.due], ['draft', 2027, '2027-03-31']);
    assert.ok(r.json.actions.includes('edit:idea'));
    const refused = await act(S.producer, id, { event: 'submit' });
    assertError(refused, 422, 'IDEA_INCOMPLETE');
    assert.deepEqual(
      refused.json.error.details.gaps.map((g: { field: string }) => g.field),
      ['description'],
    );
    assertError(await call(app, '/api/ideas', { session: S.commune, body: idea }), 403, 'FORBIDDEN');
  });

  it('is sent, returned with a reason (none refused), sent again and selected by the commune', async () => {
    const before = await call(app, `/api/ideas/${id}`, { session: S.producer });
    const saved = await call(app, `/api/ideas/${id}`, {
      method: 'PUT',
      session: S.producer,
      body: { version: before.json.version, description: 'Mắm tép ủ chượp 6 tháng trong chum sành' },
    });
    assert.equal(saved.status, 200, saved.text);
    assert.equal((await act(S.producer, id, { event: 'submit' })).status, 200);
    assertError(await call(app, `/api/ideas/${id}`, { session: S.otherCommune }), 404, 'NOT_FOUND');
    const queue = await call(app, '/api/ideas?queue=mine', { session: S.commune });
    assert.deepEqual(
      queue.json.items.map((i: { id: string }) => i.id),
      [id],
    );
    assertError(await act(S.commune, id, { event: 'returnIdea' }), 400, 'REASON_REQUIRED');
    const returned = await act(S.commune, id, {
      event: 'returnIdea',
      reason: 'Ghi rõ nguồn tép: đánh bắt hay mua',
    });
    assert.equal(returned.json.stage, 'returned');
    assert.equal(returned.json.statusHistory[0].reason, 'Ghi rõ nguồn tép: đánh bắt hay mua');
    assert.equal((await act(S.producer, id, { event: 'resubmit' })).json.stage, 'submitted');
    const selected = await act(S.commune, id, { event: 'select' });
    assert.deepEqual([selected.json.stage, selected.json.selectedOn], ['selected', '2027-03-01']);
  });

  it('takes the business plan only before its deadline, until the province extends it', async () => {
    const cur = await call(app, `/api/ideas/${id}`, { session: S.producer });
    assert.ok(cur.json.actions.includes('edit:plan'));
    assertError(
      await call(app, `/api/ideas/${id}`, {
        method: 'PUT',
        session: S.producer,
        body: { version: cur.json.version, name: 'Tên khác' },
      }),
      409,
      'IDEA_NOT_EDITABLE',
    );
    assertError(await act(S.producer, id, { event: 'submitPlan' }), 422, 'IDEA_INCOMPLETE');
    const saved = await call(app, `/api/ideas/${id}`, {
      method: 'PUT',
      session: S.producer,
      body: { version: cur.json.version, plan },
    });
    assert.equal(saved.status, 200, saved.text);
    deps.clock = fixedDateClock('2027-07-02');
    const late = await act(S.producer, id, { event: 'submitPlan' });
    assertError(late, 409, 'REGISTRATION_CLOSED');
    const calls = await call(app, '/api/registration-calls', { session: S.province });
    const extended = await call(app, `/api/registration-calls/${calls.json.items[0].id}`, {
      method: 'PUT',
      session: S.province,
      body: { plansDueOn: '2027-07-15', version: calls.json.items[0].version },
    });
    assert.equal(extended.status, 200, extended.text);
    assert.equal((await act(S.producer, id, { event: 'submitPlan' })).json.stage, 'planSubmitted');
    assert.equal((await act(S.commune, id, { event: 'approvePlan' })).json.stage, 'planApproved');
  });

  it('becomes a product whose first dossier starts from the idea and its plan', async () => {
    const r = await act(S.producer, id, { event: 'registerProduct' });
    assert.equal(r.json.stage, 'productRegistered');
    const productId = r.json.productId as string;
    const product = await call(app, `/api/products/${productId}`, { session: S.producer });
    assert.equal(product.status, 200, product.text);
    assert.deepEqual([product.json.name, product.json.productSet], [idea.name, 2]);
    const opened = await call(app, '/api/dossiers', {
      session: S.producer,
      body: { productId, kind: 'first' },
    });
    assert.equal(opened.status, 201, opened.text);
    const d = await call(app, `/api/dossiers/${opened.json.id}`, { session: S.producer });
    assert.equal(d.json.general.productDescription, 'Mắm tép ủ chượp 6 tháng trong chum sành');
    assert.equal(d.json.general.rawMaterials, idea.rawMaterials);
    assert.equal(d.json.plan.markets, plan.markets);
    assert.match(d.json.plan.investments, /Nguồn vốn: Vốn tự có 70%/);
  });

  it('rolls up by commune for the province; a withdrawn draft counts as withdrawn', async () => {
    const draft = await call(app, '/api/ideas', {
      session: S.producer,
      body: { ...idea, name: 'Nước mắm cốt' },
    });
    assertError(await act(S.producer, draft.json.id, { event: 'submit' }), 409, 'REGISTRATION_CLOSED');
    assert.equal((await act(S.producer, draft.json.id, { event: 'withdraw' })).json.stage, 'withdrawn');
    const calls = await call(app, '/api/registration-calls', { session: S.province });
    const rollup = await call(app, `/api/registration-calls/${calls.json.items[0].id}/rollup`, {
      session: S.province,
    });
    assert.equal(rollup.status, 200, rollup.text);
    assert.equal(rollup.json.rows.length, 1);
    assert.deepEqual(
      [
        rollup.json.totals.total,
        rollup.json.totals.stages.productRegistered,
        rollup.json.totals.stages.withdrawn,
      ],
      [2, 1, 1],
    );
    const other = await call(app, `/api/registration-calls/${calls.json.items[0].id}/rollup`, {
      session: S.otherCommune,
    });
    assert.equal(other.json.totals.total, 0);
  });
});
