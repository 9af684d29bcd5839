import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { unwrap } from './problem';

/** The query key of the experts' vocabulary: invalidate it when the experts per field may have changed. */
export const EXPERT_VOCABULARY_KEY = ['expert-vocabulary'] as const;

/** Fields of expertise (with their expert counts), titles and degrees: they change rarely. */
export function useExpertVocabulary() {
  return useQuery({
    queryKey: EXPERT_VOCABULARY_KEY,
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) => unwrap(await api().GET('/api/v1/expertise-fields', { signal })),
  });
}
