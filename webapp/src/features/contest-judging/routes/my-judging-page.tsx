import { Anchor, Badge, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { formatDate } from '@/lib/format';
import { useMyJudging, type AssignedEntry, type MyJudging } from '../api/judging';
import { formatScore } from '../api/ranking-model';
import { ScoreStatusBadge } from '../components/labels';
import { paths } from '@/config/paths';

/** The entries a judge scores, by edition and category, with how far they are. */
export default function MyJudgingPage() {
  const { t } = useTranslation();
  const mine = useMyJudging();
  return (
    <Stack gap="md">
      <Title order={1}>{t('contestJudging.mine.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('contestJudging.mine.intro')}
      </Text>
      {mine.isPending ? (
        <LoadingState />
      ) : mine.isError ? (
        <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
      ) : mine.data.length === 0 ? (
        <EmptyState message={t('contestJudging.mine.none')} />
      ) : (
        mine.data.map((edition) => <EditionCard key={edition.judgeId} edition={edition} />)
      )}
    </Stack>
  );
}

function byCategory(entries: AssignedEntry[]): { id: string; name: string; entries: AssignedEntry[] }[] {
  const groups = new Map<string, { id: string; name: string; entries: AssignedEntry[] }>();
  for (const e of entries) {
    const g = groups.get(e.categoryId) ?? { id: e.categoryId, name: e.categoryName, entries: [] };
    g.entries.push(e);
    groups.set(e.categoryId, g);
  }
  return [...groups.values()].map((g) => ({ ...g, entries: g.entries.sort((a, b) => a.number - b.number) }));
}

function EditionCard({ edition }: { edition: MyJudging }) {
  const { t } = useTranslation();
  const done = edition.entries.filter((e) => e.scoreStatus === 'submitted').length;
  const total = edition.entries.length;
  const headingId = `judging-${edition.editionId}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="my-edition">
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {edition.editionName}
        </Title>
        <Group gap="xs">
          <Text size="sm">
            {t('contestJudging.mine.period', {
              from: formatDate(edition.judgingOpens),
              to: formatDate(edition.judgingCloses),
            })}
          </Text>
          <Badge color={edition.scoringOpen ? 'teal.9' : 'gray.7'} variant="dot">
            {edition.scoringOpen ? t('contestJudging.mine.open') : t('contestJudging.mine.closed')}
          </Badge>
        </Group>
        <Stack gap={4}>
          <Text size="sm" data-testid="my-progress">
            {t('contestJudging.mine.progress', { done, total })}
          </Text>
          <Progress
            value={total > 0 ? (100 * done) / total : 0}
            aria-label={t('contestJudging.mine.progress', { done, total })}
            color="teal.8"
          />
        </Stack>
        {total === 0 ? (
          <Text size="sm" c="dimmed">
            {t('contestJudging.mine.noEntries')}
          </Text>
        ) : (
          byCategory(edition.entries).map((group) => (
            <Stack gap="xs" key={group.id} component="section" aria-label={group.name}>
              <Title order={3} size="h4">
                {group.name}
              </Title>
              {group.entries.map((e) => (
                <Card
                  key={e.entryId}
                  withBorder
                  padding="xs"
                  data-testid="my-entry"
                  data-entry-id={e.entryId}
                >
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Anchor
                        component={Link}
                        to={paths.judging.scoring.getHref(e.entryId)}
                        fw={600}
                        data-testid="my-entry-link"
                      >
                        {e.code} · {e.title}
                      </Anchor>
                      {e.scoreStatus === 'submitted' && (
                        <Text size="xs" c="dimmed">
                          {t('contestJudging.mine.total', { total: formatScore(e.total, 3) })}
                        </Text>
                      )}
                    </Stack>
                    <ScoreStatusBadge status={e.scoreStatus} />
                  </Group>
                </Card>
              ))}
            </Stack>
          ))
        )}
      </Stack>
    </Card>
  );
}
