// Small helpers for HTTP-level tests: requests go through Hono's app.request()
// (no socket), sessions are carried as the `ocop_session` cookie plus the CSRF
// token the login answer hands out.
import assert from 'node:assert/strict';
import type { createApp } from '../../src/server/app.ts';
import { PASSWORD } from '../support/factories.ts';

export type App = ReturnType<typeof createApp>;

export interface Session {
  token: string;
  cookie: string;
  csrf: string;
  me: any;
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

/** Bindings that make getConnInfo() see a client address, as @hono/node-server would. */
export function fromAddress(ip: string) {
  return {
    incoming: {
      socket: { remoteAddress: ip, remotePort: 40000, remoteFamily: ip.includes(':') ? 'IPv6' : 'IPv4' },
    },
  };
}

export function sessionCookieOf(headers: Headers): string | null {
  for (const c of headers.getSetCookie()) {
    const m = /^ocop_session=([^;]*)/.exec(c);
    if (m) return m[1];
  }
  return null;
}

export interface CallOptions {
  method?: string;
  session?: Session | null;
  /** a value is sent as JSON; a string or bytes are sent as they are */
  body?: unknown;
  raw?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  /** false: leave X-CSRF-Token out; a string: send that instead of the session's */
  csrf?: false | string;
  env?: object;
}

export async function call(app: App, path: string, opts: CallOptions = {}): Promise<Reply> {
  const method = opts.method ?? (opts.body !== undefined || opts.raw !== undefined ? 'POST' : 'GET');
  const headers: Record<string, string> = {};
  let body: BodyInit | undefined;
  if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  } else if (opts.raw !== undefined) {
    headers['content-type'] = 'application/json';
    body = opts.raw;
  }
  if (opts.session) {
    headers.cookie = opts.session.cookie;
    if (method !== 'GET' && method !== 'HEAD' && opts.csrf !== false)
      headers['x-csrf-token'] = opts.csrf ?? opts.session.csrf;
  }
  Object.assign(headers, opts.headers);
  const res = await app.request(path, { method, headers, body }, opts.env);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export async function tryLogin(
  app: App,
  email: string,
  password: string = PASSWORD,
  opts: { env?: object; headers?: Record<string, string> } = {},
) {
  return call(app, '/api/auth/login', { body: { email, password }, env: opts.env, headers: opts.headers });
}

export async function login(
  app: App,
  email: string,
  password: string = PASSWORD,
  env?: object,
): Promise<Session> {
  const r = await tryLogin(app, email, password, { env });
  assert.equal(r.status, 200, `login of ${email} failed: ${r.text}`);
  const token = sessionCookieOf(r.headers);
  assert.ok(token, 'login sets the session cookie');
  return { token, cookie: `ocop_session=${token}`, csrf: r.json.csrfToken, me: r.json };
}

/** The issue list of a VALIDATION_FAILED answer, as field names. */
export function issueFields(r: Reply): string[] {
  return (r.json?.error?.details?.issues ?? []).map((i: { field: string }) => i.field);
}

export function assertError(r: Reply, status: number, code: string, message?: string) {
  assert.equal(r.status, status, `expected ${status} ${code}, got ${r.status}: ${r.text.slice(0, 500)}`);
  assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(r.json?.error?.code, code, r.text.slice(0, 500));
  assert.equal(typeof r.json.error.message, 'string');
  assert.ok(r.json.error.message.length > 0);
  if (message !== undefined) assert.equal(r.json.error.message, message);
}
