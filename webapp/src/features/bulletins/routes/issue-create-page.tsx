import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { useNavigate } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { LoadingState } from '@/components/page-states';
import { CreateRecordForm } from '@/components/create-form';
import { useCreateIssue, useIssues } from '../api/bulletins';
import { issueServerErrors, newIssueValues, toIssueInput } from '../api/issue-form-model';
import { IssueForm } from '../components/issue-form';
import { paths } from '@/config/paths';

/** A new issue starts as a draft; the form suggests the month and number after the latest issue. */
export default function IssueCreatePage() {
  const { t } = useTranslation();
  const latest = useIssues({ page: 1, size: 1 });
  if (latest.isPending) return <LoadingState />;
  return <CreateIssue latest={latest.data?.items[0]} title={t('bulletins.create.title')} />;
}

function CreateIssue({
  latest,
  title,
}: {
  latest: { volume: number; number: number; month: string } | undefined;
  title: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateIssue();
  const [initial] = useState(() => newIssueValues(latest, new Date()));

  return (
    <Stack gap="md">
      <PageHeader
        back={{ to: paths.bulletins.board.getHref(), label: t('bulletins.board.title') }}
        title={title}
        intro={t('bulletins.create.intro')}
      />
      <CreateRecordForm
        mutation={create}
        toBody={toIssueInput}
        fieldErrors={(problem) => issueServerErrors(problem.fieldErrors()).byField}
        onCreated={(created) => {
          notifySuccess(t('bulletins.create.done', { title: created.title }));
          void navigate(paths.bulletins.issueEditor.getHref(created.id));
        }}
      >
        {(form) => (
          <IssueForm
            {...form}
            initial={initial}
            submitLabel={t('bulletins.create.submit')}
            onCancel={() => void navigate(paths.bulletins.board.getHref())}
          />
        )}
      </CreateRecordForm>
    </Stack>
  );
}
