import { Anchor, Badge, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListBody, ListPagination, SearchBox } from '@/components/list-page';
import { formatDate } from '@/lib/format';
import { POST_KINDS, usePosts, type PostKind, type PostSummary } from '../api/posts';
import { KIND_LABEL } from '../components/labels';
import { paths } from '@/config/paths';

const PAGE_SIZE = 10;

/** The news and announcements: published posts the caller may read, newest first, searchable without accents. */
export default function NewsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kindParam = params.get('kind');
  const kind = POST_KINDS.includes(kindParam as PostKind) ? (kindParam as PostKind) : undefined;
  const tag = params.get('tag') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const go = (next: { q?: string; kind?: PostKind; tag?: string; page?: number }) => {
    const p = new URLSearchParams();
    if (next.q) p.set('q', next.q);
    if (next.kind) p.set('kind', next.kind);
    if (next.tag) p.set('tag', next.tag);
    if (next.page && next.page > 1) p.set('page', String(next.page));
    setParams(p);
  };
  const posts = usePosts({ q, kind, tag, status: 'published', page, size: PAGE_SIZE });

  return (
    <Stack gap="md">
      <Title order={1}>{t('news.list.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('news.list.intro')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <div style={{ flex: 1, minWidth: 240 }}>
          <SearchBox
            value={q}
            onSearch={(text) => go({ q: text, kind, tag })}
            label={t('news.list.search')}
            placeholder={t('news.list.searchPlaceholder')}
          />
        </div>
        <SegmentedControl
          aria-label={t('news.field.kind')}
          value={kind ?? 'all'}
          onChange={(v) => go({ q, kind: v === 'all' ? undefined : (v as PostKind), tag })}
          data={[
            { value: 'all', label: t('news.list.allKinds') },
            ...POST_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) })),
          ]}
          data-testid="kind-filter"
        />
      </Group>
      {tag && (
        <Group gap="xs">
          <Text size="sm">{t('news.list.taggedWith', { tag })}</Text>
          <Anchor component="button" type="button" size="sm" onClick={() => go({ q, kind })}>
            {t('common.clear')}
          </Anchor>
        </Group>
      )}
      <ListBody list={posts} empty={q || kind || tag ? t('news.list.noMatch') : t('news.list.none')}>
        {(data) => (
          <>
            <Stack gap="sm" data-testid="post-list">
              {data.items.map((p) => (
                <PostCard key={p.id} post={p} onTag={(next) => go({ tag: next })} />
              ))}
            </Stack>
            <ListPagination
              page={page}
              size={PAGE_SIZE}
              total={data.total}
              totalKey="news.list.total"
              onChange={(next) => go({ q, kind, tag, page: next })}
            />
          </>
        )}
      </ListBody>
    </Stack>
  );
}

function PostCard({ post, onTag }: { post: PostSummary; onTag: (tag: string) => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="article" data-testid="post-card" data-post-id={post.id}>
      <Group gap="xs" mb={4}>
        <Badge variant="dot" color="blue" tt="none">
          {t(KIND_LABEL[post.kind])}
        </Badge>
        {post.pinned && (
          <Badge variant="outline" color="dark" tt="none">
            {t('news.pinned')}
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          {formatDate(post.publishedAt)}
        </Text>
      </Group>
      <Title order={2} size="h4">
        <Anchor component={Link} to={paths.news.post.getHref(post.id)} c="inherit">
          {post.title}
        </Anchor>
      </Title>
      {post.summary && (
        <Text size="sm" mt={4}>
          {post.summary}
        </Text>
      )}
      {post.tags.length > 0 && (
        <Group gap={6} mt="xs">
          {post.tags.map((tag) => (
            <Anchor key={tag} component="button" type="button" size="sm" onClick={() => onTag(tag)}>
              #{tag}
            </Anchor>
          ))}
        </Group>
      )}
    </Card>
  );
}
