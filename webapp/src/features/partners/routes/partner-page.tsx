import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Fact, Section } from '@/components/detail-section';
import { notifySuccess } from '@/components/notify';
import { ErrorState, LoadingState, QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useAuth } from '@/lib/auth/auth-context';
import {
  useDeletePartner,
  usePartner,
  usePullNow,
  usePullStatus,
  useRotateSecret,
  type Partner,
} from '../api/partners';
import { ActiveBadge, EVENT_LABEL } from '../components/labels';
import { SecretDialog } from '../components/secret-dialog';
import { paths } from '@/config/paths';

/** A partner's record (staff read, admin write): contact, webhook, pull settings and where pulling stands. */
export default function PartnerPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const { id = '' } = useParams();
  const detail = usePartner(id);
  if (!detail.isSuccess) return <QueryState query={detail} />;
  const p = detail.data;
  const admin = auth.hasRole('admin');

  return (
    <Stack gap="md">
      <Anchor component={Link} to={paths.partners.list.getHref()} size="sm">
        {t('partners.backToList')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} data-testid="partner-title">
            {p.name}
          </Title>
          <Group gap="sm">
            <Text>{p.province}</Text>
            <ActiveBadge active={p.active} />
          </Group>
        </Stack>
        <Group gap="xs">
          <Button
            component={Link}
            to={paths.partners.deliveries.getHref(p.id)}
            variant="default"
            data-testid="open-deliveries"
          >
            {t('partners.deliveries.open')}
          </Button>
          {admin && (
            <Button component={Link} to={paths.partners.edit.getHref(p.id)} data-testid="edit-partner">
              {t('common.edit')}
            </Button>
          )}
        </Group>
      </Group>
      {!admin && (
        <Text size="sm" c="dimmed" data-testid="read-only">
          {t('partners.readOnly')}
        </Text>
      )}
      <Section title={t('partners.section.contact')} id="partner-contact">
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
          <Fact label={t('partners.field.contactPerson')}>{p.contact?.person}</Fact>
          <Fact label={t('partners.field.contactEmail')}>
            {p.contact?.email && <Anchor href={`mailto:${p.contact.email}`}>{p.contact.email}</Anchor>}
          </Fact>
          <Fact label={t('partners.field.contactPhone')}>{p.contact?.phone}</Fact>
          <Fact label={t('partners.field.clientId')} testId="partner-client-id">
            {p.clientId}
          </Fact>
          <Fact label={t('partners.createdAt')}>{formatDateTime(p.createdAt)}</Fact>
          <Fact label={t('partners.updatedAt')}>{formatDateTime(p.updatedAt)}</Fact>
        </SimpleGrid>
      </Section>
      <WebhookSection partner={p} admin={admin} />
      <PullSection partner={p} />
      {admin && <DeleteSection partner={p} reload={async () => (await detail.refetch()).data} />}
    </Stack>
  );
}

function WebhookSection({ partner: p, admin }: { partner: Partner; admin: boolean }) {
  const { t } = useTranslation();
  const rotate = useRotateSecret(p.id);
  const [confirm, setConfirm] = useState(false);
  const [secret, setSecret] = useState<string>();
  return (
    <Section title={t('partners.webhook.title')} id="partner-webhook" testId="webhook-section">
      <Stack gap="sm">
        {p.webhook.url ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
            <Fact label={t('partners.field.webhookUrl')} testId="partner-webhook-url">
              {p.webhook.url}
            </Fact>
            <Fact label={t('partners.field.webhookEvents')}>
              {p.webhook.events.map((e) => t(EVENT_LABEL[e])).join(', ')}
            </Fact>
          </SimpleGrid>
        ) : (
          <Text c="dimmed">{t('partners.webhook.none')}</Text>
        )}
        <Text size="sm" c="dimmed">
          {t('partners.webhook.rotatedAt', { at: formatDateTime(p.webhook.secretRotatedAt) })}
        </Text>
        {admin && (
          <Group>
            <Button variant="default" onClick={() => setConfirm(true)} data-testid="rotate-secret">
              {t('partners.secret.rotate')}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirm}
        title={t('partners.secret.rotateTitle')}
        body={t('partners.secret.rotateBody', { name: p.name })}
        confirmLabel={t('partners.secret.rotate')}
        confirmColor="red.8"
        busy={rotate.isPending}
        error={rotate.error}
        onClose={() => {
          rotate.reset();
          setConfirm(false);
        }}
        onConfirm={() =>
          rotate.mutate(undefined, {
            onSuccess: (answer) => {
              setConfirm(false);
              setSecret(answer.webhookSecret);
            },
          })
        }
        testId="rotate-dialog"
        confirmTestId="confirm-rotate"
      />
      <SecretDialog secret={secret} partnerName={p.name} onClose={() => setSecret(undefined)} />
    </Section>
  );
}

