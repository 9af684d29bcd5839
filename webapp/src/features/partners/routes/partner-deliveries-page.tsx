import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { deliveryParams } from '../api/params';
import { useListState } from '@/components/list-page';
import { usePartner, usePartnerDeliveries } from '../api/partners';
import { DeliveryLog } from '../components/delivery-log';
import { paths } from '@/config/paths';

/** The webhook deliveries to one partner (staff, admin), each with every attempt; any can be sent again. */
export default function PartnerDeliveriesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { query, go } = useListState(deliveryParams);
  const partner = usePartner(id);
  const deliveries = usePartnerDeliveries(id, query);

  return (
    <Stack gap="md">
      <Anchor component={Link} to={paths.partners.detail.getHref(id)} size="sm">
        {t('partners.backToPartner')}
      </Anchor>
      <Title order={1}>{t('partners.deliveries.title')}</Title>
      {partner.data && (
        <Text fw={600} data-testid="partner-title">
          {partner.data.name}
          {partner.data.webhook.url ? ` → ${partner.data.webhook.url}` : ''}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {t('partners.deliveries.intro')}
      </Text>
      <DeliveryLog query={query} result={deliveries} onQuery={go} />
    </Stack>
  );
}
