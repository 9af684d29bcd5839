import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Section } from '@/components/detail-section';
import { ImageUploadSection } from '@/components/image-upload-section';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useVersionedEdit } from '@/components/use-versioned-edit';
import { formatDateTime } from '@/lib/format';
import { postServerErrors, postValues, toPostInput, type PostFormErrors } from '../api/post-form-model';
import {
  MAX_COVER_BYTES,
  usePost,
  useRemoveCover,
  useReplacePost,
  useUploadCover,
  type Post,
} from '../api/posts';
import { PostStatusBadge } from '../components/labels';
import { PostActions } from '../components/post-actions';
import { PostCover } from '../components/post-cover';
import { PostForm } from '../components/post-form';
import { paths } from '@/config/paths';

/** One post for the office: its status and moves, its content, its cover. */
export default function PostEditorPage() {
  const { id = '' } = useParams();
  const post = usePost(id);
  if (!post.isSuccess) return <QueryState query={post} />;
  return <Editor key={post.data.id} post={post.data} reload={async () => (await post.refetch()).data} />;
}

function Editor({ post: p, reload }: { post: Post; reload: () => Promise<Post | undefined> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={paths.news.board.getHref()}>
          {t('news.board.title')}
        </Anchor>
      </Text>
      <Title order={1} data-testid="post-title">
        {p.title}
      </Title>
      <Group gap="sm">
        <PostStatusBadge status={p.status} />
        {p.status === 'scheduled' && p.scheduledAt && (
          <Text size="sm" data-testid="scheduled-at">
            {t('news.board.scheduledFor', { at: formatDateTime(p.scheduledAt) })}
          </Text>
        )}
        {p.status === 'published' && (
          <Anchor component={Link} to={paths.news.post.getHref(p.id)} size="sm" data-testid="public-link">
            {t('news.post.view')}
          </Anchor>
        )}
      </Group>
      <PostActions post={p} reload={reload} />
      <Section id="post-content" title={t('news.edit.title')}>
        <EditContent post={p} reload={reload} />
      </Section>
      <Section id="post-cover-title" title={t('news.cover.title')}>
        <Cover post={p} reload={reload} />
      </Section>
    </Stack>
  );
}

function EditContent({ post, reload }: { post: Post; reload: () => Promise<Post | undefined> }) {
  const { t } = useTranslation();
  const replace = useReplacePost(post.id);
  const edit = useVersionedEdit<Post, PostFormErrors>(post, reload);
  return (
    <Stack gap="sm">
      {edit.error ? <ProblemAlert error={edit.error} /> : null}
      {post.status === 'published' && (
        <Alert color="blue" data-testid="published-edit-note">
          {t('news.edit.publishedNote')}
        </Alert>
      )}
      <PostForm
        key={edit.formKey}
        initial={postValues(edit.base)}
        submitLabel={t('news.edit.save')}
        submitting={replace.isPending}
        serverErrors={edit.serverErrors}
        onSubmit={(values) => {
          edit.clearError();
          replace.mutate(
            // The latest version we hold: moves (publish, schedule) change it without changing the content.
            { body: toPostInput(values), version: post.version },
            {
              onSuccess: () => notifySuccess(t('news.edit.saved')),
              onError: (e) => edit.failed(e, (problem) => postServerErrors(problem.fieldErrors()).byField),
            },
          );
        }}
      />
      {edit.conflictDialog}
    </Stack>
  );
}

function Cover({ post, reload }: { post: Post; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const upload = useUploadCover(post.id, post.version);
  const remove = useRemoveCover(post.id, post.version);
  return (
    <ImageUploadSection
      preview={
        post.cover ? (
          <PostCover
            postId={post.id}
            version={post.version}
            alt={t('news.post.coverAlt', { title: post.title })}
            maxHeight={200}
          />
        ) : null
      }
      emptyText={t('news.cover.none')}
      label={t('news.cover.choose')}
      help={t('news.cover.help')}
      maxBytes={MAX_COVER_BYTES}
      removeLabel={t('news.cover.remove')}
      testId="cover"
      upload={upload}
      remove={remove}
      reload={reload}
    />
  );
}
