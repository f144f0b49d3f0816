// Sign-in, sessions, CSRF, password change, the unit switcher and the login rate
// limit, exercised through HTTP as the web app and an attacker would.
// Note: app.request() has no socket, so every login on `app` counts against one
// per-address login limit (50 per 15 min, successful ones included); the rate-limit
// tests use their own createApp() and fromAddress() to stay independent.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/core/deps.ts';
import { makeDeps, PASSWORD, seedProducerInUnit, seedUser, unit } from '../support/factories.ts';
import { createTestDatabase, ENGINE, type TestDatabase } from '../support/test-db.ts';
import {
  assertError,
  call,
  fromAddress,
  issueFields,
  login,
  sessionCookieOf,
  tryLogin,
  type App,
  type Session,
} from './http-client.ts';

const VI_BAD_LOGIN = 'Email hoặc mật khẩu không đúng';
const EN_BAD_LOGIN = 'Wrong email or password';

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

describe('health', () => {
  it('reports ok, the database engine and the version', async () => {
    const r = await call(app, '/api/health');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, { status: 'ok', db: ENGINE, version: deps.version });
  });
});

describe('login', () => {
  let officer: { id: string; email: string };
  before(async () => {
    officer = await seedUser(deps, [{ role: 'commune_officer', scopeKind: 'unit', unitId: unit('14758') }]);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and answers with me, grants and navigation', async () => {
    const r = await tryLogin(app, officer.email);
    assert.equal(r.status, 200, r.text);
    const cookies = r.headers.getSetCookie().filter((c) => c.startsWith('ocop_session='));
    assert.equal(cookies.length, 1);
    const attrs = cookies[0].split(';').map((a) => a.trim().toLowerCase());
    assert.ok(attrs.includes('httponly'), cookies[0]);
    assert.ok(attrs.includes('samesite=lax'), cookies[0]);
    assert.ok(attrs.includes('path=/'), cookies[0]);
    const expires = attrs.find((a) => a.startsWith('expires='));
    assert.ok(expires, 'the cookie has an expiry');
    const ttlMs = new Date(expires.slice('expires='.length)).getTime() - Date.now();
    const configured = deps.env.SESSION_TTL_HOURS * 3600_000;
    assert.ok(
      Math.abs(ttlMs - configured) < 120_000,
      `cookie lives ${ttlMs} ms, expected about ${configured}`,
    );

    const token = sessionCookieOf(r.headers)!;
    assert.match(token, /^[A-Za-z0-9_-]{20,100}$/);
    assert.ok(
      !r.text.includes(token),
      'the session token is never in the JSON body (only in the HttpOnly cookie)',
    );

    const me = r.json;
    assert.equal(me.user.id, officer.id);
    assert.equal(me.user.email, officer.email);
    assert.equal(me.user.mustChangePassword, false);
    assert.equal(me.grants.length, 1);
    assert.equal(me.grants[0].role, 'commune_officer');
    assert.equal(me.grants[0].unitId, unit('14758'));
    assert.equal(me.grants[0].unitName, 'Phường Hàm Rồng');
    assert.equal(me.grants[0].unitLevel, 'commune');
    assert.equal(me.activeGrantId, me.grants[0].id);
    assert.deepEqual(me.navigation, [
      'dashboard',
      'ideas',
      'dossiers',
      'producers',
      'products',
      'duplicates',
      'imports',
      'worklist',
      'lifecycle',
      'selfAssessments',
      'rubrics',
      'calendar',
      'adminUnits',
    ]);
    assert.equal(typeof me.csrfToken, 'string');
    assert.ok(me.csrfToken.length >= 20);

    // the cookie alone is enough to read /me, which hands back the same CSRF token
    const again = await call(app, '/api/auth/me', { headers: { cookie: `ocop_session=${token}` } });
    assert.equal(again.status, 200);
    assert.equal(again.json.user.id, officer.id);
    assert.equal(again.json.csrfToken, me.csrfToken);
  });

  it('accepts the email in any case and with surrounding spaces', async () => {
    const r = await tryLogin(app, `  ${officer.email.toUpperCase()}  `);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.user.id, officer.id);
  });

  it('answers a wrong password and an unknown email identically, without a session', async () => {
    const wrong = await tryLogin(app, officer.email, 'not-the-password-1');
    const unknown = await tryLogin(app, `nobody-${Date.now()}@test.vn`, 'not-the-password-1');
    assertError(wrong, 401, 'INVALID_CREDENTIALS', VI_BAD_LOGIN);
    assertError(unknown, 401, 'INVALID_CREDENTIALS', VI_BAD_LOGIN);
    assert.deepEqual(wrong.json, unknown.json);
    assert.equal(sessionCookieOf(wrong.headers), null);
    assert.equal(sessionCookieOf(unknown.headers), null);
  });

  it('words messages in English when asked (Accept-Language), in Vietnamese by default', async () => {
    const cases: [string | undefined, string][] = [
      [undefined, VI_BAD_LOGIN],
      ['en', EN_BAD_LOGIN],
      ['en-US,en;q=0.9', EN_BAD_LOGIN],
      ['vi-VN,vi;q=0.9,en;q=0.8', VI_BAD_LOGIN],
      ['en;q=0.5, vi;q=0.9', VI_BAD_LOGIN],
      ['fr-FR', VI_BAD_LOGIN],
    ];
    for (const [lang, message] of cases) {
      const r = await tryLogin(app, officer.email, 'not-the-password-2', {
        headers: lang ? { 'accept-language': lang } : {},
      });
      assertError(r, 401, 'INVALID_CREDENTIALS', message);
    }
    const me = await call(app, '/api/auth/me', { headers: { 'accept-language': 'en' } });
    assertError(me, 401, 'UNAUTHENTICATED', 'Please sign in');
  });

  it('refuses a login body that is not a login', async () => {
    const r = await call(app, '/api/auth/login', { body: { email: 'not-an-email', password: PASSWORD } });
    assertError(r, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(r), ['email']);
  });
});

