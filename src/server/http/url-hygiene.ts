// The same hygiene for the address as for JSON bodies: every path segment and query
// key and value must be well-formed percent-encoded UTF-8 and hold no NUL, other
// control characters or lone surrogates. Refused with 400 before routing, so such
// input never reaches a validator, a log line or the database (which refuses NUL
// in text with an error of its own).
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../core/app-error.ts';
import { hasForbiddenCharacters } from './json-body.ts';
import type { AppEnv } from './types.ts';

export interface UrlProblem {
  field: string;
  message: string;
}

/** Problems of a request address; empty when it is clean. */
export function urlProblems(url: string): UrlProblem[] | 'malformed' {
  const start = url.indexOf('//') >= 0 ? url.indexOf('/', url.indexOf('//') + 2) : 0;
  const pathAndQuery = start < 0 ? '/' : url.slice(start);
  const hashAt = pathAndQuery.indexOf('#');
  const withoutHash = hashAt < 0 ? pathAndQuery : pathAndQuery.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const path = queryAt < 0 ? withoutHash : withoutHash.slice(0, queryAt);
  const query = queryAt < 0 ? '' : withoutHash.slice(queryAt + 1);
  const problems: UrlProblem[] = [];
  for (const segment of path.split('/')) {
    const decoded = decode(segment, false);
    if (decoded === null) return 'malformed';
    if (hasForbiddenCharacters(decoded))
      problems.push({ field: '(path)', message: 'contains control characters or invalid Unicode' });
  }
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq), true);
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1), true);
    if (key === null || value === null) return 'malformed';
    if (hasForbiddenCharacters(key) || hasForbiddenCharacters(value)) {
      problems.push({
        field: `query.${key.replace(/[^\w.-]/g, '?').slice(0, 40)}`,
        message: 'contains control characters or invalid Unicode',
      });
    }
  }
  return problems;
}

function decode(text: string, plusIsSpace: boolean): string | null {
  try {
    return decodeURIComponent(plusIsSpace ? text.replaceAll('+', ' ') : text);
  } catch {
    return null;
  }
}

export function urlHygiene(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const problems = urlProblems(c.req.url);
    if (problems === 'malformed') throw new AppError('MALFORMED_URL');
    if (problems.length) throw new AppError('VALIDATION_FAILED', {}, { issues: problems });
    return next();
  };
}
