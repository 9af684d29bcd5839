import { Anchor, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NumberCell } from '@/components/list-page';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useRedeliver, type WebhookDelivery } from '../api/partners';
import { DeliveryStatusBadge, EVENT_LABEL, attemptOutcome, attemptSucceeded } from './labels';
import { paths } from '@/config/paths';

/**
 * Webhook deliveries, newest first, each with every attempt (time, HTTP status or error, duration) and a
 * button to send it again.
 */
export function DeliveriesList({ deliveries }: { deliveries: WebhookDelivery[] }) {
  return (
    <Stack gap="sm" data-testid="delivery-list">
      {deliveries.map((d) => (
        <DeliveryCard key={d.id} delivery={d} />
      ))}
    </Stack>
  );
}

function DeliveryCard({ delivery: d }: { delivery: WebhookDelivery }) {
  const { t } = useTranslation();
  const redeliver = useRedeliver();
  const [error, setError] = useState<unknown>(null);
  const headingId = `delivery-${d.id}`;
  return (
    <Card
      withBorder
      component="article"
      aria-labelledby={headingId}
      data-testid="delivery"
      data-delivery-id={d.id}
      data-status={d.status}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm" wrap="wrap">
            <Text fw={600} id={headingId} data-testid="delivery-event">
              {t(EVENT_LABEL[d.event])}
            </Text>
            <DeliveryStatusBadge status={d.status} />
            <Text size="sm" c="dimmed">
              {t('partners.delivery.createdAt', { at: formatDateTime(d.createdAt) })}
            </Text>
          </Group>
          <Button
            size="xs"
            variant="default"
            loading={redeliver.isPending}
            onClick={() => {
              setError(null);
              redeliver.mutate(d.id, {
                onSuccess: () => notifySuccess(t('partners.delivery.redelivered')),
                onError: setError,
              });
            }}
            data-testid="redeliver"
          >
            {t('partners.delivery.redeliver')}
          </Button>
        </Group>
        <Text size="sm">
          <Anchor component={Link} to={paths.bulletins.issue.getHref(d.issueId)}>
            {t('partners.delivery.issue')}
          </Anchor>
          {' · '}
          {t('partners.delivery.id', { id: d.id })}
        </Text>
        {d.status === 'pending' && d.nextAttemptAt && (
          <Text size="sm" data-testid="next-attempt">
            {t('partners.delivery.nextAttempt', { at: formatDateTime(d.nextAttemptAt) })}
          </Text>
        )}
        {d.redeliveryRequestedAt && (
          <Text size="sm" c="dimmed">
            {t('partners.delivery.redeliveryRequested', {
              at: formatDateTime(d.redeliveryRequestedAt),
              by: d.redeliveryRequestedBy ?? '—',
            })}
          </Text>
        )}
        {error ? <ProblemAlert error={error} /> : null}
        {d.attempts.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="no-attempts">
            {t('partners.delivery.noAttempts')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table
              striped
              withTableBorder
              data-testid="attempts"
              aria-label={t('partners.delivery.attemptsOf', { event: t(EVENT_LABEL[d.event]) })}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('partners.attempt.number')}</Table.Th>
                  <Table.Th scope="col">{t('partners.attempt.at')}</Table.Th>
                  <Table.Th scope="col">{t('partners.attempt.outcome')}</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('partners.attempt.duration')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.attempts.map((a) => {
                  const ok = attemptSucceeded(a);
                  return (
                    <Table.Tr key={a.number} data-testid="attempt" data-ok={ok}>
                      <Table.Td>{a.number}</Table.Td>
                      <Table.Td>{formatDateTime(a.attemptedAt)}</Table.Td>
                      <Table.Td data-testid="attempt-outcome">
                        {ok ? t('partners.attempt.ok') : t('partners.attempt.failed')}
                        {': '}
                        {attemptOutcome(a)}
                      </Table.Td>
                      <NumberCell>{t('partners.attempt.ms', { ms: formatNumber(a.durationMs) })}</NumberCell>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
