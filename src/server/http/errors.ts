// One error shape for every failure: {error: {code, message, details}}, the
// message in the language the client asked for. Unexpected errors are logged with
// the request id and answered with a bare INTERNAL: no stack trace leaves.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ERRORS, formatMessage, type ErrorBody, type ErrorCode, type Locale } from '../../shared/errors.ts';
import { AppError } from '../core/app-error.ts';
import type { AppEnv } from './types.ts';

export function errorBody(
  code: ErrorCode,
  locale: Locale,
  params?: Record<string, unknown>,
  details?: unknown,
): ErrorBody {
  return {
    error: {
      code,
      message: formatMessage(code, locale, params),
      ...(details === undefined ? {} : { details }),
    },
  };
}

export function respondError(
  c: Context<AppEnv>,
  code: ErrorCode,
  params?: Record<string, unknown>,
  details?: unknown,
) {
  const locale = c.get('locale') ?? 'vi';
  return c.json(errorBody(code, locale, params, details), ERRORS[code].status as 400);
}

export function handleError(err: Error, c: Context<AppEnv>) {
  if (err instanceof AppError) {
    if (err.code === 'RATE_LIMITED') c.header('Retry-After', String(err.params.retryAfter ?? 60));
    return respondError(c, err.code, err.params, err.details);
  }
  if (err instanceof HTTPException && err.status === 413)
    return respondError(c, 'BODY_TOO_LARGE', { limit: '?' });
  if (err instanceof HTTPException && err.status < 500)
    return respondError(c, err.status === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED');
  const pgCode = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  if (pgCode === '40001' || pgCode === '40P01') return respondError(c, 'CONFLICT');
  // a guard trigger names the refusal in its hint (e.g. a locked council sheet)
  const hint = (err as { hint?: string }).hint ?? (err as { cause?: { hint?: string } }).cause?.hint;
  if (pgCode === 'P0001' && hint && hint in ERRORS) return respondError(c, hint as ErrorCode);
  c.get('deps')?.log.error('unhandled error', {
    reqId: c.get('requestId'),
    error: err.message,
    stack: err.stack?.split('\n').slice(0, 8).join(' | '),
  });
  return respondError(c, 'INTERNAL');
}

export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'vi';
  const langs = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag, q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of langs) {
    if (tag.startsWith('vi')) return 'vi';
    if (tag.startsWith('en')) return 'en';
  }
  return 'vi';
}
