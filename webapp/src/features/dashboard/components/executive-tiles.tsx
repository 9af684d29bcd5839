import { Anchor, Card, Group, List, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/page-states';
import { tk } from '@/i18n';
import { formatDate, formatMonth, formatNumber } from '@/lib/format';
import { useExecutiveDashboard } from '../api/executive';
import { paths } from '@/config/paths';

const ISSUE_STATUS = {
  draft: tk('bulletins.status.draft'),
  in_review: tk('bulletins.status.in_review'),
  scheduled: tk('bulletins.status.scheduled'),
  published: tk('bulletins.status.published'),
  withdrawn: tk('bulletins.status.withdrawn'),
} as const;

function Tile({
  id,
  title,
  link,
  linkLabel,
  children,
}: {
  id: string;
  title: string;
  link: string;
  linkLabel: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={`${id}-title`} data-testid={`tile-${id}`}>
      <Stack gap="xs" h="100%">
        <Title order={3} size="h4" id={`${id}-title`}>
          {title}
        </Title>
        <div style={{ flex: 1 }}>{children}</div>
        <Anchor component={Link} to={link} size="sm" data-testid={`tile-${id}-link`}>
          {linkLabel}
        </Anchor>
      </Stack>
    </Card>
  );
}

function Figure({ label, value, testId }: { label: string; value: number; testId?: string }) {
  return (
    <div>
      <Text fz={26} fw={700} data-testid={testId}>
        {formatNumber(value)}
      </Text>
      <Text size="sm">{label}</Text>
    </div>
  );
}

/** Executive information (thông tin điều hành): one tile per area, each linking to its full list. */
export function ExecutiveTiles() {
  const { t } = useTranslation();
  const dashboard = useExecutiveDashboard(true);
  if (!dashboard.isSuccess) return <QueryState query={dashboard} />;
  const d = dashboard.data;
  return (
    <Stack gap="sm" component="section" aria-labelledby="executive-title" data-testid="executive-dashboard">
      <Title order={2} id="executive-title">
        {t('dashboard.executive.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Tile
          id="program"
          title={t('dashboard.executive.program', { year: d.program.year })}
          link={d.program.link}
          linkLabel={t('dashboard.executive.openPrograms')}
        >
          {d.program.programId ? (
            <Stack gap={4}>
              <Text size="sm">{d.program.documentNumber ?? d.program.title}</Text>
              <Progress value={d.program.donePercent} aria-label={t('dashboard.executive.donePercent')} />
              <Text size="sm" data-testid="program-done">
                {t('dashboard.executive.programDone', {
                  done: formatNumber(d.program.done),
                  total: formatNumber(d.program.total),
                  percent: d.program.donePercent,
                })}
              </Text>
              <Text size="sm">
                {t('dashboard.executive.programLate', {
                  count: d.program.late,
                  formatted: formatNumber(d.program.late),
                })}
              </Text>
            </Stack>
          ) : (
            <Text size="sm">{t('dashboard.executive.noProgram')}</Text>
          )}
        </Tile>
        <Tile
          id="consultations"
          title={t('dashboard.executive.consultations')}
          link={d.consultations.link}
          linkLabel={t('dashboard.executive.openConsultations')}
        >
          <Group gap="xl">
            <Figure
              label={t('dashboard.executive.open')}
              value={d.consultations.open}
              testId="consultations-open"
            />
            <Figure
              label={t('dashboard.executive.overdue')}
              value={d.consultations.overdue}
              testId="consultations-overdue"
            />
          </Group>
          {d.consultations.overdue > 0 && (
            <Anchor component={Link} to={d.consultations.overdueLink} size="sm">
              {t('dashboard.executive.seeOverdue')}
            </Anchor>
          )}
        </Tile>
        <Tile
          id="congresses"
          title={t('dashboard.executive.congresses', { months: d.congresses.windowMonths })}
          link={d.congresses.link}
          linkLabel={t('dashboard.executive.openAssociations')}
        >
          <Group gap="xl">
            <Figure label={t('dashboard.executive.overdue')} value={d.congresses.overdue} />
            <Figure label={t('dashboard.executive.due')} value={d.congresses.due} />
          </Group>
          {d.congresses.items.length > 0 && (
            <List size="sm" mt="xs">
              {d.congresses.items.map((c) => (
                <List.Item key={c.associationId}>
                  <Anchor component={Link} to={c.link} size="sm">
                    {c.name}
                  </Anchor>{' '}
                  ({formatDate(c.currentTermEnd)})
                </List.Item>
              ))}
            </List>
          )}
        </Tile>
        <Tile
          id="bulletin"
          title={t('dashboard.executive.bulletin', { month: formatMonth(d.bulletin.month) })}
          link={d.bulletin.link}
          linkLabel={t('dashboard.executive.openBulletin')}
        >
          {d.bulletin.issueId ? (
            <Stack gap={4}>
              <Text size="sm">{d.bulletin.title}</Text>
              <Text size="sm" fw={600}>
                {d.bulletin.status ? t(ISSUE_STATUS[d.bulletin.status]) : null}
              </Text>
            </Stack>
          ) : (
            <Text size="sm">{t('dashboard.executive.noBulletin')}</Text>
          )}
        </Tile>
        <Tile
          id="contest"
          title={t('dashboard.executive.contest')}
          link={d.contest.link}
          linkLabel={t('dashboard.executive.openContest')}
        >
          {d.contest.editionId ? (
            <Stack gap={4}>
              <Text size="sm">{d.contest.name}</Text>
              <Text size="sm">
                {t('dashboard.executive.contestEntries', {
                  formatted: formatNumber(d.contest.entries ?? 0),
                  count: d.contest.entries ?? 0,
                })}
              </Text>
              <Text size="sm">
                {t('dashboard.executive.contestResults', { date: formatDate(d.contest.resultsDate) })}
              </Text>
            </Stack>
          ) : (
            <Text size="sm">{t('dashboard.executive.noContest')}</Text>
          )}
        </Tile>
        <Tile
          id="documents"
          title={t('dashboard.executive.documents')}
          link={d.documents.link}
          linkLabel={t('dashboard.executive.openRegistry')}
        >
          <Text size="sm">
            {t('dashboard.executive.documentsThisYear', { formatted: formatNumber(d.documents.thisYear) })}
          </Text>
          {d.documents.recent.length > 0 && (
            <List size="sm" mt="xs" data-testid="recent-documents">
              {d.documents.recent.map((doc) => (
                <List.Item key={doc.id}>
                  <Anchor component={Link} to={paths.registry.document.getHref(doc.id)} size="sm">
                    {doc.symbol}
                  </Anchor>{' '}
                  {doc.subject}
                </List.Item>
              ))}
            </List>
          )}
        </Tile>
      </SimpleGrid>
    </Stack>
  );
}
