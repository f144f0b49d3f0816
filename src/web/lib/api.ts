// The transport under the typed client: JSON in and out, the language header, the
// CSRF token on writes, and the API's error shape surfaced as ApiError. Screens do
// not call it: they call the fetchers of their feature's api.ts (one per endpoint,
// typed from the shared contracts); the import-boundary check holds them to it.
import type { ErrorBody } from '../../shared/errors.ts';
import { ApiError } from './api-error.ts';
import { getCsrfToken } from './csrf.ts';
import { currentLang } from './lang.ts';

export { ApiError };

/** Multipart upload (files); the same error handling as api(). */
export async function apiUpload<T>(path: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang() };
  const csrfToken = getCsrfToken();
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const res = await fetch(path, { method: 'POST', body: form, headers, credentials: 'same-origin' });
  const data = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const err = (data as ErrorBody | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'INTERNAL', err?.message ?? res.statusText, err?.details);
  }
  return data as T;
}

export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; query?: Record<string, string | number | undefined> } = {},
): Promise<T> {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(init.query ?? {}))
    if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang() };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const csrfToken = getCsrfToken();
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const res = await fetch(url, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: 'same-origin',
  });
  const data = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const err = (data as ErrorBody | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'INTERNAL', err?.message ?? res.statusText, err?.details);
  }
  return data as T;
}
