import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/page-states';
import { deliveryParams } from '../api/params';
import { useListState } from '@/components/list-page';
import { useMyDeliveries, useMyPartner } from '../api/partners';
import { DeliveryLog } from '../components/delivery-log';

/** A partner account's own webhook deliveries (role partner): what was sent, every attempt, send again. */
export default function MyDeliveriesPage() {
  const { t } = useTranslation();
  const { query, go } = useListState(deliveryParams);
  const me = useMyPartner();
  const deliveries = useMyDeliveries(query);

  return (
    <Stack gap="md">
      <Title order={1}>{t('partners.my.title')}</Title>
      {me.isPending ? (
        <LoadingState />
      ) : me.isError ? (
        <ErrorState error={me.error} />
      ) : (
        <>
          <Text fw={600} data-testid="my-partner">
            {me.data.name} ({me.data.province})
          </Text>
          <Text size="sm" data-testid="my-webhook-url">
            {me.data.webhook.url
              ? t('partners.my.webhookUrl', { url: me.data.webhook.url })
              : t('partners.webhook.none')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('partners.my.intro')}
          </Text>
          <DeliveryLog query={query} result={deliveries} onQuery={go} />
        </>
      )}
    </Stack>
  );
}
