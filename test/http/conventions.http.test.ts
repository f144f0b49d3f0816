// API-wide conventions: the OpenAPI document covers every route, the offline docs
// page, secure headers, request ids, and the structured request log.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { createLogger } from '../../src/server/logger.ts';
import { makeDeps, PASSWORD, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { assertError, call, login, type App, type Reply } from './http-client.ts';

let tdb: TestDatabase;
let deps: AppDeps;
let app: App;

before(async () => {
  tdb = await createTestDatabase();
  deps = makeDeps(tdb.database);
  app = createApp(deps);
});
after(async () => {
  await tdb.drop();
});

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;

/** Every route the app serves under /api, and the public addresses (/sp/…), as "METHOD /path/{param}". */
function servedRoutes(a: App): Set<string> {
  const out = new Set<string>();
  for (const r of a.routes) {
    if (r.method === 'ALL') continue; // middleware
    if (!r.path.startsWith('/api/') && !r.path.startsWith('/sp/')) continue;
    if (r.path === '/api/openapi.json' || r.path === '/api/docs' || r.path.startsWith('/api/docs/')) continue;
    out.add(`${r.method.toUpperCase()} ${r.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`);
  }
  return out;
}

describe('OpenAPI document', () => {
  let doc: any;
  let reply: Reply;
  before(async () => {
    reply = await call(app, '/api/openapi.json');
    doc = reply.json;
  });

  it('is an OpenAPI 3.1 document with title, version and paths', () => {
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('content-type') ?? '', /^application\/json/);
    assert.match(doc.openapi, /^3\.1\.\d+$/);
    assert.equal(typeof doc.info.title, 'string');
    assert.ok(doc.info.title.length > 0);
    assert.equal(doc.info.version, deps.version);
    assert.ok(doc.paths && typeof doc.paths === 'object');
    assert.ok(doc.components.schemas.Error, 'the shared error shape is a named schema');
  });

  it('lists every route the app serves under /api and /sp, and nothing else', () => {
    const served = servedRoutes(app);
    assert.ok(served.size >= 15, `only ${served.size} routes found: ${[...served]}`);
    const documented = new Set<string>();
    for (const [path, item] of Object.entries<Record<string, unknown>>(doc.paths)) {
      for (const m of METHODS) if (item[m]) documented.add(`${m.toUpperCase()} ${path}`);
    }
    const missing = [...served].filter((r) => !documented.has(r));
    const phantom = [...documented].filter((r) => !served.has(r));
    assert.deepEqual(missing, [], 'served but not documented');
    assert.deepEqual(phantom, [], 'documented but not served');
  });

  it('every operation has a summary, a success response, and declares its path parameters', () => {
    for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const m of METHODS) {
        const op = item[m];
        if (!op) continue;
        const where = `${m.toUpperCase()} ${path}`;
        assert.ok(op.summary, `${where} has a summary`);
        assert.ok(
          Object.keys(op.responses).some((s) => /^2\d\d$/.test(s)),
          `${where} documents a success`,
        );
        for (const p of params) {
          assert.ok(
            (op.parameters ?? item.parameters ?? []).some(
              (d: { in: string; name: string; required?: boolean }) =>
                d.in === 'path' && d.name === p && d.required,
            ),
            `${where} declares path parameter ${p}`,
          );
        }
        // JSON everywhere; file uploads (photos, spreadsheet imports, evidence, lab reports, a ministry's order, a signed decision) are multipart
        const multipart =
          /\/photos$|^\/api\/imports$|\/evidence$|\/lab-results$|\/redo-order$|\/signed$/.test(path);
        if (m === 'post' && op.requestBody)
          assert.ok(
            op.requestBody.content[multipart ? 'multipart/form-data' : 'application/json'],
            `${where} takes ${multipart ? 'multipart' : 'JSON'}`,
          );
      }
    }
  });

  it('every $ref points at a schema that exists', () => {
    const refs = new Set<string>();
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === '$ref' && typeof x === 'string') refs.add(x);
          else walk(x);
        }
      }
    };
    walk(doc);
    assert.ok(refs.size > 0);
    for (const ref of refs) {
      const m = /^#\/components\/(\w+)\/(.+)$/.exec(ref);
      assert.ok(m, `local ref ${ref}`);
      assert.ok(doc.components[m[1]]?.[m[2]], `${ref} resolves`);
    }
  });

  it('every 2xx JSON answer has a declared shape: no empty schema outside the documented any-JSON values', () => {
    const resolve = (schema: any): any => {
      const m = typeof schema?.$ref === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(schema.$ref) : null;
      return m ? doc.components.schemas[m[1]] : schema;
    };
    const empty: string[] = [];
    const seen = new Set<unknown>();
    const walk = (schema: any, where: string) => {
      const s = resolve(schema);
      if (!s || typeof s !== 'object' || seen.has(s)) return;
      seen.add(s);
      if (s.description === 'any JSON value') return;
      const keys = Object.keys(s).filter((k) => k !== 'description');
      if (keys.length === 0) empty.push(where);
      for (const [k, v] of Object.entries<any>(s.properties ?? {})) walk(v, `${where}.${k}`);
      if (s.items) walk(s.items, `${where}[]`);
      for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) walk(alt, where);
      if (s.additionalProperties && typeof s.additionalProperties === 'object')
        walk(s.additionalProperties, `${where}{}`);
    };
    for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
      for (const m of METHODS) {
        for (const [status, res] of Object.entries<any>(item[m]?.responses ?? {})) {
          const schema = res?.content?.['application/json']?.schema;
          if (status.startsWith('2') && schema) walk(schema, `${m.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    assert.deepEqual(empty, []);
  });

  it('every documented 4xx answer has the shared Error shape', () => {
    const loose: string[] = [];
    for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
      for (const m of METHODS) {
        for (const [status, res] of Object.entries<any>(item[m]?.responses ?? {})) {
          if (!/^4\d\d$/.test(status)) continue;
          if (res.content?.['application/json']?.schema?.$ref !== '#/components/schemas/Error')
            loose.push(`${m.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    assert.deepEqual(loose, []);
  });
});

describe('API docs page', () => {
  it('is HTML that loads only local /api/docs assets, and those assets load with the right type', async () => {
    const page = await call(app, '/api/docs');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    const refs = [...page.text.matchAll(/(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]);
    assert.ok(refs.length >= 2, `assets referenced: ${refs}`);
    assert.doesNotMatch(
      page.text,
      /https?:\/\//,
      'no CDN or other external address (offline government networks)',
    );
    const expectType = (ref: string) =>
      ref.endsWith('.css') ? /^text\/css/ : ref.endsWith('.js') ? /^(text|application)\/javascript/ : /./;
    for (const ref of refs) {
      assert.match(ref, /^\/api\/docs\/[\w.-]+$/, `${ref} is a local docs asset`);
      const asset = await app.request(ref);
      assert.equal(asset.status, 200, ref);
      assert.match(
        asset.headers.get('content-type') ?? '',
        expectType(ref),
        `${ref}: ${asset.headers.get('content-type')}`,
      );
      const body = new Uint8Array(await asset.arrayBuffer());
      assert.ok(body.length > 0, `${ref} is not empty`);
    }
    assert.ok(refs.some((r) => r.endsWith('.css')) && refs.some((r) => r.endsWith('.js')));
  });

  it('the docs script reads the local OpenAPI document', async () => {
    const page = await call(app, '/api/docs');
    const scripts = [...page.text.matchAll(/src\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]);
    let found = false;
    for (const src of scripts) {
      const js = await (await app.request(src)).text();
      if (/['"]\/api\/openapi\.json['"]/.test(js)) found = true;
    }
    assert.ok(found, 'one of the scripts points Swagger UI at /api/openapi.json');
  });

  it('does not serve files other than its own assets', async () => {
    for (const p of [
      '/api/docs/package.json',
      '/api/docs/..%2F..%2Fpackage.json',
      '/api/docs/index.js',
      '/api/docs/%2e%2e%2fLICENSE',
    ]) {
      const r = await call(app, p);
      assert.equal(r.status, 404, p);
      assert.ok(r.json?.error, `${p} answers the JSON error shape`);
    }
  });
});

describe('secure headers and request ids', () => {
  const check = (r: Reply, what: string) => {
    const csp = r.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/, `${what}: CSP ${csp}`);
    assert.doesNotMatch(csp, /script-src[^;]*'unsafe-(inline|eval)'/, `${what}: scripts are not inline/eval`);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', what);
    const framing =
      /frame-ancestors 'none'/.test(csp) ||
      /^(DENY|SAMEORIGIN)$/i.test(r.headers.get('x-frame-options') ?? '');
    assert.ok(framing, `${what}: framing is restricted`);
    assert.ok(r.headers.get('referrer-policy'), `${what}: referrer-policy`);
    assert.doesNotMatch(r.headers.get('referrer-policy') ?? '', /unsafe-url|no-referrer-when-downgrade/);
    assert.match(r.headers.get('x-request-id') ?? '', /^[\w-]{8,64}$/, `${what}: X-Request-Id`);
  };

  it('are on successes, errors and the docs page alike', async () => {
    check(await call(app, '/api/health'), 'health');
    check(await call(app, '/api/auth/me'), '401');
    check(await call(app, '/api/nope'), '404');
    check(
      await call(app, '/api/auth/login', { raw: 'email=a', headers: { 'content-type': 'text/plain' } }),
      '415',
    );
    check(await call(app, '/api/auth/login', { raw: '{' }), 'malformed JSON');
    check(await call(app, '/api/docs'), 'docs page');
    check(await call(app, '/api/openapi.json'), 'openapi');
  });

  it('each response has its own X-Request-Id; a well-formed one from the client is kept, anything else replaced', async () => {
    const a = (await call(app, '/api/health')).headers.get('x-request-id');
    const b = (await call(app, '/api/health')).headers.get('x-request-id');
    assert.ok(a && b);
    assert.notEqual(a, b);
    const mine = 'trace-2025-abcdef12';
    assert.equal(
      (await call(app, '/api/health', { headers: { 'x-request-id': mine } })).headers.get('x-request-id'),
      mine,
    );
    for (const bad of ['short', 'has spaces in it', 'x'.repeat(65), '<script>alert(1)</script>']) {
      const got = (await call(app, '/api/health', { headers: { 'x-request-id': bad } })).headers.get(
        'x-request-id',
      );
      assert.notEqual(got, bad);
      assert.match(got ?? '', /^[\w-]{8,64}$/);
    }
  });
});

describe('structured request log', () => {
  let lines: string[];
  let logged: App;
  let email: string;
  before(async () => {
    lines = [];
    logged = createApp({ ...deps, log: createLogger('info', (line) => lines.push(line)) });
    email = (await seedUser(deps, [{ role: 'commune_officer', scopeKind: 'unit', unitId: unit('14758') }]))
      .email;
  });
  const requests = () => lines.map((l) => JSON.parse(l)).filter((e: any) => e.msg === 'request');

  it('writes one JSON line per API request with reqId, method, path, status, duration and user', async () => {
    lines.length = 0;
    const health = await call(logged, '/api/health?verbose=1');
    const anon = await call(logged, '/api/auth/me');
    const s = await login(logged, email);
    const me = await call(logged, '/api/auth/me', { session: s });
    const bad = await call(logged, '/api/producers?pageSize=999', { session: s });
    await call(logged, '/'); // not an API request
    assert.ok(
      lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n')),
      'one line each',
    );
    const entries = requests();
    assert.equal(entries.length, 5, JSON.stringify(entries));
    const expected = [
      [health, 'GET', '/api/health', 200, null],
      [anon, 'GET', '/api/auth/me', 401, null],
      [null, 'POST', '/api/auth/login', 200, null],
      [me, 'GET', '/api/auth/me', 200, s.me.user.id],
      [bad, 'GET', '/api/producers', 400, s.me.user.id],
    ] as const;
    expected.forEach(([reply, method, path, status, user], i) => {
      const e = entries[i];
      assert.equal(e.method, method);
      assert.equal(e.path, path);
      assert.equal(e.status, status);
      assert.equal(e.user, user);
      assert.equal(e.level, 'info');
      assert.equal(typeof e.ms, 'number');
      assert.ok(e.ms >= 0);
      assert.match(e.reqId, /^[\w-]{8,64}$/);
      if (reply)
        assert.equal(
          e.reqId,
          reply.headers.get('x-request-id'),
          'the log line and the response share the request id',
        );
      assert.ok(!Number.isNaN(Date.parse(e.t)));
    });
  });

  it('never contains a password, the session cookie or the CSRF token', async () => {
    lines.length = 0;
    const s = await login(logged, email);
    await call(logged, '/api/auth/me', { session: s });
    const fresh = 'Mật-khẩu-nhật-ký-42';
    await call(logged, '/api/auth/password', {
      session: s,
      body: { currentPassword: 'a-wrong-guess-123', newPassword: fresh },
    });
    const changed = await call(logged, '/api/auth/password', {
      session: s,
      body: { currentPassword: PASSWORD, newPassword: fresh },
    });
    assert.equal(changed.status, 200, changed.text);
    await call(logged, '/api/auth/login', { body: { email, password: 'a-wrong-guess-456' } });
    await call(logged, '/api/auth/logout', { session: s, method: 'POST' });
    assert.equal(requests().length, 6);
    const text = lines.join('');
    for (const secret of [PASSWORD, fresh, 'a-wrong-guess-123', 'a-wrong-guess-456', s.token, s.csrf]) {
      assert.ok(!text.includes(secret), `the log holds ${secret.slice(0, 6)}…`);
    }
  });

  it('records failures with their status too', async () => {
    lines.length = 0;
    assertError(await call(logged, '/api/auth/login', { raw: '{"email":' }), 400, 'MALFORMED_JSON');
    assertError(
      await call(logged, '/api/auth/login', { body: { email, password: 'x'.repeat(70_000) } }),
      413,
      'BODY_TOO_LARGE',
    );
    assertError(await call(logged, '/api/missing'), 404, 'ROUTE_NOT_FOUND');
    assert.deepEqual(
      requests().map((e) => [e.path, e.status]),
      [
        ['/api/auth/login', 400],
        ['/api/auth/login', 413],
        ['/api/missing', 404],
      ],
    );
  });
});
