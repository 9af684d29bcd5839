import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useInbox, useMarkAllRead, useMarkRead, type InboxNotification } from '../api/notifications';
import { kindLabel } from '../components/kind-label';
import { paths } from '@/config/paths';

/** The signed-in person's notifications, newest first; each opens its record and is marked read. */
export default function InboxPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const inbox = useInbox(filter === 'unread');
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = inbox.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = inbox.data?.pages[0]?.unreadCount ?? 0;

  const open = (n: InboxNotification) => {
    if (!n.readAt) markRead.mutate(n.id);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('notifications.title')}</Title>
        <Group gap="sm">
          <Anchor component={Link} to={paths.notifications.preferences.getHref()}>
            {t('notifications.preferencesLink')}
          </Anchor>
          <Button
            variant="default"
            size="sm"
            disabled={unread === 0}
            loading={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
      </Group>
      <Group justify="space-between">
        <SegmentedControl
          value={filter}
          onChange={(v) => setFilter(v === 'unread' ? 'unread' : 'all')}
          data={[
            { value: 'all', label: t('notifications.filterAll') },
            { value: 'unread', label: t('notifications.filterUnread') },
          ]}
          aria-label={t('notifications.filter')}
        />
        <Text size="sm" c="dimmed" data-testid="inbox-unread">
          {t('notifications.unreadCount', { count: unread })}
        </Text>
      </Group>
      {markRead.error || markAll.error ? <ProblemAlert error={markRead.error ?? markAll.error} /> : null}
      {inbox.isPending ? (
        <LoadingState />
      ) : inbox.isError ? (
        <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState message={t('notifications.empty')} />
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((n) => (
            <Card
              key={n.id}
              component="li"
              withBorder
              padding="sm"
              data-testid="inbox-item"
              data-read={n.readAt ? 'true' : 'false'}
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2}>
                  <Group gap="xs">
                    {!n.readAt && (
                      <Badge color="blue.9" size="sm">
                        {t('notifications.new')}
                      </Badge>
                    )}
                    <Text size="xs" c="dimmed">
                      {kindLabel(t, n.kind)} · {formatDateTime(n.createdAt)}
                    </Text>
                  </Group>
                  {n.link ? (
                    <Anchor component={Link} to={n.link} onClick={() => open(n)} fw={n.readAt ? 400 : 700}>
                      {n.title}
                    </Anchor>
                  ) : (
                    <Text fw={n.readAt ? 400 : 700}>{n.title}</Text>
                  )}
                </Stack>
                {!n.readAt && (
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => open(n)}
                    aria-label={t('notifications.markReadOf', { title: n.title })}
                  >
                    {t('notifications.markRead')}
                  </Button>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      {inbox.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void inbox.fetchNextPage()}
          loading={inbox.isFetchingNextPage}
        >
          {t('notifications.more')}
        </Button>
      )}
    </Stack>
  );
}
