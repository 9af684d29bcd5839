import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { ifMatch, newIdempotencyKey } from './client';
import { unwrap } from './problem';

/** What an openapi-fetch call resolves to: its data, or a problem unwrap turns into an ApiError. */
export type ApiResult<T> = { data?: T; error?: unknown; response: Response };

/** The If-Match header of a versioned write: a stale version is refused with 412 (the conflict dialog). */
export function versioned(version: number): { 'If-Match': string } {
  return { 'If-Match': ifMatch(version) };
}

/** The Idempotency-Key header of a creating POST: a new key per call unless the form keeps one per submission. */
export function idempotent(key: string = newIdempotencyKey()): { 'Idempotency-Key': string } {
  return { 'Idempotency-Key': key };
}

export interface ApiQueryOptions {
  enabled?: boolean;
  /** Keeps the previous page on screen while the next one loads (lists with paging or filters). */
  keepPrevious?: boolean;
  staleTime?: number;
}

/**
 * A query over one API call: the call gets the query's abort signal, a problem is thrown as ApiError,
 * map picks what the page needs (a list's items).
 */
export function useApiQuery<T, R = T>(
  queryKey: QueryKey,
  call: (signal: AbortSignal) => Promise<ApiResult<T>>,
  options: ApiQueryOptions & { map?: (data: T) => R } = {},
) {
  const { map, keepPrevious, ...rest } = options;
  return useQuery({
    queryKey,
    ...rest,
    ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
    queryFn: async ({ signal }): Promise<R> => {
      const data = unwrap(await call(signal));
      return map ? map(data) : (data as unknown as R);
    },
  });
}

export interface ApiMutationEffects<T, V> {
  /** The query keys a success makes stale (a list, the record's detail...). */
  invalidate?: QueryKey[] | ((data: T, variables: V) => QueryKey[]);
  /** Anything else a success does to the cache (store the saved record, remove a deleted one). */
  onSuccess?: (data: T, variables: V, queryClient: QueryClient) => void;
  /** The mutation stays pending until the invalidated queries are read again (one after the other). */
  wait?: boolean;
}

/**
 * A mutation over one API call: a problem is thrown as ApiError (a 412 opens the conflict dialog in the
 * page), a success refreshes what it invalidates.
 */
export function useApiMutation<V, T>(
  call: (variables: V) => Promise<ApiResult<T>>,
  effects: ApiMutationEffects<T, V> = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: V) => unwrap(await call(variables)),
    onSuccess: async (data: T, variables: V) => {
      effects.onSuccess?.(data, variables, queryClient);
      const keys =
        typeof effects.invalidate === 'function' ? effects.invalidate(data, variables) : effects.invalidate;
      for (const queryKey of keys ?? []) {
        const refreshed = queryClient.invalidateQueries({ queryKey });
        if (effects.wait) await refreshed;
      }
    },
  });
}

/** A fresh saved record: stored under its detail key, and the keys that list it made stale. */
export function storeAndInvalidate<T>(
  detailKey: QueryKey,
  ...stale: QueryKey[]
): ApiMutationEffects<T, unknown> {
  return {
    onSuccess: (data, _variables, queryClient) => queryClient.setQueryData(detailKey, data),
    invalidate: stale,
  };
}
