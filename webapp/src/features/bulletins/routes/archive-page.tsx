import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListBody, ListPagination, SearchBox } from '@/components/list-page';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { tk } from '@/i18n';
import { useAuth } from '@/lib/auth/auth-context';
import { formatNumber } from '@/lib/format';
import {
  apiHref,
  useArticles,
  useIssues,
  usePublishedYears,
  type Article,
  type IssueSummary,
} from '../api/bulletins';
import {
  ARTICLE_PAGE_SIZE,
  ISSUE_PAGE_SIZE,
  parseArchiveParams,
  searchesArticles,
  toArchiveParams,
  yearChoices,
  type ArchiveQuery,
} from '../api/search-params';
import { pageRange } from '../api/workflow';
import { useFieldNames } from '../components/field-names';
import { IssueCover } from '../components/issue-cover';
import { IssueStatusBadge, useIssueLabel } from '../components/labels';
import { SubscriptionForm } from '../components/subscription-form';
import { Authors } from '../components/table-of-contents';
import { paths } from '@/config/paths';

/**
 * The public archive of the bulletin: the published issues (newest first, by year), and the search of
 * their articles (words without accents, year, field). The state lives in the URL (shareable, Back works).
 */
export default function ArchivePage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const office = auth.hasRole('staff', 'admin');
  const [params, setParams] = useSearchParams();
  const query = parseArchiveParams(params);
  const years = usePublishedYears();
  const { options: fieldOptions } = useFieldNames();
  const update = (change: Partial<ArchiveQuery>) =>
    setParams(toArchiveParams({ ...query, page: 1, ...change }));
  const articles = searchesArticles(query);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{t('bulletins.archive.title')}</Title>
          <Text>{t('bulletins.archive.intro')}</Text>
        </Stack>
        {office && (
          <Button
            component={Link}
            to={paths.bulletins.board.getHref()}
            variant="default"
            data-testid="to-board"
          >
            {t('bulletins.board.title')}
          </Button>
        )}
      </Group>
      <Card withBorder role="search" aria-label={t('bulletins.archive.searchRegion')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <SearchBox
            label={t('bulletins.archive.search')}
            placeholder={t('bulletins.archive.searchPlaceholder')}
            value={query.q ?? ''}
            onSearch={(q) => update({ q: q || undefined })}
            testId="article-search"
          />
          <Select
            label={t('bulletins.archive.year')}
            placeholder={t('bulletins.archive.anyYear')}
            clearable
            searchable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            value={query.year ? String(query.year) : null}
            onChange={(v) => update({ year: v ? Number(v) : undefined })}
            data={yearChoices(years.data?.oldest, years.data?.newest, query.year).map(String)}
            data-testid="filter-year"
          />
          <Select
            label={t('bulletins.archive.field')}
            placeholder={t('bulletins.archive.anyField')}
            clearable
            searchable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            value={query.field ?? null}
            onChange={(v) => update({ field: v ?? undefined })}
            data={fieldOptions}
            data-testid="filter-field"
          />
        </SimpleGrid>
      </Card>
      {articles ? (
        <ArticleHits
          query={query}
          office={office}
          onPage={(page) => setParams(toArchiveParams({ ...query, page }))}
        />
      ) : (
        <IssueGrid query={query} onPage={(page) => setParams(toArchiveParams({ ...query, page }))} />
      )}
      <SubscriptionForm />
    </Stack>
  );
}

