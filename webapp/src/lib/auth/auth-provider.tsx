import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { User } from 'oidc-client-ts';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import i18n from '@/i18n';
import { api, configureApi } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { AuthContext, type AuthState, type Role } from './auth-context';
import { hasStoredSession, loadUserManager, onUserManager, safeReturnTo } from './user-manager';
import { paths } from '@/config/paths';

let loginStarted = false;

function currentPath(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  // Without a stored session there is nothing to read: anonymous at once, no OIDC library loaded.
  const [ready, setReady] = useState(() => !hasStoredSession());
  const [loginUnavailable, setLoginUnavailable] = useState(false);
  const queryClient = useQueryClient();

  const login = useCallback(async (returnTo?: string) => {
    // One redirect at a time (several components may ask at once).
    // The flag clears itself, so a failed redirect or a page restored from the back/forward cache can retry.
    if (loginStarted) return;
    loginStarted = true;
    setTimeout(() => {
      loginStarted = false;
    }, 3000);
    try {
      const um = await loadUserManager();
      // reads Keycloak's discovery document first: this is where an unreachable login server shows
      await um.signinRedirect({
        state: { returnTo: safeReturnTo(returnTo ?? currentPath(), paths.home.getHref()) },
      });
      setLoginUnavailable(false);
    } catch {
      loginStarted = false;
      setLoginUnavailable(true);
      notifications.show({
        id: 'login-unavailable',
        color: 'red',
        title: i18n.t('auth.unavailableTitle'),
        message: i18n.t('auth.unavailable'),
        autoClose: false,
        closeButtonProps: { 'aria-label': i18n.t('common.close') },
      });
    }
  }, []);

  const logout = useCallback(async () => {
    const um = await loadUserManager();
    const current = await um.getUser();
    queryClient.clear();
    if (current) {
      await um.signoutRedirect({ id_token_hint: current.id_token });
    } else {
      await um.removeUser();
      window.location.assign(paths.home.getHref());
    }
  }, [queryClient]);

  useEffect(() => {
    let active = true;
    const cleanups: (() => void)[] = [];
    const unsubscribe = onUserManager((um) => {
      um.getUser()
        .then((stored) => {
          if (!active) return;
          setUser(stored && !stored.expired ? stored : null);
          setReady(true);
        })
        .catch(() => {
          if (active) setReady(true);
        });
      const onLoaded = (u: User) => setUser(u);
      const onUnloaded = () => setUser(null);
      const onRenewError = () => {
        // The refresh token is gone (session ended elsewhere): drop the user; protected pages ask to log in.
        void um.removeUser();
      };
      um.events.addUserLoaded(onLoaded);
      um.events.addUserUnloaded(onUnloaded);
      um.events.addSilentRenewError(onRenewError);
      cleanups.push(() => {
        um.events.removeUserLoaded(onLoaded);
        um.events.removeUserUnloaded(onUnloaded);
        um.events.removeSilentRenewError(onRenewError);
      });
    });
    if (hasStoredSession()) void loadUserManager();
    return () => {
      active = false;
      unsubscribe();
      cleanups.forEach((c) => c());
    };
  }, []);

  useEffect(() => {
    let redirecting = false;
    configureApi({
      token: () => (user && !user.expired ? user.access_token : undefined),
      unauthorized: () => {
        if (redirecting) return;
        redirecting = true;
        void login();
      },
    });
  }, [user, login]);

  const meQuery = useQuery({
    queryKey: ['me', user?.profile.sub],
    enabled: !!user,
    staleTime: 5 * 60_000,
    // The token is passed explicitly: the API client's token source may not have caught up yet.
    queryFn: async () =>
      unwrap(
        await api().GET('/api/v1/me', { headers: { Authorization: `Bearer ${user?.access_token ?? ''}` } }),
      ),
  });

  const value = useMemo<AuthState>(() => {
    const me = meQuery.data;
    const roles = new Set(me?.roles ?? []);
    const status: AuthState['status'] = !ready
      ? 'loading'
      : !user
        ? 'anonymous'
        : me || meQuery.isError
          ? 'authenticated'
          : 'loading';
    return {
      status,
      user,
      me,
      meError: meQuery.error,
      hasRole: (...wanted: Role[]) => wanted.some((r) => roles.has(r)),
      actsFor: (id: string) => (me?.associationIds ?? []).includes(id),
      login,
      logout,
      loginUnavailable,
    };
  }, [ready, user, meQuery.data, meQuery.isError, meQuery.error, login, logout, loginUnavailable]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
