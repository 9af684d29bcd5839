import { useQueries, useQuery } from '@tanstack/react-query';
import { api, type components } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

type AssociationStatus = components['schemas']['AssociationStatus'];
type CongressStatus = components['schemas']['CongressStatus'];
export type AssociationSummary = components['schemas']['AssociationSummary'];

export const STATUSES: AssociationStatus[] = ['active', 'suspended', 'dissolved'];
export const CONGRESS_STATUSES: CongressStatus[] = ['no_term', 'not_due', 'due', 'overdue', 'held'];

export type AssociationStatistics = components['schemas']['AssociationStatistics'];

/**
 * Counts per status and per congress status, exact in one call (a list's total stops at the API's count
 * limit). Under the 'dashboard' key, which the association writes invalidate.
 */
export function useAssociationStatistics() {
  return useQuery({
    queryKey: ['dashboard', 'association-statistics'],
    queryFn: async ({ signal }) => unwrap(await api().GET('/api/v1/association-statistics', { signal })),
  });
}

/** The count of one status or congress status; undefined until loaded. */
export function countOf(
  stats: AssociationStatistics | undefined,
  key: { status: AssociationStatus } | { congressStatus: CongressStatus },
): number | undefined {
  if (!stats) return undefined;
  if ('status' in key) return stats.byStatus.find((c) => c.status === key.status)?.count ?? 0;
  return stats.byCongressStatus.find((c) => c.congressStatus === key.congressStatus)?.count ?? 0;
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
