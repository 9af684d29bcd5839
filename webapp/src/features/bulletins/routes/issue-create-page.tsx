import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { useCreateIssue, useIssues } from '../api/bulletins';
import {
  issueServerErrors,
  newIssueValues,
  toIssueInput,
  type IssueFormErrors,
} from '../api/issue-form-model';
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
  const [serverErrors, setServerErrors] = useState<IssueFormErrors>();
  const [error, setError] = useState<unknown>(null);

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={paths.bulletins.board.getHref()}>
          {t('bulletins.board.title')}
        </Anchor>
      </Text>
      <Title order={1}>{title}</Title>
      <Text size="sm" c="dimmed">
        {t('bulletins.create.intro')}
      </Text>
      {error ? <ProblemAlert error={error} /> : null}
      <IssueForm
        initial={initial}
        submitLabel={t('bulletins.create.submit')}
        submitting={create.isPending}
        serverErrors={serverErrors}
        onCancel={() => void navigate(paths.bulletins.board.getHref())}
        onSubmit={(values) => {
          setError(null);
          create.mutate(
            { body: toIssueInput(values), idempotencyKey: newIdempotencyKey() },
            {
              onSuccess: (created) => {
                notifySuccess(t('bulletins.create.done', { title: created.title }));
                void navigate(paths.bulletins.issueEditor.getHref(created.id));
              },
              onError: (e) => {
                setServerErrors(
                  e instanceof ApiError ? issueServerErrors(e.fieldErrors()).byField : undefined,
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
