// The holes found by probing the running API on loopback, each shown closed: bad
// addresses and bodies are 400 (never 500), session answers are not cached, the
// Permissions-Policy is sent, password changes are limited per account, and
// error messages carry only a short escaped excerpt of what was sent.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPublicKey } from 'node:crypto';
import { createApp } from '../../src/server/app.ts';
import { auditGuarantees } from '../../src/server/audit-guarantees.ts';
import { parseEnv } from '../../src/server/env.ts';
import { verifyHead } from '../../src/server/modules/audit/audit-hash.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { makeDeps, PASSWORD, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, issueFields, login, type App, type Session } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;
let officer: Session;
let producer: Session;
let productId: string;

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  app = createApp(deps);
  officer = await login(
    app,
    (await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }])).email,
  );
  const p = await seedProducerInUnit(deps, unit('14758'), { products: ['Nem chua Thanh Hóa'] });
  productId = p.productIds[0];
  producer = await login(
    app,
    (await seedUser(deps, [{ role: 'producer', scopeKind: 'producer', producerId: p.id }])).email,
  );
});
after(() => tdb.drop());

describe('addresses get the same hygiene as JSON bodies', () => {
  const malformed = [
    '/%',
    '/api/%',
    '/api/imports/00000000-0000-4000-8000-000000000000/rows/%FF',
    '/api/products?q=%E0%A4%A',
    '/api/products?q=%ED%A0%80',
  ];
  for (const path of malformed) {
    it(`${path} is 400 MALFORMED_URL`, async () =>
      assertError(await call(app, path, { session: officer }), 400, 'MALFORMED_URL'));
  }
  const controls: [string, string][] = [
    ['/api/products?q=%00', 'query.q'],
    ['/api/products?q=a%01b', 'query.q'],
    ['/api/admin-units/vn-2tier-2025%3A38%00', '(path)'],
    ['/api/rubrics/qd26-2026%00/sets/1', '(path)'],
    ['/api/producers?sort=%1B%5B31m', 'query.sort'],
  ];
  for (const [path, field] of controls) {
    it(`${path} is 400 naming ${field}`, async () => {
      const r = await call(app, path, { session: officer });
      assertError(r, 400, 'VALIDATION_FAILED');
      assert.deepEqual(issueFields(r), [field]);
    });
  }
  it('ordinary Vietnamese in a query, encoded either way, still searches', async () => {
    assert.equal(
      (await call(app, `/api/products?q=${encodeURIComponent('nem chua')}`, { session: officer })).status,
      200,
    );
    assert.equal((await call(app, '/api/products?q=nem+chua', { session: officer })).status, 200);
  });
});

describe('bodies', () => {
  it('an empty body with no content type on a JSON write is 400 naming the fields, not 500', async () => {
    const empty = await app.request('/api/auth/login', { method: 'POST', body: new Uint8Array() });
    assert.equal(empty.status, 400, await empty.clone().text());
    const r = await app.request('/api/self-assessments', {
      method: 'POST',
      body: '',
      headers: { cookie: producer.cookie, 'x-csrf-token': producer.csrf },
    });
    assert.equal(r.status, 400, await r.clone().text());
  });
  it('a timestamp that is not one is 400 on expectedUpdatedAt, not 500', async () => {
    const sheet = await call(app, '/api/self-assessments', {
      session: producer,
      body: { productId, year: 2026 },
    });
    const r = await call(
      app,
      `/api/self-assessments/${sheet.json.id ?? '00000000-0000-4000-8000-000000000000'}`,
      { method: 'PUT', session: producer, body: { answers: {}, expectedUpdatedAt: 'hôm qua' } },
    );
    assertError(r, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(r), ['expectedUpdatedAt']);
  });
});

describe('headers', () => {
  it('session answers are never cached', async () => {
    const me = await call(app, '/api/auth/me', { session: officer });
    assert.equal(me.status, 200);
    assert.equal(me.headers.get('cache-control'), 'no-store');
    const failed = await call(app, '/api/auth/login', {
      body: { email: 'khong-co@test.vn', password: 'sai-mat-khau-1' },
    });
    assert.equal(failed.headers.get('cache-control'), 'no-store');
  });
  it('a Permissions-Policy turns off what the app never uses', async () => {
    const policy = (await call(app, '/api/health')).headers.get('permissions-policy') ?? '';
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()'])
      assert.ok(policy.includes(feature), policy);
  });
});

describe('password changes', () => {
  it('are limited per account: after five wrong current passwords even the right one waits', async () => {
    const email = (
      await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }])
    ).email;
    const s = await login(app, email);
    for (let i = 0; i < 5; i++) {
      assertError(
        await call(app, '/api/auth/password', {
          session: s,
          body: { currentPassword: `doan-sai-${i}-abc`, newPassword: 'matkhaumoi2026' },
        }),
        400,
        'WRONG_PASSWORD',
      );
    }
    const limited = await call(app, '/api/auth/password', {
      session: s,
      body: { currentPassword: PASSWORD, newPassword: 'matkhaumoi2026' },
    });
    assertError(limited, 429, 'RATE_LIMITED');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });
});

