// First middleware of every request: request id, language, client address, and
// one JSON log line when the response is done (method, path, status, duration,
// user — never bodies, cookies or tokens).
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { pickLocale } from './errors.ts';
import type { AppDeps } from '../core/deps.ts';
import type { AppEnv } from './types.ts';

export function requestContext(
  deps: AppDeps,
  remoteAddress: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string | null,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('deps', deps);
    c.set('requestId', requestId);
    c.set('locale', pickLocale(c.req.header('accept-language')));
    c.set('ip', remoteAddress(c));
    const started = performance.now();
    await next();
    c.header('X-Request-Id', requestId);
    if (c.req.path.startsWith('/api/')) {
      deps.log.info('request', {
        reqId: requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        user: c.get('auth')?.user.id ?? null,
        ip: c.get('ip'),
      });
    }
  };
}
