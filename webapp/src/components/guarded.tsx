import type { ReactElement } from 'react';
import type { Role } from '@/lib/auth/auth-context';
import { RequireAuth } from './require-auth';

/**
 * Wraps a route's element in the sign-in guard: `guarded()(element)` for any signed-in user,
 * `guarded('staff', 'admin')(element)` for those roles only.
 */
export function guarded(...roles: Role[]): (element: ReactElement) => ReactElement {
  return (element) => <RequireAuth roles={roles.length > 0 ? roles : undefined}>{element}</RequireAuth>;
}
