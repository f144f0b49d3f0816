// Spreadsheet imports over HTTP: an officer uploads and validates its file; an
// operator (system administrator) may commit it and gets the committed import back;
// another officer sees nothing of it; a cancelled file cannot be committed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { makeDeps, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let app: App;
let deps: AppDeps;
const S: Record<string, Session> = {};

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  app = createApp(deps);
  const users = {
    officer: await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]),
    colleague: await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]),
    admin: await seedUser(deps, [{ role: 'system_admin', scopeKind: 'nation' }]),
  };
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

async function uploadAndValidate(session: Session, productName: string): Promise<string> {
  const form = new FormData();
  form.append('file', new File([(await sheet(productName)) as Uint8Array<ArrayBuffer>], 'ds.xlsx'));
  form.append('kind', 'products');
  const res = await app.request('/api/imports', {
    method: 'POST',
    body: form,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
  });
  assert.equal(res.status, 201, await res.clone().text());
  const { id } = (await res.json()) as { id: string };
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
