// Loads the session from its HttpOnly cookie, enforces CSRF on cookie-authenticated
// writes (header X-CSRF-Token must equal the session's token) and offers the
// guards routes use: requireAuth and the audit actor of the request.
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Grant } from '../../domain/access/policy.ts';
import type { AuditActor } from '../core/actor.ts';
import { AppError } from '../core/app-error.ts';
import type { AppDeps, AuthState } from '../core/deps.ts';
import type { AppEnv } from './types.ts';

export const SESSION_COOKIE = 'ocop_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Finds the session of a cookie token; the auth module provides it (wired in app.ts). */
export type SessionLoader = (deps: AppDeps, token: string) => Promise<AuthState | null>;

export function sessionMiddleware(loadSession: SessionLoader): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('auth', null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token && /^[A-Za-z0-9_-]{20,100}$/.test(token)) {
      const state = await loadSession(c.get('deps'), token);
      if (state) c.set('auth', state);
      else deleteCookie(c, SESSION_COOKIE, { path: '/' });
    }
    const auth = c.get('auth');
    if (auth && !SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== auth.csrfToken) {
      throw new AppError('CSRF_FAILED');
    }
    return next();
  };
}

export function setSessionCookie(c: Context<AppEnv>, token: string, expires: Date): void {
  const deps = c.get('deps');
  const secure = deps.env.COOKIE_SECURE ?? deps.env.PUBLIC_URL.startsWith('https://');
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure, path: '/', expires });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

export function requireAuth(c: Context<AppEnv>): AuthState {
  const auth = c.get('auth');
  if (!auth) throw new AppError('UNAUTHENTICATED');
  return auth;
}

/** The active grant of a signed-in user; a user without any role cannot act. */
export function requireGrant(c: Context<AppEnv>): Grant {
  const auth = requireAuth(c);
  if (!auth.active) throw new AppError('FORBIDDEN');
  return auth.active;
}

export function auditActor(c: Context<AppEnv>): AuditActor {
  const auth = c.get('auth');
  return {
    userId: auth?.user.id ?? null,
    label: auth?.user.email ?? 'anonymous',
    ip: c.get('ip'),
    requestId: c.get('requestId'),
  };
}

/** Routes anyone may call; every other /api route needs a session before its input is even validated. */
export function isPublicApi(method: string, path: string): boolean {
  if (path === '/api/health' || path === '/api/openapi.json' || path.startsWith('/api/docs')) return true;
  // the signed chain head is published so that anyone may keep copies of it
  if (method === 'GET' && path === '/api/audit/head') return true;
  if (method === 'POST' && (path === '/api/auth/login' || path === '/api/auth/register')) return true;
  // administrative units are public reference data; their mapping review is not
  return (
    method === 'GET' && path.startsWith('/api/admin-units') && !path.startsWith('/api/admin-units/mappings')
  );
}

export function authGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // unknown routes fall through to the JSON 404, whoever asks
    const routed = c.req.matchedRoutes.some((r) => r.method !== 'ALL');
    if (routed && !isPublicApi(c.req.method, c.req.path)) requireAuth(c);
    return next();
  };
}
