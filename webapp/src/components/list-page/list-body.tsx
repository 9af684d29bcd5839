import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';

/**
 * A list query's states in one place: loading, the problem with a retry, an empty result (with its own
 * message), else the items as children draw them.
 */
export function ListBody<T extends { items: readonly unknown[] }>({
  list,
  empty,
  children,
}: {
  list: UseQueryResult<T>;
  /** What an empty result says; default: the common "nothing here". */
  empty?: string;
  children: (data: T) => ReactNode;
}) {
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return <EmptyState message={empty} />;
  return children(list.data);
}
