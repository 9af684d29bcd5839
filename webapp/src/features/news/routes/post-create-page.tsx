import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { useNavigate } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { CreateRecordForm } from '@/components/create-form';
import { newPostValues, postServerErrors, toPostInput } from '../api/post-form-model';
import { useCreatePost } from '../api/posts';
import { PostForm } from '../components/post-form';
import { paths } from '@/config/paths';

/** A new post starts as a draft; publishing is the next step, on its page. */
export default function PostCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePost();
  const [initial] = useState(newPostValues);

  return (
    <Stack gap="md">
      <PageHeader
        back={{ to: paths.news.board.getHref(), label: t('news.board.title') }}
        title={t('news.create.title')}
        intro={t('news.create.intro')}
      />
      <CreateRecordForm
        mutation={create}
        toBody={toPostInput}
        fieldErrors={(problem) => postServerErrors(problem.fieldErrors()).byField}
        onCreated={(created) => {
          notifySuccess(t('news.create.done', { title: created.title }));
          void navigate(paths.news.editor.getHref(created.id));
        }}
      >
        {(form) => (
          <PostForm
            {...form}
            initial={initial}
            submitLabel={t('news.create.submit')}
            onCancel={() => void navigate(paths.news.board.getHref())}
          />
        )}
      </CreateRecordForm>
    </Stack>
  );
}
