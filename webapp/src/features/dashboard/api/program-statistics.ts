import { useQuery } from '@tanstack/react-query';
import { api, type components } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export type StatusCounts = components['schemas']['StatusCounts'];

/** The statistics of the newest program (by year and by section), or null when there is no program. */
export function useNewestProgramStatistics(enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard', 'program-statistics'],
    enabled,
    queryFn: async ({ signal }) => {
      const page = unwrap(await api().GET('/api/v1/programs', { params: { query: { size: 1 } }, signal }));
      const program = page.items[0];
      if (!program) return null;
      const stats = unwrap(
        await api().GET('/api/v1/programs/{id}/statistics', { params: { path: { id: program.id } }, signal }),
      );
      return { program, stats };
    },
  });
}

/** Share of done tasks, in percent (0 when there is none). */
export function donePercent(c: StatusCounts): number {
  return c.total === 0 ? 0 : Math.round((c.done * 100) / c.total);
}
