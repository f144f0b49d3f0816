// Fixed-window counters kept in memory (one process serves one data folder, so
// this is the whole picture on PGlite; behind several PostgreSQL instances each
// counts for itself — see docs/adr).
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../core/app-error.ts';
import type { AppEnv } from './types.ts';

export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Throws RATE_LIMITED when the key is already at its limit, without counting. */
  check(key: string, now = Date.now()): void {
    const entry = this.hits.get(key);
    if (entry && entry.resetAt > now && entry.count >= this.limit) {
      throw new AppError('RATE_LIMITED', { retryAfter: Math.ceil((entry.resetAt - now) / 1000) });
    }
  }

  /** Counts one hit; throws RATE_LIMITED once the key is over its limit. */
  hit(key: string, now = Date.now()): void {
    let entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + this.windowMs };
      this.hits.set(key, entry);
      if (this.hits.size > 50_000) this.sweep(now);
    }
    entry.count++;
    if (entry.count > this.limit)
      throw new AppError('RATE_LIMITED', { retryAfter: Math.ceil((entry.resetAt - now) / 1000) });
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private sweep(now: number): void {
    for (const [k, v] of this.hits) if (v.resetAt <= now) this.hits.delete(k);
  }
}

/** Limits writes per signed-in user, or per client address for anonymous writes; reads are left to the reverse proxy. */
export function writeRateLimit(limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.method !== 'OPTIONS') {
      const auth = c.get('auth');
      limiter.hit(auth ? `u:${auth.user.id}` : `ip:${c.get('ip') ?? 'unknown'}`);
    }
    return next();
  };
}