function PullSection({ partner: p }: { partner: Partner }) {
  const { t } = useTranslation();
  const status = usePullStatus(p.id, !!p.pull);
  const pull = usePullNow(p.id);
  return (
    <Section title={t('partners.pull.title')} id="partner-pull" testId="pull-section">
      {!p.pull ? (
        <Text c="dimmed">{t('partners.pull.none')}</Text>
      ) : (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
            <Fact label={t('partners.field.pullBaseUrl')}>{p.pull.baseUrl}</Fact>
            <Fact label={t('partners.field.pullTokenUrl')}>{p.pull.tokenUrl}</Fact>
            <Fact label={t('partners.field.pullClientId')}>{p.pull.clientId}</Fact>
            <Fact label={t('partners.field.pullScheduled')}>
              {p.pull.scheduled ? t('partners.yes') : t('partners.no')}
            </Fact>
            <Fact label={t('partners.pull.notifications')}>
              {p.pull.notificationsEnabled
                ? t('partners.pull.notificationsAt', { path: p.pull.notificationPath })
                : t('partners.no')}
            </Fact>
          </SimpleGrid>
          <Title order={3} size="h4">
            {t('partners.pull.status')}
          </Title>
          {status.isPending ? (
            <LoadingState />
          ) : status.isError ? (
            <ErrorState error={status.error} onRetry={() => void status.refetch()} />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} data-testid="pull-status">
              <Fact label={t('partners.pull.lastStatus')} testId="pull-last-status">
                {status.data.lastStatus
                  ? t(status.data.lastStatus === 'ok' ? 'partners.pull.ok' : 'partners.pull.failed')
                  : t('partners.pull.never')}
              </Fact>
              <Fact label={t('partners.pull.lastAttemptAt')}>
                {formatDateTime(status.data.lastAttemptAt)}
              </Fact>
              <Fact label={t('partners.pull.lastSuccessAt')}>
                {formatDateTime(status.data.lastSuccessAt)}
              </Fact>
              <Fact label={t('partners.pull.lastCount')}>{formatNumber(status.data.lastCount)}</Fact>
              <Fact label={t('partners.pull.cursor')}>{status.data.cursor}</Fact>
              <Fact label={t('partners.pull.lastError')}>{status.data.lastError}</Fact>
            </SimpleGrid>
          )}
          {status.data?.lastStatus === 'failed' && status.data.lastError && (
            <Alert color="red" role="status">
              {status.data.lastError}
            </Alert>
          )}
          {pull.error ? <ProblemAlert error={pull.error} /> : null}
          <Group>
            <Button
              variant="default"
              loading={pull.isPending}
              onClick={() =>
                pull.mutate(undefined, {
                  onSuccess: (s) =>
                    notifySuccess(
                      s.lastStatus === 'failed' ? t('partners.pull.doneFailed') : t('partners.pull.done'),
                    ),
                })
              }
              data-testid="pull-now"
            >
              {t('partners.pull.now')}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}

function DeleteSection({ partner: p, reload }: { partner: Partner; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeletePartner();
  const [open, setOpen] = useState(false);
  const conflict = useConflict(async () => {
    await reload();
    setOpen(false);
  });
  const [error, setError] = useState<unknown>(null);
  return (
    <Group>
      <Button color="red.8" variant="outline" onClick={() => setOpen(true)} data-testid="delete-partner">
        {t('partners.delete.button')}
      </Button>
      <ConfirmDialog
        opened={open}
        title={t('partners.delete.title')}
        body={t('partners.delete.body', { name: p.name })}
        confirmLabel={t('partners.delete.button')}
        confirmColor="red.8"
        busy={remove.isPending}
        error={error}
        onClose={() => {
          setError(null);
          setOpen(false);
        }}
        onConfirm={() =>
          remove.mutate(
            { id: p.id, version: p.version },
            {
              onSuccess: () => {
                notifySuccess(t('partners.delete.done', { name: p.name }));
                void navigate(paths.partners.list.getHref());
              },
              onError: (e) => conflict.handle(e, setError),
            },
          )
        }
        testId="delete-dialog"
        confirmTestId="confirm-delete"
      />
      {conflict.dialog}
    </Group>
  );
}
