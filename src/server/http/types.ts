import type { Locale } from '../../shared/errors.ts';
import type { AppDeps, AuthState } from '../core/deps.ts';

/** Hono's context variables, set by the middleware pipeline. */
export type AppEnv = {
  Variables: {
    deps: AppDeps;
    requestId: string;
    locale: Locale;
    auth: AuthState | null;
    ip: string | null;
  };
};
