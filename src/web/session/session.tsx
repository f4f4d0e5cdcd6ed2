import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionResponse } from '../../server/features/auth/schemas';
import { api, setCsrfToken, setUnauthenticatedHandler } from '../api/client';

type SessionState = {
  session: SessionResponse | undefined;
  loading: boolean;
  refresh: () => Promise<void>;
  login: (login: string, password: string) => Promise<SessionResponse>;
  logout: () => Promise<void>;
};

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionResponse>();
  const [loading, setLoading] = useState(true);

  const apply = useCallback((s: SessionResponse) => {
    setCsrfToken(s.csrfToken);
    setSession(s);
  }, []);

  const refresh = useCallback(async () => {
    try {
      apply(await api<SessionResponse>('GET', '/api/auth/session'));
    } finally {
      setLoading(false);
    }
  }, [apply]);

  useEffect(() => {
    setUnauthenticatedHandler(() => void refresh());
    void refresh();
  }, [refresh]);

  const value = useMemo<SessionState>(
    () => ({
      session,
      loading,
      refresh,
      login: async (login, password) => {
        const s = await api<SessionResponse>('POST', '/api/auth/login', { login, password });
        apply(s);
        return s;
      },
      logout: async () => {
        await api('POST', '/api/auth/logout');
        await refresh();
      },
    }),
    [session, loading, refresh, apply],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}

export type SessionUser = NonNullable<SessionResponse['user']>;
