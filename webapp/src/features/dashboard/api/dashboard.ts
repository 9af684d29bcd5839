import { useQueries, useQuery } from '@tanstack/react-query';
import { api, type components } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

type AssociationStatus = components['schemas']['AssociationStatus'];
type CongressStatus = components['schemas']['CongressStatus'];
export type AssociationSummary = components['schemas']['AssociationSummary'];

export const STATUSES: AssociationStatus[] = ['active', 'suspended', 'dissolved'];
export const CONGRESS_STATUSES: CongressStatus[] = ['no_term', 'not_due', 'due', 'overdue', 'held'];

type Filter = { status?: AssociationStatus; congressStatus?: CongressStatus };

async function count(filter: Filter, signal: AbortSignal): Promise<number> {
  const page = unwrap(
    await api().GET('/api/v1/associations', { params: { query: { ...filter, size: 1 } }, signal }),
  );
  return page.total;
}

/** Counts per status and per congress status (each one a size=1 page: only the total is read). */
export function useDashboardCounts() {
  const total = useQuery({
    queryKey: ['dashboard', 'count', 'all'],
    queryFn: ({ signal }) => count({}, signal),
  });
  const byStatus = useQueries({
    queries: STATUSES.map((status) => ({
      queryKey: ['dashboard', 'count', 'status', status],
      queryFn: ({ signal }: { signal: AbortSignal }) => count({ status }, signal),
    })),
  });
  const byCongress = useQueries({
    queries: CONGRESS_STATUSES.map((congressStatus) => ({
      queryKey: ['dashboard', 'count', 'congress', congressStatus],
      queryFn: ({ signal }: { signal: AbortSignal }) => count({ congressStatus }, signal),
    })),
  });
  return { total, byStatus, byCongress };
}

/** Associations whose congress is due or overdue, the soonest term end first. */
export function useCongressAttention() {
  return useQueries({
    queries: (['overdue', 'due'] as const).map((congressStatus) => ({
      queryKey: ['dashboard', 'attention', congressStatus],
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        unwrap(
          await api().GET('/api/v1/associations', {
            params: { query: { congressStatus, size: 10, sort: 'currentTermEnd,name' } },
            signal,
          }),
        ),
    })),
  });
}
