import { Button, Group, Select, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '@/components/list-page/list-pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { tk } from '@/i18n';
import { PAGE_SIZES } from '../api/params';
import {
  DELIVERY_STATUSES,
  type DeliveryQuery,
  type DeliveryPage,
  type DeliveryStatus,
} from '../api/partners';
import { DeliveriesList } from './deliveries-list';
import { DELIVERY_STATUS_LABEL } from './labels';

/** A delivery log: the status filter, a refresh button, the deliveries and their pages. */
export function DeliveryLog({
  query,
  result,
  onQuery,
}: {
  query: DeliveryQuery;
  result: UseQueryResult<DeliveryPage>;
  onQuery: (next: DeliveryQuery) => void;
}) {
  const { t } = useTranslation();
  const update = (change: Partial<DeliveryQuery>) => onQuery({ ...query, page: 1, ...change });
  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between">
        <Select
          label={t('partners.deliveries.status')}
          w={240}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          placeholder={t('partners.any')}
          value={query.status ?? null}
          onChange={(v) => update({ status: (v as DeliveryStatus | null) ?? undefined })}
          data={DELIVERY_STATUSES.map((s) => ({ value: s, label: t(DELIVERY_STATUS_LABEL[s]) }))}
          data-testid="filter-delivery-status"
        />
        <Button
          variant="default"
          loading={result.isFetching && !result.isPending}
          onClick={() => void result.refetch()}
          data-testid="refresh-deliveries"
        >
          {t('partners.deliveries.refresh')}
        </Button>
      </Group>
      {result.isPending ? (
        <LoadingState />
      ) : result.isError ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : result.data.items.length === 0 ? (
        <EmptyState message={t('partners.deliveries.none')} />
      ) : (
        <>
          <DeliveriesList deliveries={result.data.items} />
          <ListPagination
            page={query.page}
            size={query.size}
            total={result.data.total}
            totalKey={tk('partners.deliveries.count')}
            onChange={(page) => onQuery({ ...query, page })}
            pageSizes={PAGE_SIZES}
            onSizeChange={(size) => update({ size })}
          />
        </>
      )}
    </Stack>
  );
}
