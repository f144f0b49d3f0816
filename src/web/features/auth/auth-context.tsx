// Who is signed in, through which grant, and what the navigation shows: all of
// it comes from GET /api/auth/me; the client holds no rules of its own.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Me } from '../../../shared/contracts/auth.ts';
import type { ApiError } from '../../lib/api-error.ts';
import { setCsrfToken } from '../../lib/csrf.ts';
import * as authApi from './api.ts';
import { takeEarlyMe } from './early-me.ts';

interface AuthValue {
  me: Me | null;
  ready: boolean;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
  switchGrant(grantId: string): Promise<void>;
  /** reload who is signed in (after a registration set the cookie) */
  refresh(): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMeState] = useState<Me | null>(null);
  const [ready, setReady] = useState(false);
  const setMe = useCallback((value: Me | null) => {
    setCsrfToken(value?.csrfToken ?? null);
    setMeState(value);
  }, []);
  useEffect(() => {
    (takeEarlyMe() ?? authApi.getMe())
      .then(setMe, (err: ApiError) => {
        if (err.status !== 401) console.error(err);
        setMe(null);
      })
      .finally(() => setReady(true));
  }, [setMe]);
  const login = useCallback(
    async (email: string, password: string) => setMe(await authApi.login({ email, password })),
    [setMe],
  );
  const logout = useCallback(async () => {
    await authApi.logout().catch(() => undefined);
    setMe(null);
  }, [setMe]);
  const refresh = useCallback(async () => setMe(await authApi.getMe()), [setMe]);
  const switchGrant = useCallback(
    async (grantId: string) => setMe(await authApi.switchGrant({ grantId })),
    [setMe],
  );
  return (
    <AuthContext.Provider value={{ me, ready, login, logout, switchGrant, refresh }}>
      {children}
    </AuthContext.Provider>
  );
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