describe('session', () => {
  let user: { id: string; email: string };
  before(async () => {
    user = await seedUser(deps, [{ role: 'province_officer', scopeKind: 'unit', unitId: unit('38') }]);
  });

  it('GET /api/auth/me without a cookie is 401 UNAUTHENTICATED in JSON', async () => {
    const r = await call(app, '/api/auth/me');
    assertError(r, 401, 'UNAUTHENTICATED', 'Vui lòng đăng nhập');
  });

  it('an unknown session cookie is 401 and the browser is told to drop it', async () => {
    const r = await call(app, '/api/auth/me', {
      headers: { cookie: 'ocop_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    assertError(r, 401, 'UNAUTHENTICATED');
    const cleared = r.headers.getSetCookie().find((c) => c.startsWith('ocop_session='));
    assert.ok(cleared, 'Set-Cookie clears the stale cookie');
    assert.match(cleared, /Max-Age=0|Expires=Thu, 01 Jan 1970/i);
  });

  it('cookie-authenticated writes without the right X-CSRF-Token are refused with 403 CSRF_FAILED and change nothing', async () => {
    const s = await login(app, user.email);
    const other = await login(app, user.email); // a second session of the same account, with its own token
    assert.notEqual(s.csrf, other.csrf);
    const change = { currentPassword: PASSWORD, newPassword: 'a-brand-new-password-9' };
    for (const csrf of [false, 'wrong-token', other.csrf] as const) {
      const r = await call(app, '/api/auth/password', { session: s, body: change, csrf });
      assertError(r, 403, 'CSRF_FAILED');
      const out = await call(app, '/api/auth/logout', { session: s, method: 'POST', csrf });
      assertError(out, 403, 'CSRF_FAILED');
    }
    // the password did not change, and both sessions are still alive
    assert.equal((await tryLogin(app, user.email, 'a-brand-new-password-9')).status, 401);
    assert.equal((await call(app, '/api/auth/me', { session: s })).status, 200);
    assert.equal((await call(app, '/api/auth/me', { session: other })).status, 200);
    const ok = await tryLogin(app, user.email, PASSWORD);
    assert.equal(ok.status, 200);
  });

  it('logout ends the session: /me is 401 afterwards, the cookie is cleared, and logging out again is 401', async () => {
    const s = await login(app, user.email);
    const keep = await login(app, user.email);
    const r = await call(app, '/api/auth/logout', { session: s, method: 'POST' });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { ok: true });
    const cleared = r.headers.getSetCookie().find((c) => c.startsWith('ocop_session='));
    assert.ok(cleared);
    assert.match(cleared, /^ocop_session=;|Max-Age=0/);
    assertError(await call(app, '/api/auth/me', { session: s }), 401, 'UNAUTHENTICATED');
    assertError(await call(app, '/api/auth/logout', { session: s, method: 'POST' }), 401, 'UNAUTHENTICATED');
    // only that session ended
    assert.equal((await call(app, '/api/auth/me', { session: keep })).status, 200);
  });
});

describe('password change', () => {
  let user: { id: string; email: string };
  let s1: Session;
  let s2: Session;
  before(async () => {
    user = await seedUser(deps, [{ role: 'commune_officer', scopeKind: 'unit', unitId: unit('14797') }]);
    s1 = await login(app, user.email);
    s2 = await login(app, user.email);
  });

  it('a wrong current password is 400 WRONG_PASSWORD and the password stays', async () => {
    const r = await call(app, '/api/auth/password', {
      session: s1,
      body: { currentPassword: 'not-my-password-1', newPassword: 'new-password-12345' },
    });
    assertError(r, 400, 'WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng');
    assert.equal((await tryLogin(app, user.email, 'new-password-12345')).status, 401);
    assert.equal((await call(app, '/api/auth/me', { session: s2 })).status, 200);
  });

  it('a weak new password is 400 WEAK_PASSWORD (length, letters and digits)', async () => {
    for (const weak of ['short1a', 'onlyletterslong', '123456789012']) {
      const r = await call(app, '/api/auth/password', {
        session: s1,
        body: { currentPassword: PASSWORD, newPassword: weak },
      });
      assertError(r, 400, 'WEAK_PASSWORD');
    }
    const en = await call(app, '/api/auth/password', {
      session: s1,
      body: { currentPassword: PASSWORD, newPassword: 'short1a' },
      headers: { 'accept-language': 'en' },
    });
    assertError(
      en,
      400,
      'WEAK_PASSWORD',
      'The new password needs at least 10 characters with letters and digits',
    );
    assert.equal((await tryLogin(app, user.email, PASSWORD)).status, 200);
  });

  it('a good change keeps this session, ends the others, and retires the old password', async () => {
    const fresh = 'Mật-khẩu-mới-2025';
    const r = await call(app, '/api/auth/password', {
      session: s1,
      body: { currentPassword: PASSWORD, newPassword: fresh },
    });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { ok: true });
    assert.equal(
      (await call(app, '/api/auth/me', { session: s1 })).status,
      200,
      'the session that changed it stays signed in',
    );
    assertError(await call(app, '/api/auth/me', { session: s2 }), 401, 'UNAUTHENTICATED');
    assertError(await tryLogin(app, user.email, PASSWORD), 401, 'INVALID_CREDENTIALS', VI_BAD_LOGIN);
    const again = await tryLogin(app, user.email, fresh);
    assert.equal(again.status, 200, again.text);

    const admin = await seedUser(deps, [{ role: 'system_admin', scopeKind: 'nation' }]);
    const as = await login(app, admin.email);
    const audit = await call(app, '/api/audit?limit=20', { session: as });
    assert.equal(audit.status, 200);
    const row = audit.json.items.find(
      (i: { action: string; objectId: string }) =>
        i.action === 'auth.password_changed' && i.objectId === user.id,
    );
    assert.ok(row, 'the change is in the audit log');
    assert.equal(row.actorLabel, user.email);
    assert.ok(!JSON.stringify(audit.json).includes(fresh), 'the audit log never holds the password');
  });
});

describe('active grant (unit switcher)', () => {
  let user: { id: string; email: string };
  let producerIn: Record<string, string>;
  before(async () => {
    user = await seedUser(deps, [
      { role: 'commune_officer', scopeKind: 'unit', unitId: unit('14758') },
      { role: 'commune_officer', scopeKind: 'unit', unitId: unit('14797') },
    ]);
    producerIn = {
      [unit('14758')]: (await seedProducerInUnit(deps, unit('14758'), { name: 'Hợp tác xã Chè Hàm Rồng' }))
        .id,
      [unit('14797')]: (await seedProducerInUnit(deps, unit('14797'), { name: 'Cơ sở Nem chua Hạc Thành' }))
        .id,
    };
  });

  const listedIds = async (s: Session) => {
    const r = await call(app, '/api/producers?pageSize=200', { session: s });
    assert.equal(r.status, 200, r.text);
    return r.json.items.map((p: { id: string }) => p.id).sort();
  };

  it('switching the active grant changes which producers are listed, and it sticks to the session', async () => {
    const s = await login(app, user.email);
    assert.equal(s.me.grants.length, 2);
    const first = s.me.grants.find((g: { id: string }) => g.id === s.me.activeGrantId);
    const second = s.me.grants.find((g: { id: string }) => g.id !== s.me.activeGrantId);
    assert.deepEqual(await listedIds(s), [producerIn[first.unitId]]);

    const r = await call(app, '/api/auth/active-grant', { session: s, body: { grantId: second.id } });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.activeGrantId, second.id);
    assert.equal((await call(app, '/api/auth/me', { session: s })).json.activeGrantId, second.id);
    assert.deepEqual(await listedIds(s), [producerIn[second.unitId]]);
    // the producer of the other commune is now out of reach
    assertError(
      await call(app, `/api/producers/${producerIn[first.unitId]}`, { session: s }),
      404,
      'NOT_FOUND',
    );

    // another session of the same account keeps its own choice
    const t = await login(app, user.email);
    assert.equal(t.me.activeGrantId, first.id);
  });

  it('switching without the CSRF token is refused and changes nothing', async () => {
    const s = await login(app, user.email);
    const other = s.me.grants.find((g: { id: string }) => g.id !== s.me.activeGrantId);
    assertError(
      await call(app, '/api/auth/active-grant', { session: s, body: { grantId: other.id }, csrf: false }),
      403,
      'CSRF_FAILED',
    );
    assert.equal((await call(app, '/api/auth/me', { session: s })).json.activeGrantId, s.me.activeGrantId);
  });

  it('a grant the user does not hold is 403 GRANT_NOT_HELD; a malformed id is 400 naming grantId', async () => {
    const stranger = await seedUser(deps, [
      { role: 'province_officer', scopeKind: 'unit', unitId: unit('22') },
    ]);
    const theirs = (await login(app, stranger.email)).me.grants[0].id;
    const s = await login(app, user.email);
    assertError(
      await call(app, '/api/auth/active-grant', { session: s, body: { grantId: theirs } }),
      403,
      'GRANT_NOT_HELD',
      'Bạn không giữ vai trò này',
    );
    assert.equal((await call(app, '/api/auth/me', { session: s })).json.activeGrantId, s.me.activeGrantId);
    // and acting through it gives nothing of Quảng Ninh
    const quangNinh = await seedProducerInUnit(deps, unit('06652'));
    assertError(await call(app, `/api/producers/${quangNinh.id}`, { session: s }), 404, 'NOT_FOUND');

    const bad = await call(app, '/api/auth/active-grant', { session: s, body: { grantId: 'not-a-uuid' } });
    assertError(bad, 400, 'VALIDATION_FAILED');
    assert.deepEqual(issueFields(bad), ['grantId']);
  });

  it('switching grants needs a session', async () => {
    assertError(
      await call(app, '/api/auth/active-grant', {
        body: { grantId: '00000000-0000-4000-8000-000000000000' },
      }),
      401,
      'UNAUTHENTICATED',
    );
  });
});