describe('error messages', () => {
  it('quote at most a short, escaped excerpt of what was sent', async () => {
    const long = `1; SELECT pg_sleep(6); ${'x'.repeat(500)}`;
    const r = await call(app, '/api/producers', {
      session: officer,
      body: {
        name: 'Hợp tác xã Thử',
        legalType: 'cooperative',
        unitId: long,
        taxCode: `0${'1'.repeat(300)}`,
      },
    });
    assert.equal(r.status, 400, r.text);
    assert.ok(!r.text.includes('x'.repeat(100)), r.text.slice(0, 400));
    const unknownKey = await call(app, '/api/producers', {
      session: officer,
      body: { [`k${'y'.repeat(400)}`]: 1 },
    });
    assert.equal(unknownKey.status, 400);
    assert.ok(!unknownKey.text.includes('y'.repeat(100)), unknownKey.text.slice(0, 400));
  });
});

describe('the published chain head', () => {
  it('is public, never cached, and signed by the key it names', async () => {
    const r = await call(app, '/api/audit/head');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.headers.get('cache-control'), 'no-store');
    const { lastId, lastHash, at, signature, publicKey, keyId } = r.json;
    assert.ok(lastId >= 1 && /^[0-9a-f]{64}$/.test(lastHash));
    assert.equal(keyId, deps.auditSigning.keyId);
    assert.equal(verifyHead(createPublicKey(publicKey), lastId, lastHash, at, signature), true);
  });
});

describe('what the audit trail guarantees, said at start-up', () => {
  it('names the keys and checkpoints kept on this host, and drops each warning once it is configured elsewhere', () => {
    const lines = (env: Record<string, string>, source: 'data-dir' | 'configured') =>
      auditGuarantees(
        {
          ...deps,
          env: parseEnv({ NODE_ENV: 'test', ...env }),
          auditSigning: { ...deps.auditSigning, source },
        },
        'http://x',
      ).join('\n');
    const defaults = lines({}, 'data-dir');
    assert.match(defaults, /audit\.key on this host/);
    assert.match(defaults, /signing key is in the data folder/);
    assert.match(defaults, /checkpoints are written beside the database/);
    assert.match(defaults, /http:\/\/x\/api\/audit\/head/);
    const hardened = lines({ AUDIT_SECRET: 'x'.repeat(40), AUDIT_CHECKPOINT_DIR: '/mnt/worm' }, 'configured');
    assert.doesNotMatch(hardened, /✖/);
  });
});

describe('upload fields get the same hygiene as JSON bodies (found by the fuzz tier)', () => {
  const upload = (
    path: string,
    session: Session,
    fields: Record<string, string>,
    name: string,
    bytes: Uint8Array,
  ) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
    return app.request(path, {
      method: 'POST',
      body: form,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    });
  };
  const csv = new TextEncoder().encode('STT;Tên chủ thể;Xã\n1;Hộ kinh doanh Thử;Xã Hải Long\n');
  it('a NUL in an uploaded file name is stored as a safe name, not a 500', async () => {
    const r = await upload('/api/imports', officer, { kind: 'producers' }, 'danh\u0000sach.csv', csv);
    assert.equal(r.status, 201, await r.clone().text());
    const { id } = (await r.json()) as { id: string };
    assert.equal(
      (await call(app, `/api/imports/${id}`, { session: officer })).json.fileName,
      'danh_sach.csv',
    );
  });
  it('the list’s own unit must be a unit id within the importer’s territory', async () => {
    const bad = await upload(
      '/api/imports',
      officer,
      { kind: 'producers', scopeUnitId: `x\u0000${'1'.repeat(5000)}` },
      'a.csv',
      csv,
    );
    assert.equal(bad.status, 400);
    assert.ok((await bad.text()).length < 2000);
    const elsewhere = await upload(
      '/api/imports',
      officer,
      { kind: 'producers', scopeUnitId: unit('01') },
      'a.csv',
      csv,
    );
    assert.equal(elsewhere.status, 403, await elsewhere.clone().text());
  });
  it('an evidence criterion that is not a criterion code is 400, and the answer stays short', async () => {
    const sheet = await call(app, '/api/self-assessments', {
      session: producer,
      body: { productId, year: 2031 },
    });
    const r = await upload(
      `/api/self-assessments/${sheet.json.id}/evidence`,
      producer,
      { criterion: 'x'.repeat(6000) },
      'a.pdf',
      new TextEncoder().encode('%PDF-1.4\n%%EOF\n'),
    );
    assert.equal(r.status, 400);
    assert.ok((await r.text()).length < 2000);
  });
});
