// Who is signed in, asked for as soon as the page starts (app/early-start.ts), while
// React is still being read: the session's provider takes this answer instead of
// asking again. Without React, so that it can run first.
import type { Me } from '../../../shared/contracts/auth.ts';
import { getMe } from './api.ts';

let early: Promise<Me> | null = null;

export function startMe(): void {
  early = getMe();
  // a visitor without a session gets 401: the provider reads it, nothing is left unhandled
  early.catch(() => undefined);
}

/** The early answer, once; null when there was none or it has been taken. */
export function takeEarlyMe(): Promise<Me> | null {
  const taken = early;
  early = null;
  return taken;
}
