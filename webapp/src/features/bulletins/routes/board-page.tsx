import {
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListBody, ListPagination, ListTable, NumberCell, SearchBox } from '@/components/list-page';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { tk } from '@/i18n';
import { formatDateTime, formatNumber } from '@/lib/format';
import { ISSUE_STATUSES, useArticles, useIssues, type IssueStatus } from '../api/bulletins';
import {
  BOARD_PAGE_SIZE,
  PLACEMENTS,
  parseBoardParams,
  placedParam,
  toBoardParams,
  type BoardQuery,
  type BoardTab,
  type Placement,
} from '../api/search-params';
import { authorNames } from '../api/workflow';
import { IssueStatusBadge, STATUS_LABEL, useIssueLabel } from '../components/labels';
import { paths } from '@/config/paths';

const PLACEMENT_LABEL: Record<Placement, string> = {
  unplaced: tk('bulletins.desk.unplaced'),
  placed: tk('bulletins.desk.placed'),
  all: tk('bulletins.desk.all'),
};

/** The editorial board: the issues by status, and the article desk (articles waiting for an issue). */
export default function BoardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = parseBoardParams(params);
  const go = (next: BoardQuery) => setParams(toBoardParams(next));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('bulletins.board.title')}</Title>
        <Group gap="sm">
          <Button
            component={Link}
            to={paths.bulletins.articleCreate.getHref()}
            variant="default"
            data-testid="create-article"
          >
            {t('bulletins.desk.create')}
          </Button>
          <Button component={Link} to={paths.bulletins.issueCreate.getHref()} data-testid="create-issue">
            {t('bulletins.board.create')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('bulletins.board.intro')}
      </Text>
      <Tabs
        value={query.tab}
        onChange={(v) => go({ tab: (v as BoardTab | null) ?? 'issues', placement: 'unplaced', page: 1 })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="issues" data-testid="tab-issues">
            {t('bulletins.board.tabs.issues')}
          </Tabs.Tab>
          <Tabs.Tab value="articles" data-testid="tab-articles">
            {t('bulletins.board.tabs.articles')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="issues" pt="md">
          <IssueTable query={query} onChange={go} />
        </Tabs.Panel>
        <Tabs.Panel value="articles" pt="md">
          <ArticleDesk query={query} onChange={go} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function IssueTable({ query, onChange }: { query: BoardQuery; onChange: (q: BoardQuery) => void }) {
  const { t } = useTranslation();
  const label = useIssueLabel();
  const issues = useIssues({ status: query.status, page: query.page, size: BOARD_PAGE_SIZE });
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t('bulletins.board.statusFilter')}
        value={query.status ?? 'all'}
        onChange={(v) =>
          onChange({ ...query, status: v === 'all' ? undefined : (v as IssueStatus), page: 1 })
        }
        data={[
          { value: 'all', label: t('bulletins.board.allStatuses') },
          ...ISSUE_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) })),
        ]}
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
        data-testid="status-filter"
      />
      {issues.isPending ? (
        <LoadingState />
      ) : issues.isError ? (
        <ErrorState error={issues.error} onRetry={() => void issues.refetch()} />
      ) : issues.data.items.length === 0 ? (
        <EmptyState
          message={query.status ? t('bulletins.board.noIssues') : t('bulletins.board.noIssuesAtAll')}
        />
      ) : (
        <>
          <ListTable
            minWidth={760}
            testId="issue-table"
            columns={[
              t('bulletins.field.number'),
              t('bulletins.field.title'),
              t('bulletins.field.status'),
              { label: t('bulletins.board.articles'), align: 'right' },
              t('bulletins.board.pdf'),
              t('bulletins.board.when'),
            ]}
          >
            {issues.data.items.map((i) => (
              <Table.Tr key={i.id} data-testid="issue-row" data-issue-id={i.id}>
                <Table.Td>{label(i)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={paths.bulletins.issueEditor.getHref(i.id)}>
                    {i.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <IssueStatusBadge status={i.status} />
                </Table.Td>
                <NumberCell>{formatNumber(i.articleCount)}</NumberCell>
                <Table.Td>{i.hasPdf ? t('bulletins.board.hasPdf') : t('bulletins.board.noPdf')}</Table.Td>
                <Table.Td>
                  {i.status === 'scheduled' && i.scheduledAt
                    ? t('bulletins.board.scheduledFor', { at: formatDateTime(i.scheduledAt) })
                    : i.publishedAt
                      ? formatDateTime(i.publishedAt)
                      : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
          <ListPagination
            page={query.page}
            size={BOARD_PAGE_SIZE}
            total={issues.data.total}
            totalExact={issues.data.totalExact}
            totalKey={tk('bulletins.archive.issueCount')}
            onChange={(page) => onChange({ ...query, page })}
          />
        </>
      )}
    </Stack>
  );
}

function ArticleDesk({ query, onChange }: { query: BoardQuery; onChange: (q: BoardQuery) => void }) {
  const { t } = useTranslation();
  const label = useIssueLabel();
  const articles = useArticles({
    q: query.q,
    placed: placedParam(query.placement),
    sort: query.q ? undefined : '-createdAt',
    page: query.page,
    size: BOARD_PAGE_SIZE,
  });
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <div style={{ flex: '1 1 280px' }}>
          <SearchBox
            label={t('bulletins.desk.search')}
            placeholder={t('bulletins.archive.searchPlaceholder')}
            value={query.q ?? ''}
            onSearch={(q) => onChange({ ...query, q: q || undefined, page: 1 })}
            testId="desk-search"
          />
        </div>
        <SegmentedControl
          aria-label={t('bulletins.desk.placement')}
          value={query.placement}
          onChange={(v) => onChange({ ...query, placement: v as Placement, page: 1 })}
          data={PLACEMENTS.map((p) => ({ value: p, label: t(PLACEMENT_LABEL[p]) }))}
          data-testid="placement-filter"
        />
      </Group>
      <ListBody list={articles} empty={t('bulletins.desk.none')}>
        {(data) => (
          <>
            <ListTable
              testId="article-table"
              columns={[
                t('bulletins.field.articleTitle'),
                t('bulletins.field.authors'),
                t('bulletins.desk.issue'),
                t('bulletins.desk.createdAt'),
              ]}
            >
              {data.items.map((a) => (
                <Table.Tr key={a.id} data-testid="article-row" data-article-id={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.bulletins.article.getHref(a.id)}>
                      {a.title}
                    </Anchor>
                    {a.pdf && (
                      <Badge ml="xs" variant="outline" color="gray.8" tt="none" size="sm">
                        PDF
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{authorNames(a.authors)}</Table.Td>
                  <Table.Td>
                    {a.issue ? (
                      <Anchor component={Link} to={paths.bulletins.issueEditor.getHref(a.issue.id)} size="sm">
                        {label(a.issue)}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('bulletins.desk.notPlaced')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDateTime(a.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            <ListPagination
              page={query.page}
              size={BOARD_PAGE_SIZE}
              total={data.total}
              totalExact={data.totalExact}
              totalKey={tk('bulletins.archive.hitCount')}
              onChange={(page) => onChange({ ...query, page })}
            />
          </>
        )}
      </ListBody>
    </Stack>
  );
}
