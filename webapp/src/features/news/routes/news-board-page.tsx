import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListBody, ListPagination, ListTable, SearchBox } from '@/components/list-page';
import { formatDateTime } from '@/lib/format';
import { POST_STATUSES, usePosts, type PostStatus } from '../api/posts';
import { AUDIENCE_LABEL, KIND_LABEL, PostStatusBadge, STATUS_LABEL } from '../components/labels';
import { paths } from '@/config/paths';

const PAGE_SIZE = 20;

/** The office's list of posts in every status, not yet published first, with the way to write a new one. */
export default function NewsBoardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const statusParam = params.get('status');
  const status = POST_STATUSES.includes(statusParam as PostStatus) ? (statusParam as PostStatus) : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const go = (next: { q?: string; status?: PostStatus; page?: number }) => {
    const p = new URLSearchParams();
    if (next.q) p.set('q', next.q);
    if (next.status) p.set('status', next.status);
    if (next.page && next.page > 1) p.set('page', String(next.page));
    setParams(p);
  };
  const posts = usePosts({ q, status, page, size: PAGE_SIZE });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('news.board.title')}</Title>
        <Button component={Link} to={paths.news.create.getHref()} data-testid="create-post">
          {t('news.board.create')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('news.board.intro')}
      </Text>
      <SearchBox value={q} onSearch={(text) => go({ q: text, status })} label={t('news.list.search')} />
      <SegmentedControl
        aria-label={t('news.field.status')}
        value={status ?? 'all'}
        onChange={(v) => go({ q, status: v === 'all' ? undefined : (v as PostStatus) })}
        data={[
          { value: 'all', label: t('news.board.allStatuses') },
          ...POST_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) })),
        ]}
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
        data-testid="status-filter"
      />
      <ListBody list={posts} empty={t('news.board.none')}>
        {(data) => (
          <>
            <ListTable
              minWidth={760}
              testId="post-table"
              columns={[
                t('news.field.title'),
                t('news.field.kind'),
                t('news.field.audience'),
                t('news.field.status'),
                t('news.board.when'),
              ]}
            >
              {data.items.map((p) => (
                <Table.Tr key={p.id} data-testid="post-row" data-post-id={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.news.editor.getHref(p.id)}>
                      {p.title}
                    </Anchor>
                    {p.pinned && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        · {t('news.pinned')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(KIND_LABEL[p.kind])}</Table.Td>
                  <Table.Td>{t(AUDIENCE_LABEL[p.audience])}</Table.Td>
                  <Table.Td>
                    <PostStatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td>
                    {p.status === 'scheduled' && p.scheduledAt
                      ? t('news.board.scheduledFor', { at: formatDateTime(p.scheduledAt) })
                      : p.publishedAt
                        ? formatDateTime(p.publishedAt)
                        : formatDateTime(p.updatedAt)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            <ListPagination
              page={page}
              size={PAGE_SIZE}
              total={data.total}
              totalKey="news.list.total"
              onChange={(next) => go({ q, status, page: next })}
            />
          </>
        )}
      </ListBody>
    </Stack>
  );
}
