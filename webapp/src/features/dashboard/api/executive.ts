import { useQuery } from '@tanstack/react-query';
import { api, type components } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export type ExecutiveDashboard = components['schemas']['ExecutiveDashboard'];

/** The standing office's executive information in one call (staff, admin). */
export function useExecutiveDashboard(enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard', 'executive'],
    enabled,
    queryFn: async ({ signal }) => unwrap(await api().GET('/api/v1/dashboard/executive', { signal })),
  });
}
