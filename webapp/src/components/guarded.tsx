import type { ReactElement, ReactNode } from 'react';
import type { Role } from '@/lib/auth/auth-context';
import { RequireAuth } from './require-auth';

/** A signed-in page: without roles any signed-in user may see it, otherwise only those roles. */
export function guarded(element: ReactNode, roles?: Role[]): ReactElement {
  return <RequireAuth roles={roles}>{element}</RequireAuth>;
}
