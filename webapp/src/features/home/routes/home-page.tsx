import { Alert, Anchor, Button, Card, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getConfig } from '@/lib/config';
import { tk } from '@/i18n';
import { formatDate, formatMonth, todayInProvince } from '@/lib/format';
import {
  nextContestDate,
  useCurrentContest,
  type ContestDate,
  type CurrentEdition,
} from '../api/current-contest';
import { useLatestBulletin } from '../api/latest-bulletin';
import { useHomePosts } from '../api/latest-posts';
import { paths } from '@/config/paths';

const PHASE: Record<CurrentEdition['phase'], string> = {
  upcoming: tk('contests.phase.upcoming'),
  registration: tk('contests.phase.registration'),
  submission: tk('contests.phase.submission'),
  preparing_judging: tk('contests.phase.preparing_judging'),
  judging: tk('contests.phase.judging'),
  deliberation: tk('contests.phase.deliberation'),
  results: tk('contests.phase.results'),
};

const NEXT: Record<ContestDate, string> = {
  registrationOpens: tk('home.contestNext.registrationOpens'),
  registrationCloses: tk('home.contestNext.registrationCloses'),
  submissionCloses: tk('home.contestNext.submissionCloses'),
  judgingOpens: tk('home.contestNext.judgingOpens'),
  judgingCloses: tk('home.contestNext.judgingCloses'),
  resultsDate: tk('home.contestNext.resultsDate'),
};

/** The public home: pinned announcements, the union's latest news, the latest bulletin issue and the current contest. */
export default function HomePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('home.title')}</Title>
        <Text>{t('home.intro')}</Text>
        <Group>
          <Button component={Link} to={paths.associations.directory.getHref()}>
            {t('home.openDirectory')}
          </Button>
        </Group>
      </Stack>
      <PinnedAnnouncements />
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }}>
        <Card withBorder component="section" aria-labelledby="home-news" data-testid="home-news">
          <Title order={2} size="h3" id="home-news">
            {t('home.newsTitle')}
          </Title>
          <LatestNews />
        </Card>
        <Card withBorder component="section" aria-labelledby="home-bulletins" data-testid="home-bulletin">
          <Title order={2} size="h3" id="home-bulletins">
            {t('home.bulletinsTitle')}
          </Title>
          <LatestBulletin />
        </Card>
        <Card withBorder component="section" aria-labelledby="home-contest" data-testid="home-contest">
          <Title order={2} size="h3" id="home-contest">
            {t('home.contestTitle')}
          </Title>
          <CurrentContest />
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
        <Anchor
          component={Link}
          to={paths.bulletins.issue.getHref(issue.id)}
          fw={600}
          data-testid="home-latest-bulletin"
        >
          {issue.title}
        </Anchor>
        <Anchor component={Link} to={paths.bulletins.archive.getHref()} size="sm">
          {t('home.allBulletins')}
        </Anchor>
      </Stack>
    </Group>
  );
}

/** The current contest edition: its name, phase, the next date that matters and the way to its page. */
function CurrentContest() {
  const { t } = useTranslation();
  const current = useCurrentContest();
  const edition = current.data;
  if (!edition) {
    return (
      <Text c="dimmed" mt="sm">
        {current.isPending ? t('common.loading') : t('home.contestPlaceholder')}
      </Text>
    );
  }
  const next = nextContestDate(edition, todayInProvince());
  return (
    <Stack gap={4} mt="sm">
      <Anchor component={Link} to={paths.contests.current.getHref()} fw={600} data-testid="home-contest-link">
        {edition.name}
      </Anchor>
      <Text size="sm" data-testid="home-contest-phase">
        {t('home.contestPhase', { phase: t(PHASE[edition.phase]) })}
      </Text>
      {next && (
        <Text size="sm" data-testid="home-contest-next">
          {t(NEXT[next.what], { date: formatDate(next.date) })}
        </Text>
      )}
    </Stack>
  );
}

/** Pinned announcements, above everything else (nothing when none is pinned). */
function PinnedAnnouncements() {
  const { t } = useTranslation();
  const pinned = useHomePosts(true, 3);
  if (!pinned.data || pinned.data.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label={t('home.pinnedTitle')} data-testid="home-pinned">
      {pinned.data.map((p) => (
        <Alert key={p.id} color="blue" variant="light" title={p.title} data-testid="home-pinned-post">
          {p.summary && <Text size="sm">{p.summary}</Text>}
          {/* blue.9: the primary shade lacks AA contrast on the light blue of the alert. */}
          <Anchor component={Link} to={paths.news.post.getHref(p.id)} size="sm" fw={600} c="blue.9">
            {t('home.readMore')}
          </Anchor>
        </Alert>
      ))}
    </Stack>
  );
}

/** The latest public posts: date and title, and the way to all news. */
function LatestNews() {
  const { t } = useTranslation();
  const latest = useHomePosts(false, 5);
  if (!latest.data || latest.data.length === 0) {
    return (
      <Text c="dimmed" mt="sm">
        {latest.isPending ? t('common.loading') : t('home.newsPlaceholder')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" mt="sm">
      {latest.data.map((p) => (
        <Stack key={p.id} gap={0}>
          <Text size="xs" c="dimmed">
            {formatDate(p.publishedAt)}
          </Text>
          <Anchor component={Link} to={paths.news.post.getHref(p.id)} fw={600} data-testid="home-news-post">
            {p.title}
          </Anchor>
        </Stack>
      ))}
      <Anchor component={Link} to={paths.news.list.getHref()} size="sm">
        {t('home.allNews')}
      </Anchor>
    </Stack>
  );
}