describe('login rate limit', () => {
  it('repeated wrong passwords for one account end in 429 RATE_LIMITED with Retry-After, without locking other accounts', async () => {
    const limited = createApp(deps); // its own counters
    const env = fromAddress('198.51.100.7');
    const victim = await seedUser(deps, [
      { role: 'commune_officer', scopeKind: 'unit', unitId: unit('14758') },
    ]);
    const bystander = await seedUser(deps, [
      { role: 'commune_officer', scopeKind: 'unit', unitId: unit('14797') },
    ]);
    let r = await tryLogin(limited, victim.email, 'guess-0', { env });
    let attempts = 1;
    while (r.status === 401 && attempts < 30) {
      r = await tryLogin(limited, victim.email, `guess-${attempts}`, { env });
      attempts++;
    }
    assertError(r, 429, 'RATE_LIMITED');
    assert.ok(attempts > 3, `limited after ${attempts} attempts: too eager for typos`);
    const retryAfter = Number(r.headers.get('retry-after'));
    assert.ok(
      Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 3600,
      `Retry-After: ${r.headers.get('retry-after')}`,
    );
    assert.ok(r.json.error.message.includes(String(retryAfter)), r.json.error.message);

    // even the right password waits now
    assertError(await tryLogin(limited, victim.email, PASSWORD, { env }), 429, 'RATE_LIMITED');
    // another account from the same address is not locked
    assert.equal((await tryLogin(limited, bystander.email, PASSWORD, { env })).status, 200);
    // an unknown email is limited after the same number of attempts: no way to tell accounts apart
    const ghost = `ghost-${Date.now()}@test.vn`;
    const statuses: number[] = [];
    for (let i = 0; i < attempts; i++)
      statuses.push((await tryLogin(limited, ghost, `guess-${i}`, { env })).status);
    assert.deepEqual(statuses, [...Array(attempts - 1).fill(401), 429]);
  });

  it('many people signing in successfully from one shared office address are not locked out', async () => {
    const limited = createApp(deps);
    const env = fromAddress('203.0.113.50');
    const staff = await seedUser(deps, [
      { role: 'commune_officer', scopeKind: 'unit', unitId: unit('14758') },
    ]);
    // 60 colleagues behind one NAT address sign in at the start of the day (in parallel batches to keep the test quick)
    const statuses: number[] = [];
    for (let batch = 0; batch < 6; batch++) {
      const replies = await Promise.all(
        Array.from({ length: 10 }, () => tryLogin(limited, staff.email, PASSWORD, { env })),
      );
      statuses.push(...replies.map((r) => r.status));
    }
    assert.equal(statuses.length, 60);
    assert.deepEqual([...new Set(statuses)], [200]);
  });

  it('anonymous requests from one address do not block sign-in from another address', async () => {
    const limited = createApp(deps);
    const person = await seedUser(deps, [
      { role: 'commune_officer', scopeKind: 'unit', unitId: unit('14758') },
    ]);
    const noisy = fromAddress('192.0.2.66');
    for (let i = 0; i < 301; i++) await call(limited, '/api/auth/logout', { method: 'POST', env: noisy });
    const r = await tryLogin(limited, person.email, PASSWORD, { env: fromAddress('192.0.2.77') });
    assert.equal(r.status, 200, r.text);
  });
});
