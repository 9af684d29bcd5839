import { Anchor, Badge, Group, Stack, Text, Title, Typography } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/page-states';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate, formatDateTime } from '@/lib/format';
import { usePost } from '../api/posts';
import { safeHtml } from '../api/safe-html';
import { AUDIENCE_LABEL, KIND_LABEL } from '../components/labels';
import { PostCover } from '../components/post-cover';
import { paths } from '@/config/paths';

/** One post as readers see it: its body is the API's sanitised HTML, rebuilt from an allow-list once more. */
export default function PostPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const auth = useAuth();
  const post = usePost(id);
  const body = useMemo(() => (post.data ? safeHtml(post.data.bodyHtml) : ''), [post.data]);
  if (!post.isSuccess) return <QueryState query={post} />;
  const p = post.data;
  return (
    <Stack gap="md" component="article" aria-labelledby="post-title">
      <Text size="sm">
        <Anchor component={Link} to={paths.news.list.getHref()}>
          {t('news.list.title')}
        </Anchor>
      </Text>
      <Group gap="xs">
        <Badge variant="dot" color="blue" tt="none">
          {t(KIND_LABEL[p.kind])}
        </Badge>
        {p.audience !== 'public' && (
          <Badge variant="outline" color="dark" tt="none" data-testid="post-audience">
            {t(AUDIENCE_LABEL[p.audience])}
          </Badge>
        )}
        {p.publishedAt && (
          <Text size="sm" c="dimmed" data-testid="post-date">
            {formatDate(p.publishedAt)}
          </Text>
        )}
        {auth.hasRole('staff', 'admin') && (
          <Anchor component={Link} to={paths.news.editor.getHref(p.id)} size="sm" data-testid="edit-link">
            {t('news.post.edit')}
          </Anchor>
        )}
      </Group>
      <Title order={1} id="post-title" data-testid="post-title">
        {p.title}
      </Title>
      {p.summary && (
        <Text size="lg" fw={500} data-testid="post-summary">
          {p.summary}
        </Text>
      )}
      {p.kind === 'event' && (p.eventStartsAt || p.eventPlace) && (
        <Text data-testid="post-event">
          {[p.eventStartsAt ? formatDateTime(p.eventStartsAt) : null, p.eventPlace]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      )}
      {p.cover && (
        <PostCover postId={p.id} version={p.version} alt={t('news.post.coverAlt', { title: p.title })} />
      )}
      <Typography>
        {/* safeHtml: the API's sanitised HTML, rebuilt from an allow-list (no script, handler or unsafe URL). */}
        <div data-testid="post-body" dangerouslySetInnerHTML={{ __html: body }} />
      </Typography>
      {p.tags.length > 0 && (
        <Group gap={6}>
          {p.tags.map((tag) => (
            <Anchor key={tag} component={Link} to={paths.news.list.getHref({ tag: tag })} size="sm">
              #{tag}
            </Anchor>
          ))}
        </Group>
      )}
    </Stack>
  );
}
