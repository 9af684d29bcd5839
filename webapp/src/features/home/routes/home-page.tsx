import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The public home: the union's news and bulletins (placeholder sections until those features arrive). */
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
        <Card withBorder component="section" aria-labelledby="home-bulletins">
          <Title order={2} size="h3" id="home-bulletins">
            {t('home.bulletinsTitle')}
          </Title>
          <Text c="dimmed" mt="sm">
            {t('home.bulletinsPlaceholder')}
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
