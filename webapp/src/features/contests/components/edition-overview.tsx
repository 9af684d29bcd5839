import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Fact, Section } from '@/components/detail-section';
import { QueryState } from '@/components/page-states';
import { formatDate, formatNumber } from '@/lib/format';
import { apiHref, type Edition } from '../api/contests';
import { useCategories } from '../api/categories';
import { currentStep, phaseSteps, resultsPublished } from '../api/phases';
import { PHASE_LABEL, PhaseBadge } from './labels';
import { RubricView } from './rubric-view';
import { paths } from '@/config/paths';

/** Everything the public needs to know about an edition: dates, who may take part, categories and rubrics. */
export function EditionOverview({ edition: e }: { edition: Edition }) {
  const { t } = useTranslation();
  const current = currentStep(e.phase);
  return (
    <Stack gap="md" data-testid="edition-overview" data-edition-id={e.id}>
      <Stack gap={4}>
        <Text fw={600}>{t('contests.public.year', { year: e.year })}</Text>
        <Title order={1} data-testid="edition-name">
          {e.name}
        </Title>
        <Group gap="sm">
          <PhaseBadge phase={e.phase} />
          {e.rules && (
            <Anchor href={apiHref(e.rules.url, true)} data-testid="rules-link">
              {t('contests.public.rules')}
            </Anchor>
          )}
          {resultsPublished(e) && (
            <Anchor
              component={Link}
              to={paths.judging.publicResults.getHref(e.id)}
              fw={600}
              data-testid="results-link"
            >
              {t('contests.public.results')}
            </Anchor>
          )}
        </Group>
      </Stack>
      {e.coOrganisers.length > 0 && (
        <Text data-testid="co-organisers">
          {t('contests.public.coOrganisers', { names: e.coOrganisers.join(', ') })}
        </Text>
      )}
      {e.description && (
        <Text style={{ whiteSpace: 'pre-line' }} data-testid="edition-description">
          {e.description}
        </Text>
      )}

      <Section id="phases-title" title={t('contests.public.phases')}>
        <List listStyleType="none" spacing="xs" m={0} p={0} data-testid="phases">
          {phaseSteps(e).map((step) => {
            const active = step.phase === current;
            return (
              <List.Item
                key={step.phase}
                aria-current={active ? 'step' : undefined}
                data-testid="phase-step"
                data-active={active}
              >
                <Card withBorder padding="xs" bg={active ? 'blue.0' : undefined}>
                  <Group justify="space-between" wrap="wrap">
                    <Text fw={active ? 700 : 500}>{t(PHASE_LABEL[step.phase])}</Text>
                    <Group gap="xs">
                      <Text size="sm">
                        {step.from && step.to
                          ? t('contests.public.fromTo', {
                              from: formatDate(step.from),
                              to: formatDate(step.to),
                            })
                          : step.to
                            ? t('contests.public.until', { date: formatDate(step.to) })
                            : t('contests.public.from', { date: formatDate(step.from) })}
                      </Text>
                      {active && (
                        <Badge color="blue.9" style={{ textTransform: 'none' }}>
                          {t('contests.public.now')}
                        </Badge>
                      )}
                    </Group>
                  </Group>
                </Card>
              </List.Item>
            );
          })}
        </List>
      </Section>

      <Section id="eligibility-title" title={t('contests.public.eligibility')}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} component="dl" m={0}>
          <Fact label={t('contests.field.ages')} testId="ages">
            {t('contests.public.ages', {
              min: e.minAge,
              max: e.maxAge,
              date: formatDate(e.registrationCloses),
            })}
          </Fact>
          <Fact label={t('contests.field.grades')}>
            {e.minGrade !== undefined && e.maxGrade !== undefined
              ? t('contests.public.grades', { min: e.minGrade, max: e.maxGrade })
              : null}
          </Fact>
          <Fact label={t('contests.field.maxEntriesPerSchool')} testId="max-entries">
            {formatNumber(e.maxEntriesPerSchool)}
          </Fact>
          <Fact label={t('contests.field.maxAuthorsPerEntry')}>{formatNumber(e.maxAuthorsPerEntry)}</Fact>
        </SimpleGrid>
        <Text size="sm" mt="sm">
          {t('contests.public.quota', {
            first: e.awardQuota.first,
            second: e.awardQuota.second,
            third: e.awardQuota.third,
            consolation: e.awardQuota.consolation,
          })}
        </Text>
      </Section>

      <Section id="categories-title" title={t('contests.public.categories')}>
        <Categories editionId={e.id} />
      </Section>
    </Stack>
  );
}

function Categories({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const categories = useCategories(editionId);
  if (!categories.isSuccess) return <QueryState query={categories} />;
  if (categories.data.length === 0) return <Text c="dimmed">{t('contests.public.noCategories')}</Text>;
  return (
    <Stack gap="lg">
      {categories.data.map((c) => (
        <Stack key={c.id} gap="xs" data-testid="public-category">
          <Title order={3} size="h4" data-testid="category-name">
            {c.name}
          </Title>
          {c.description && (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {c.description}
            </Text>
          )}
          <RubricView criteria={c.rubric} caption={t('contests.rubric.caption', { name: c.name })} />
        </Stack>
      ))}
    </Stack>
  );
}
