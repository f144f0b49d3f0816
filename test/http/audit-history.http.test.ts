// Histories and the audit log over HTTP: a PATCH or PUT that changes nothing answers
// as before and writes no audit row; a record's history says what changed, in words;
// the administrators' log names each object and its type, and says when it is gone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { makeDeps, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { call, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
const S: Record<string, Session> = {};
let producerId: string;
let productId: string;
const HAM_RONG = unit('14758');

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  app = createApp(deps);
  const seeded = await seedProducerInUnit(deps, HAM_RONG, {
    name: 'Hợp tác xã Nem chua Thành Sen',
    products: ['Nem chua Thành Sen'],
  });
  producerId = seeded.id;
  productId = seeded.productIds[0];
  const users = {
    commune: await seedUser(deps, [{ role: 'commune_officer', scopeKind: 'unit', unitId: HAM_RONG }]),
    producer: await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId }]),
    admin: await seedUser(deps, [{ role: 'system_admin', scopeKind: 'nation' }]),
  };
  for (const [k, u] of Object.entries(users)) S[k] = await login(app, u.email);
});
after(() => tdb.drop());

const latestAuditId = async () =>
  (await call(app, '/api/audit?limit=1', { session: S.admin })).json.items[0]?.id as number;
type Change = {
  label: { vi: string; en: string };
  before: { vi: string; en: string } | null;
  after: { vi: string; en: string } | null;
};
const read = (changes: Change[], lang: 'vi' | 'en') =>
  changes.map((c) => `${c.label[lang]}: ${c.before ? `${c.before[lang]} → ` : ''}${c.after?.[lang]}`);

describe('saves that change nothing', () => {
  it('PATCH of a product with its own values: 200 as before, no audit row, the same updatedAt', async () => {
    const first = await call(app, `/api/products/${productId}`, {
      method: 'PATCH',
      session: S.commune,
      body: { description: 'Nem chua gói lá ổi', ipStatus: 'application_filed' },
    });
    assert.equal(first.status, 200, first.text);
    const seen = await call(app, `/api/products/${productId}`, { session: S.commune });
    const audit = await latestAuditId();
    const again = await call(app, `/api/products/${productId}`, {
      method: 'PATCH',
      session: S.commune,
      body: {
        name: 'Nem chua Thành Sen',
        description: 'Nem chua gói lá ổi',
        ipStatus: 'application_filed',
        expectedUpdatedAt: seen.json.updatedAt,
      },
    });
    assert.equal(again.status, 200, again.text);
    assert.deepEqual(again.json, first.json);
    assert.equal(await latestAuditId(), audit, 'no audit row');
    const after = await call(app, `/api/products/${productId}`, { session: S.commune });
    assert.equal(after.json.updatedAt, seen.json.updatedAt);
  });

  it('PATCH of a producer with its own values writes nothing either', async () => {
    const audit = await latestAuditId();
    const r = await call(app, `/api/producers/${producerId}`, {
      method: 'PATCH',
      session: S.producer,
      body: {
        name: 'Hợp tác xã Nem chua Thành Sen',
        legalType: 'cooperative',
        representativeEthnicity: 'Tày',
      },
    });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { ok: true });
    assert.equal(await latestAuditId(), audit);
  });

  it('PUT of a self-assessment with the same answers: the same sheet back, no audit row', async () => {
    const opened = await call(app, '/api/self-assessments', {
      session: S.producer,
      body: { productId, year: 2026 },
    });
    assert.equal(opened.status, 201, opened.text);
    const body = (updatedAt: string, level: number) => ({
      answers: { '1.1': level },
      facts: { hasStory: false },
      expectedUpdatedAt: updatedAt,
    });
    const saved = await call(app, `/api/self-assessments/${opened.json.id}`, {
      method: 'PUT',
      session: S.producer,
      body: body(opened.json.updatedAt, 1),
    });
    assert.equal(saved.status, 200, saved.text);
    const audit = await latestAuditId();
    const again = await call(app, `/api/self-assessments/${opened.json.id}`, {
      method: 'PUT',
      session: S.producer,
      body: body(saved.json.updatedAt, 1),
    });
    assert.equal(again.status, 200, again.text);
    assert.deepEqual(again.json, saved.json);
    assert.equal(await latestAuditId(), audit);
    const changed = await call(app, `/api/self-assessments/${opened.json.id}`, {
      method: 'PUT',
      session: S.producer,
      body: body(saved.json.updatedAt, 2),
    });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(await latestAuditId(), audit + 1);
  });
});

describe('what a history says', () => {
  it('the product’s history: field names and values in words, both languages', async () => {
    const r = await call(app, `/api/products/${productId}/history`, { session: S.commune });
    assert.equal(r.status, 200);
    const saved = r.json.items.find((i: { action: string }) => i.action === 'self_assessment.saved');
    assert.deepEqual(read(saved.changes, 'vi').slice(0, 1), ['Tiêu chí 1.1: mức 1 → mức 2']);
    assert.deepEqual(read(saved.changes, 'en').slice(0, 1), ['Criterion 1.1: level 1 → level 2']);
    const updated = r.json.items.find((i: { action: string }) => i.action === 'product.updated');
    assert.deepEqual(read(updated.changes, 'vi'), [
      'Mô tả: (trống) → Nem chua gói lá ổi',
      'Sở hữu trí tuệ: Chưa đăng ký → Đã nộp đơn',
    ]);
  });
});

describe('the audit log', () => {
  it('names each object and keeps its id for support', async () => {
    const r = await call(app, '/api/audit?limit=200', { session: S.admin });
    assert.equal(r.status, 200);
    type Item = {
      objectType: string;
      objectId: string | null;
      objectName: string | null;
      objectExists: boolean;
      action: string;
    };
    const items: Item[] = r.json.items;
    const product = items.find((i) => i.objectType === 'product' && i.objectId === productId);
    assert.equal(product?.objectName, 'Nem chua Thành Sen');
    const login = items.find((i) => i.action === 'auth.login');
    assert.match(login?.objectName ?? '', /^Người Thử Nghiệm \(/);
    assert.ok(
      items.every((i) => i.objectExists),
      'everything here still exists',
    );
    assert.ok(!items.some((i) => i.objectId && i.objectName === i.objectId), 'no id shown as a name');
  });
});
