import type { User, UserManager } from 'oidc-client-ts';
import { getConfig } from '@/lib/config';
import { paths } from '@/config/paths';

export const CALLBACK_PATH = paths.auth.callback.path;
const STORE_PREFIX = 'oidc.user:';

let managerPromise: Promise<UserManager> | undefined;
const listeners = new Set<(um: UserManager) => void>();

/**
 * OIDC authorization code + PKCE against Keycloak (public client) with refresh-token based silent renewal.
 * The library is loaded on demand: anonymous visitors of the public pages never download it.
 */
export function loadUserManager(): Promise<UserManager> {
  managerPromise ??= import('oidc-client-ts').then(({ UserManager, WebStorageStateStore }) => {
    const { oidcAuthority, oidcClientId } = getConfig();
    const origin = window.location.origin;
    const um = new UserManager({
      authority: oidcAuthority,
      client_id: oidcClientId,
      redirect_uri: `${origin}${CALLBACK_PATH}`,
      post_logout_redirect_uri: `${origin}/`,
      response_type: 'code',
      scope: 'openid profile email',
      automaticSilentRenew: true,
      // Renewal uses the refresh token: no hidden iframe, so no third-party cookies are needed.
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      monitorSession: false,
    });
    listeners.forEach((l) => l(um));
    return um;
  });
  return managerPromise;
}

/** Calls back once the user manager exists (now, if it already does). Returns an unsubscribe function. */
export function onUserManager(listener: (um: UserManager) => void): () => void {
  listeners.add(listener);
  void managerPromise?.then(listener);
  return () => listeners.delete(listener);
}

/** Whether this tab holds a session (then the OIDC library is needed at once). */
export function hasStoredSession(): boolean {
  try {
    for (let i = 0; i < sessionStorage.length; i++) {
      if (sessionStorage.key(i)?.startsWith(STORE_PREFIX)) return true;
    }
  } catch {
    // storage unavailable
  }
  return window.location.pathname === CALLBACK_PATH;
}

/** Only same-origin paths are valid places to return to after login. */
export function safeReturnTo(value: unknown, fallback = paths.dashboard.getHref()): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  ) {
    return fallback;
  }
  if (value.startsWith(CALLBACK_PATH)) return fallback;
  return value;
}

export function returnToOf(user: User): string {
  const state = user.state as { returnTo?: unknown } | undefined;
  return safeReturnTo(state?.returnTo);
}

let callbackOnce: Promise<User> | undefined;

/** Completes the login redirect once, even when React runs effects twice. */
export function completeSignin(): Promise<User> {
  callbackOnce ??= loadUserManager().then((um) => um.signinRedirectCallback());
  return callbackOnce;
}
