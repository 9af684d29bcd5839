import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/page-states';
import type { ResultEntry, Results } from '../api/judging';
import { authorsView } from '../api/results-model';
import { AwardBadge } from './labels';

/** The results by category, as the public sees them (the office's preview is the same). */
export function ResultsView({ results, headingLevel = 2 }: { results: Results; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const nonEmpty = results.categories.filter((c) => c.entries.length > 0);
  if (nonEmpty.length === 0) return <EmptyState message={t('contestJudging.results.none')} />;
  return (
    <Stack gap="lg" data-testid="results">
      {nonEmpty.map((c) => (
        <Stack
          key={c.category.id}
          gap="sm"
          component="section"
          aria-labelledby={`results-${c.category.id}`}
          data-testid="results-category"
        >
          <Title order={headingLevel} size="h3" id={`results-${c.category.id}`}>
            {c.category.name}
          </Title>
          {c.entries.map((e) => (
            <ResultCard key={e.entryId} entry={e} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

function ResultCard({ entry }: { entry: ResultEntry }) {
  const { t } = useTranslation();
  const authors = authorsView(entry);
  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      data-testid="result-entry"
      data-entry-id={entry.entryId}
    >
      <Stack gap={4}>
        <Group gap="xs">
          <AwardBadge award={entry.award} awardName={entry.awardName} />
          {entry.nominated && (
            <Badge color="indigo.9" variant="dot" data-testid="nominated">
              {t('contestJudging.results.nominated')}
            </Badge>
          )}
        </Group>
        <Text fw={700} data-testid="result-title">
          {entry.title}
        </Text>
        <Text size="xs" c="dimmed">
          {t('contestJudging.results.code', { code: entry.code })}
        </Text>
        {authors.kind === 'withheld' ? (
          <Text size="sm" c="dimmed" fs="italic" data-testid="authors-withheld">
            {t('contestJudging.results.withheld')}
          </Text>
        ) : (
          <Stack gap={0} data-testid="authors">
            {authors.authors.map((a, i) => (
              <Text size="sm" key={`${a.name}-${i}`}>
                {a.place ? t('contestJudging.results.author', { name: a.name, place: a.place }) : a.name}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
