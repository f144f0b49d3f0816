// JSON bodies only, within a size limit per route, strictly UTF-8. Every string is
// normalised to NFC (many Vietnamese keyboards send decomposed NFD text, which is
// accepted, never refused); control characters and lone surrogates are refused
// with the field named. The cleaned body replaces the raw request for validators.
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../core/app-error.ts';
import type { AppEnv } from './types.ts';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 32;

export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** NUL and other control characters (tab, CR and LF allowed), or a lone surrogate. */
export function hasForbiddenCharacters(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

export interface InputProblem {
  field: string;
  message: string;
}

/** Normalises a parsed JSON value; returns the problems found instead of throwing. */
export function cleanJsonValue(value: unknown, path = '', depth = 0, problems: InputProblem[] = []): unknown {
  if (depth > MAX_DEPTH) {
    problems.push({ field: path || '(body)', message: 'nested too deeply' });
    return null;
  }
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value))
      problems.push({ field: path || '(body)', message: 'contains an invalid Unicode surrogate' });
    else if (CONTROL.test(value))
      problems.push({ field: path || '(body)', message: 'contains control characters' });
    return value.normalize('NFC');
  }
  if (Array.isArray(value))
    return value.map((v, i) => cleanJsonValue(v, `${path}[${i}]`, depth + 1, problems));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const key = k.normalize('NFC');
      if (hasForbiddenCharacters(key)) {
        problems.push({
          field: path || '(body)',
          message: 'has a key with control characters or invalid Unicode',
        });
        continue;
      }
      out[key] = cleanJsonValue(v, path ? `${path}.${key}` : key, depth + 1, problems);
    }
    return out;
  }
  return value;
}

export function jsonBody(
  limits: (path: string) => number | 'skip' = () => DEFAULT_BODY_LIMIT,
): MiddlewareHandler<AppEnv> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return async (c, next) => {
    if (!METHODS_WITH_BODY.has(c.req.method)) return next();
    const limit = limits(c.req.path);
    if (limit === 'skip') return next();
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > limit) throw new AppError('BODY_TOO_LARGE', { limit });
    const raw = c.req.raw;
    const bytes = raw.body ? await readLimited(raw.body, limit) : new Uint8Array();
    if (bytes.length === 0) {
      // the stream is spent: validators then meet an absent body (a 400 naming the fields), never an unusable one
      if (raw.body) c.req.raw = new Request(raw.url, { method: raw.method, headers: raw.headers });
      return next();
    }
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    if (!/^application\/(.+\+)?json\b/.test(type)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoder.decode(bytes));
    } catch {
      throw new AppError('MALFORMED_JSON');
    }
    const problems: InputProblem[] = [];
    const clean = cleanJsonValue(parsed, '', 0, problems);
    if (problems.length) throw new AppError('VALIDATION_FAILED', {}, { issues: problems });
    const headers = new Headers(raw.headers);
    headers.set('content-type', 'application/json');
    headers.delete('content-length');
    c.req.raw = new Request(raw.url, { method: raw.method, headers, body: JSON.stringify(clean) });
    return next();
  };
}

async function readLimited(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new AppError('BODY_TOO_LARGE', { limit });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
