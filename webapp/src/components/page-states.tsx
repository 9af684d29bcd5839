import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './problem-alert';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text>{label ?? t('common.loading')}</Text>
      </Group>
    </Center>
  );
}

export function EmptyState({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" data-testid="empty">
      <Text c="dimmed">{message ?? t('common.empty')}</Text>
    </Center>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack py="md" gap="sm">
      <ProblemAlert error={error} />
      {onRetry && (
        <Group>
          <Button variant="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/**
 * What a page shows while its query has no data: loading, or the problem with a retry. Pages write
 * `if (!query.isSuccess) return <QueryState query={query} />;` and then use query.data.
 */
export function QueryState({ query }: { query: UseQueryResult<unknown> }) {
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return query.isPending ? <LoadingState /> : null;
}
