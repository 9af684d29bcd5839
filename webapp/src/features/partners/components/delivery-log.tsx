import { Button, Group, Select, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listPager, ListBody, ListPagination } from '@/components/list-page';
import { tk } from '@/i18n';
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
      <ListBody list={result} empty={t('partners.deliveries.none')}>
        {(data) => (
          <>
            <DeliveriesList deliveries={data.items} />
            <ListPagination {...listPager(query, onQuery, data)} totalKey={tk('partners.deliveries.count')} />
          </>
        )}
      </ListBody>
    </Stack>
  );
}
