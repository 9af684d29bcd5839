import { useQuery } from '@tanstack/react-query';
import { api, type components } from '@/lib/api/client';
import { isApiError, unwrap } from '@/lib/api/problem';

export type CurrentEdition = components['schemas']['ContestEdition'];

/** The current contest edition (null when none is published yet), for the home page's tile. */
export function useCurrentContest() {
  return useQuery({
    queryKey: ['contests', 'current'] as const,
    staleTime: 60_000,
    queryFn: async ({ signal }) => {
      try {
        return unwrap(await api().GET('/api/v1/contest-editions/current', { signal }));
      } catch (e) {
        if (isApiError(e, 404)) return null;
        throw e;
      }
    },
  });
}

const DATES = [
  'registrationOpens',
  'registrationCloses',
  'submissionCloses',
  'judgingOpens',
  'judgingCloses',
  'resultsDate',
] as const;
export type ContestDate = (typeof DATES)[number];

/** The next date of the edition from today on (dates are inclusive "YYYY-MM-DD"). */
export function nextContestDate(
  edition: Pick<CurrentEdition, ContestDate>,
  today: string,
): { what: ContestDate; date: string } | undefined {
  for (const what of DATES) if (edition[what] >= today) return { what, date: edition[what] };
  return undefined;
}
