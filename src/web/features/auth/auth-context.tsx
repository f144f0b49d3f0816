// Who is signed in, through which grant, and what the navigation shows: all of
// it comes from GET /api/auth/me; the client holds no rules of its own.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Me } from '../../../shared/contracts/auth.ts';
import { api, type ApiError, setCsrfToken } from '../../lib/api.ts';

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
    api<Me>('/api/auth/me')
      .then(setMe, (err: ApiError) => {
        if (err.status !== 401) console.error(err);
        setMe(null);
      })
      .finally(() => setReady(true));
  }, [setMe]);
  const login = useCallback(
    async (email: string, password: string) =>
      setMe(await api<Me>('/api/auth/login', { method: 'POST', body: { email, password } })),
    [setMe],
  );
  const logout = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    setMe(null);
  }, [setMe]);
  const refresh = useCallback(async () => setMe(await api<Me>('/api/auth/me')), [setMe]);
  const switchGrant = useCallback(
    async (grantId: string) =>
      setMe(await api<Me>('/api/auth/active-grant', { method: 'POST', body: { grantId } })),
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
