import { createContext, useContext } from 'react';
import type { User } from 'oidc-client-ts';
import type { components } from '@/lib/api/client';

export type Me = components['schemas']['Me'];
export type Role =
  'admin' | 'staff' | 'association-officer' | 'expert' | 'partner' | 'contest-coordinator' | 'judge';

export interface AuthState {
  /** loading: the stored session or /me is being read. */
  status: 'loading' | 'anonymous' | 'authenticated';
  user: User | null;
  me: Me | undefined;
  meError: unknown;
  hasRole: (...roles: Role[]) => boolean;
  /** Whether the user acts for this association as an officer. */
  actsFor: (associationId: string) => boolean;
  login: (returnTo?: string) => Promise<void>;
  /** The last login attempt could not reach the login server (Keycloak down or unreachable). */
  loginUnavailable: boolean;
  logout: () => Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
