// Spreadsheet imports over HTTP: an officer uploads and validates its file; an
// operator (system administrator) may commit it and gets the committed import back;
// another officer sees nothing of it; a cancelled file cannot be committed. The list
// of past imports shows each caller what it may open: its own files (an operator:
// all), newest first, with who uploaded each and what may be done with it now.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let app: App;
let deps: AppDeps;
const S: Record<string, Session> = {};
let userIds: Record<string, string> = {};

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  app = createApp(deps);
  const users = {
    officer: await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]),
    colleague: await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]),
    admin: await seedUser(deps, [{ role: 'system_admin', scopeKind: 'nation' }]),
    otherProvince: await seedUser(deps, [
      { role: 'province_officer', scopeKind: 'unit', unitId: unit('22') },
    ]),
    producer: await seedUser(deps, [
      {
        role: 'producer',
        scopeKind: 'producer',
        producerId: (await seedProducerInUnit(deps, unit('14758'))).id,
      },
    ]),
  };
  userIds = Object.fromEntries(Object.entries(users).map(([k, u]) => [k, u.id]));
  for (const [k, u] of Object.entries(users)) S[k] = await login(app, u.email);
});
after(() => tdb.drop());

async function sheet(productName: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRow(['STT', 'Tên sản phẩm', 'Tên chủ thể', 'Xã', 'Huyện', 'Hạng sao', 'Quyết định công nhận']);
  ws.addRow([1, productName, `Hợp tác xã ${productName}`, 'Xã Hải Long', 'Huyện Như Thanh', '', '']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function upload(session: Session, productName: string): Promise<string> {
  const form = new FormData();
  form.append('file', new File([(await sheet(productName)) as Uint8Array<ArrayBuffer>], 'ds.xlsx'));
  form.append('kind', 'products');
  const res = await app.request('/api/imports', {
    method: 'POST',
    body: form,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
  });
  assert.equal(res.status, 201, await res.clone().text());
  return ((await res.json()) as { id: string }).id;
}

async function uploadAndValidate(session: Session, productName: string): Promise<string> {
  const id = await upload(session, productName);
  const validated = await call(app, `/api/imports/${id}/validate`, { session, body: {} });
  assert.equal(validated.status, 200, validated.text);
  return id;
}

describe('imports over HTTP', () => {
  it('an operator commits an officer’s validated import and gets it back committed (200)', async () => {
    const id = await uploadAndValidate(S.officer, 'Mật ong Như Xuân');
    const res = await call(app, `/api/imports/${id}/commit`, { session: S.admin, body: {} });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.status, 'committed');
    assert.equal(res.json.counts.created.products, 1);
  });
  it('another officer gets 404 on an import that is not theirs, for reading and for committing', async () => {
    const id = await uploadAndValidate(S.officer, 'Chè Pù Luông');
    assertError(await call(app, `/api/imports/${id}`, { session: S.colleague }), 404, 'NOT_FOUND');
    assertError(
      await call(app, `/api/imports/${id}/commit`, { session: S.colleague, body: {} }),
      404,
      'NOT_FOUND',
    );
  });
  it('a cancelled import stays cancelled: committing it is 409 in the import’s own words', async () => {
    const id = await uploadAndValidate(S.officer, 'Gạo Nàng Hương');
    const cancelled = await call(app, `/api/imports/${id}/cancel`, {
      session: S.officer,
      body: { reason: 'gửi nhầm tệp' },
    });
    assert.equal(cancelled.status, 200, cancelled.text);
    assert.equal(cancelled.json.status, 'cancelled');
    const refused = await call(app, `/api/imports/${id}/commit`, { session: S.officer, body: {} });
    assertError(refused, 409, 'IMPORT_STATE');
    assert.match(refused.json.error.message, /đã hủy/);
  });
});

describe('the list of past imports over HTTP', () => {
  const idsOf = (r: { json: { items: { id: string }[] } }) => r.json.items.map((i) => i.id);

  it('an officer sees its own imports newest first, with status, uploader, counts and its actions', async () => {
    const first = await uploadAndValidate(S.officer, 'Nem chua Thanh Hóa');
    const second = await upload(S.officer, 'Bánh gai Tứ Trụ');
    const res = await call(app, '/api/imports?pageSize=100', { session: S.officer });
    assert.equal(res.status, 200, res.text);
    const ids = idsOf(res);
    assert.ok(ids.indexOf(second) >= 0 && ids.indexOf(second) < ids.indexOf(first), 'newest first');
    const byId = new Map(res.json.items.map((i: { id: string }) => [i.id, i]));
    const validated = byId.get(first) as Record<string, any>;
    assert.equal(validated.status, 'validated');
    assert.equal(validated.fileName, 'ds.xlsx');
    assert.deepEqual(validated.createdBy, { id: userIds.officer, name: 'Người Thử Nghiệm' });
    assert.equal(validated.counts.rows, 1);
    assert.deepEqual([...validated.actions].sort(), ['cancel', 'commit', 'correct', 'validate']);
    const uploaded = byId.get(second) as Record<string, any>;
    assert.equal(uploaded.status, 'uploaded');
    assert.deepEqual([...uploaded.actions].sort(), ['cancel', 'validate']);
  });

  it('pages through the list: page 2 of size 1 is the second newest', async () => {
    const all = await call(app, '/api/imports?pageSize=100', { session: S.officer });
    const second = await call(app, '/api/imports?page=2&pageSize=1', { session: S.officer });
    assert.equal(second.status, 200, second.text);
    assert.deepEqual(idsOf(second), [idsOf(all)[1]]);
    assert.equal(second.json.total, all.json.total);
    assert.ok(second.json.total >= 2);
  });

  it('a colleague, an officer of another province and the producer see none of them', async () => {
    const id = await upload(S.officer, 'Mắm tép Hà Thanh');
    for (const who of ['colleague', 'otherProvince']) {
      const res = await call(app, '/api/imports?pageSize=100', { session: S[who] });
      assert.equal(res.status, 200, res.text);
      assert.ok(!idsOf(res).includes(id), `${who} sees the officer’s import`);
      for (const item of res.json.items) assert.equal(item.createdBy?.id, userIds[who]);
    }
    assertError(await call(app, '/api/imports', { session: S.producer }), 403, 'FORBIDDEN');
    assertError(await call(app, '/api/imports', {}), 401, 'UNAUTHENTICATED');
  });

  it('an operator sees every officer’s imports, and may commit but not re-check another’s file', async () => {
    const id = await uploadAndValidate(S.officer, 'Chè lam Phủ Quảng');
    const res = await call(app, '/api/imports?pageSize=100', { session: S.admin });
    assert.equal(res.status, 200, res.text);
    const item = res.json.items.find((i: { id: string }) => i.id === id);
    assert.ok(item, 'the operator sees the officer’s import');
    assert.equal(item.createdBy.id, userIds.officer);
    assert.deepEqual(item.actions, ['commit']);
  });

  it('opens an import again at its mapping step: columns, mapping in force, first rows, fields', async () => {
    const id = await upload(S.officer, 'Rượu Làng Quảng');
    const res = await call(app, `/api/imports/${id}/sheet`, { session: S.officer });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.id, id);
    assert.equal(res.json.columns[1].label, 'Tên sản phẩm');
    assert.equal(res.json.mapping.productName, 1);
    assert.equal(res.json.sample[0][1], 'Rượu Làng Quảng');
    assert.ok(res.json.fields.some((f: { key: string; required: boolean }) => f.key === 'productName'));
    assertError(await call(app, `/api/imports/${id}/sheet`, { session: S.colleague }), 404, 'NOT_FOUND');
  });
});
