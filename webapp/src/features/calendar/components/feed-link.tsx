import { Button, Code, CopyButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getConfig } from '@/lib/config';
import { useFeedStatus, useRotateFeed } from '../api/calendar';

/** "My calendar feed": a secret .ics URL for a calendar app (shown once; rotating it ends the old one). */
export function FeedLink({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const status = useFeedStatus(signedIn);
  const rotate = useRotateFeed();
  const publicUrl = `${getConfig().apiUrl}/api/v1/calendar/public.ics`;
  return (
    <Paper withBorder p="sm" data-testid="feed-link">
      <Stack gap="xs">
        <Text size="sm">
          {t('calendar.feed.public')}{' '}
          <a href={publicUrl} data-testid="public-feed">
            {t('calendar.feed.publicLink')}
          </a>
        </Text>
        {signedIn && (
          <>
            <Text size="sm">{status.data?.active ? t('calendar.feed.active') : t('calendar.feed.none')}</Text>
            {rotate.data && (
              <Group gap="xs" wrap="nowrap">
                <Code data-testid="my-feed-url" style={{ overflowWrap: 'anywhere' }}>
                  {rotate.data.url}
                </Code>
                <CopyButton value={rotate.data.url}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="default" onClick={copy}>
                      {copied ? t('calendar.feed.copied') : t('calendar.feed.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            )}
            <Group>
              <Button
                size="xs"
                variant="default"
                loading={rotate.isPending}
                onClick={() => rotate.mutate()}
                data-testid="rotate-feed"
              >
                {status.data?.active ? t('calendar.feed.rotate') : t('calendar.feed.create')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t('calendar.feed.help')}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
