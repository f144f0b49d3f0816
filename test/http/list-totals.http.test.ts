// The registry lists' pages keep items, total, page and pageSize and add whether the
// total is exact (ADR 0010); the API document declares the added fields.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { call, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let app: App;
let officer: Session;

before(async () => {
  tdb = await createTestDatabase();
  const deps = makeDeps(tdb.database);
  app = createApp(deps);
  await seedProducerInUnit(deps, unit('14758'), { products: ['Chè búp', 'Trà xanh', 'Bánh gai'] });
  const u = await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]);
  officer = await login(app, u.email);
});
after(() => tdb.drop());

describe('list totals over HTTP', () => {
  for (const path of [
    '/api/products?page=1&pageSize=2&sort=-updatedAt&status=active',
    '/api/producers?page=1&pageSize=2&sort=-updatedAt&status=active',
  ]) {
    it(`${path.split('?')[0]}: an exact total is said to be exact, next to the fields clients already read`, async () => {
      const r = await call(app, path, { session: officer });
      assert.equal(r.status, 200, r.text);
      const { items, ...rest } = r.json;
      assert.ok(Array.isArray(items));
      assert.equal(rest.totalExact, true);
      assert.equal(rest.totalMoreThan, undefined);
      for (const key of ['total', 'page', 'pageSize']) assert.equal(typeof rest[key], 'number', key);
    });
  }

  it('the API document declares totalExact and totalMoreThan on the registry pages', async () => {
    const doc = (await call(app, '/api/openapi.json')).json;
    for (const name of ['ProductPage', 'ProducerPage']) {
      const props = doc.components.schemas[name].properties;
      assert.equal(props.totalExact.type, 'boolean', name);
      assert.equal(props.totalMoreThan.type, 'integer', name);
      assert.deepEqual(doc.components.schemas[name].required.sort(), ['items', 'page', 'pageSize', 'total']);
    }
  });
});
