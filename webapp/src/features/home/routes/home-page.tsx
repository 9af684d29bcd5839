import { Anchor, Button, Card, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getConfig } from '@/lib/config';
import { formatMonth } from '@/lib/format';
import { useLatestBulletin } from '../api/latest-bulletin';

/** The public home: the union's news (a placeholder until that feature arrives) and the latest bulletin. */
export default function HomePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('home.title')}</Title>
        <Text>{t('home.intro')}</Text>
        <Group>
          <Button component={Link} to="/directory">
            {t('home.openDirectory')}
          </Button>
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder component="section" aria-labelledby="home-news">
          <Title order={2} size="h3" id="home-news">
            {t('home.newsTitle')}
          </Title>
          <Text c="dimmed" mt="sm">
            {t('home.newsPlaceholder')}
          </Text>
        </Card>
        <Card withBorder component="section" aria-labelledby="home-bulletins" data-testid="home-bulletin">
          <Title order={2} size="h3" id="home-bulletins">
            {t('home.bulletinsTitle')}
          </Title>
          <LatestBulletin />
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

/** The latest published issue: cover, number and month, title, and the way to the archive. */
function LatestBulletin() {
  const { t } = useTranslation();
  const latest = useLatestBulletin();
  const issue = latest.data;
  if (!issue) {
    return (
      <Text c="dimmed" mt="sm">
        {latest.isPending ? t('common.loading') : t('home.bulletinsPlaceholder')}
      </Text>
    );
  }
  return (
    <Group mt="sm" align="flex-start" wrap="nowrap" gap="md">
      {issue.coverUrl && (
        <Image
          src={`${getConfig().apiUrl}${issue.coverUrl}`}
          alt={t('home.bulletinCover', { number: issue.number, month: formatMonth(issue.month) })}
          w={90}
          h={127}
          fit="cover"
          radius="sm"
        />
      )}
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('home.bulletinLabel', { number: issue.number, month: formatMonth(issue.month) })}
        </Text>
        <Anchor component={Link} to={`/bulletins/${issue.id}`} fw={600} data-testid="home-latest-bulletin">
          {issue.title}
        </Anchor>
        <Anchor component={Link} to="/bulletins" size="sm">
          {t('home.allBulletins')}
        </Anchor>
      </Stack>
    </Group>
  );
}
