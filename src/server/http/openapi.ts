// Route definitions go through these helpers so every route documents its error
// responses the same way and validation failures become VALIDATION_FAILED with
// the offending fields named, in the caller's language.
import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import { z } from 'zod';
import { errorSchema } from '../../shared/contracts/common.ts';
import { excerpt } from '../../shared/errors.ts';
import { AppError } from '../core/app-error.ts';
import type { AppEnv } from './types.ts';

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const locale = c.get('locale') ?? 'vi';
      const input = (result as { data?: unknown }).data;
      // field names and messages may carry what was sent (unknown keys, values): only an excerpt goes back
      const issues = result.error.issues.slice(0, 50).map((issue) => ({
        field: excerpt(issue.path.join('.') || '(body)', 80),
        code: issue.code,
        message: excerpt(localiseIssue(shortened(issue, valueAt(input, issue.path)), locale), 300),
      }));
      throw new AppError('VALIDATION_FAILED', {}, { issues });
    },
  });
}

const viLocale = z.locales.vi();
const enLocale = z.locales.en();

function localiseIssue(issue: z.core.$ZodIssue, locale: 'vi' | 'en'): string {
  const { localeError } = locale === 'vi' ? viLocale : enLocale;
  const message = localeError?.(issue as never);
  if (typeof message === 'string') return message;
  if (message && typeof message === 'object' && 'message' in message) return String(message.message);
  return issue.message;
}

/** The issue as zod's locales word it, with the sent value and any unknown keys cut to an excerpt. */
function shortened(issue: z.core.$ZodIssue, input: unknown): z.core.$ZodIssue {
  const cut = { ...issue, input: typeof input === 'string' ? excerpt(input, 40) : input } as z.core.$ZodIssue;
  if (cut.code === 'unrecognized_keys')
    return { ...cut, keys: cut.keys.slice(0, 10).map((k) => excerpt(k, 40)) };
  return cut;
}

/** The value the client sent at an issue's path (zod's final issues do not keep it). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorSchema } },
});

export const STANDARD_ERRORS = {
  400: errorResponse('Validation failed (fields named in details.issues)'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Not allowed, or CSRF token missing'),
  429: errorResponse('Rate limited'),
} as const;

export function jsonContent<T extends z.ZodType>(schema: T, description = 'OK') {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBodyOf<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

/** A file upload: multipart with the route's text fields and "file", drawn as binary in the document. */
export function uploadBodyOf<T extends z.ZodRawShape>(
  fields: z.ZodObject<T> = z.object({}) as z.ZodObject<T>,
) {
  const schema = fields.extend({ file: z.any().meta({ type: 'string', format: 'binary' }) });
  return { body: { content: { 'multipart/form-data': { schema } } } };
}

export function route<const R extends RouteConfig>(config: R) {
  return createRoute({ ...config, responses: { ...STANDARD_ERRORS, ...config.responses } });
}
