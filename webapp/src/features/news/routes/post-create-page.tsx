import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { newPostValues, postServerErrors, toPostInput, type PostFormErrors } from '../api/post-form-model';
import { useCreatePost } from '../api/posts';
import { PostForm } from '../components/post-form';
import { paths } from '@/config/paths';

/** A new post starts as a draft; publishing is the next step, on its page. */
export default function PostCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePost();
  const [initial] = useState(newPostValues);
  const [serverErrors, setServerErrors] = useState<PostFormErrors>();
  const [error, setError] = useState<unknown>(null);

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={paths.news.board.getHref()}>
          {t('news.board.title')}
        </Anchor>
      </Text>
      <Title order={1}>{t('news.create.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('news.create.intro')}
      </Text>
      {error ? <ProblemAlert error={error} /> : null}
      <PostForm
        initial={initial}
        submitLabel={t('news.create.submit')}
        submitting={create.isPending}
        serverErrors={serverErrors}
        onCancel={() => void navigate(paths.news.board.getHref())}
        onSubmit={(values) => {
          setError(null);
          create.mutate(
            { body: toPostInput(values), idempotencyKey: newIdempotencyKey() },
            {
              onSuccess: (created) => {
                notifySuccess(t('news.create.done', { title: created.title }));
                void navigate(paths.news.editor.getHref(created.id));
              },
              onError: (e) => {
                setServerErrors(
                  e instanceof ApiError ? postServerErrors(e.fieldErrors()).byField : undefined,
                );
                setError(e);
              },
            },
          );
        }}
      />
    </Stack>
  );
}