function IssueGrid({ query, onPage }: { query: ArchiveQuery; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const issues = useIssues({
    status: 'published',
    year: query.year,
    page: query.page,
    size: ISSUE_PAGE_SIZE,
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="issues-title">
      <Title order={2} size="h3" id="issues-title">
        {query.year
          ? t('bulletins.archive.issuesOfYear', { year: query.year })
          : t('bulletins.archive.latest')}
      </Title>
      <ListBody list={issues} empty={t('bulletins.archive.noIssues')}>
        {(data) => (
          <>
            <SimpleGrid
              cols={{ base: 1, xs: 2, md: 3, lg: 4 }}
              component="ul"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
              data-testid="issue-grid"
            >
              {data.items.map((i) => (
                <IssueCard key={i.id} issue={i} />
              ))}
            </SimpleGrid>
            <ListPagination
              page={query.page}
              size={ISSUE_PAGE_SIZE}
              total={data.total}
              totalExact={data.totalExact}
              totalKey={tk('bulletins.archive.issueCount')}
              onChange={onPage}
            />
          </>
        )}
      </ListBody>
    </Stack>
  );
}

function IssueCard({ issue }: { issue: IssueSummary }) {
  const { t } = useTranslation();
  const label = useIssueLabel();
  return (
    <Card withBorder component="li" data-testid="issue-card" data-issue-id={issue.id}>
      <Stack gap="xs" align="flex-start">
        <IssueCover
          issueId={issue.id}
          coverUrl={issue.coverUrl}
          published
          alt={t('bulletins.issue.coverAlt', { label: label(issue) })}
          width={140}
        />
        <Text size="sm" fw={600} data-testid="issue-label">
          {label(issue)}
        </Text>
        <Anchor
          component={Link}
          to={paths.bulletins.issue.getHref(issue.id)}
          fw={600}
          data-testid="issue-link"
        >
          {issue.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('bulletins.archive.articleCount', {
            count: issue.articleCount,
            formatted: formatNumber(issue.articleCount),
          })}
        </Text>
      </Stack>
    </Card>
  );
}

function ArticleHits({
  query,
  office,
  onPage,
}: {
  query: ArchiveQuery;
  office: boolean;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  // The office sees every article: the archive asks for placed ones (each hit then has its issue).
  const hits = useArticles({
    q: query.q,
    year: query.year,
    field: query.field,
    placed: office ? true : undefined,
    page: query.page,
    size: ARTICLE_PAGE_SIZE,
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="hits-title">
      <Title order={2} size="h3" id="hits-title">
        {t('bulletins.archive.hits')}
      </Title>
      {hits.isPending ? (
        <LoadingState />
      ) : hits.isError ? (
        <ErrorState error={hits.error} onRetry={() => void hits.refetch()} />
      ) : hits.data.items.length === 0 ? (
        <EmptyState
          message={query.q ? t('bulletins.archive.noHitsFor', { q: query.q }) : t('bulletins.archive.noHits')}
        />
      ) : (
        <>
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} data-testid="article-hits">
            {hits.data.items.map((a) => (
              <ArticleHit key={a.id} article={a} />
            ))}
          </Stack>
          <ListPagination
            page={query.page}
            size={ARTICLE_PAGE_SIZE}
            total={hits.data.total}
            totalExact={hits.data.totalExact}
            totalKey={tk('bulletins.archive.hitCount')}
            onChange={onPage}
          />
        </>
      )}
    </Stack>
  );
}

function ArticleHit({ article: a }: { article: Article }) {
  const { t } = useTranslation();
  const label = useIssueLabel();
  const { nameOf } = useFieldNames();
  const pages = pageRange(a.pageFrom, a.pageTo);
  const published = a.issue?.status === 'published';
  return (
    <Card withBorder component="li" data-testid="article-hit" data-article-id={a.id}>
      <Stack gap={4}>
        <Text fw={600} data-testid="hit-title">
          {a.title}
        </Text>
        <Authors authors={a.authors} />
        {a.issue && (
          <Group gap="xs" wrap="wrap">
            <Anchor
              component={Link}
              to={paths.bulletins.issue.getHref(a.issue.id)}
              size="sm"
              data-testid="hit-issue"
            >
              {t('bulletins.archive.inIssue', { issue: label(a.issue), title: a.issue.title })}
            </Anchor>
            {pages && (
              <Text size="sm" c="dimmed">
                {t('bulletins.toc.pages', { pages })}
              </Text>
            )}
            {!published && <IssueStatusBadge status={a.issue.status} />}
          </Group>
        )}
        {a.abstractText && (
          <Text size="sm" lineClamp={3}>
            {a.abstractText}
          </Text>
        )}
        <Group gap={4} wrap="wrap">
          {a.fieldCodes.map((code) => (
            <Badge key={code} variant="outline" color="blue.9" tt="none">
              {nameOf(code)}
            </Badge>
          ))}
          {a.pdf && published && (
            <Anchor
              href={apiHref(a.pdf.url)}
              target="_blank"
              rel="noopener"
              size="sm"
              ml="xs"
              aria-label={t('bulletins.toc.pdfOf', { title: a.title })}
            >
              {t('bulletins.toc.pdf')}
            </Anchor>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
