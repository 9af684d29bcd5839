import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { todayInProvince } from '@/lib/format';
import { useCreateEdition } from '../api/editions';
import {
  editionFieldErrors,
  newEditionValues,
  toEditionInput,
  type EditionFormErrors,
} from '../api/edition-form-model';
import { BoardNav } from '../components/board-nav';
import { ContestProblem } from '../components/contest-problem';
import { EditionForm } from '../components/edition-form';
import { paths } from '@/config/paths';

export default function EditionCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEdition();
  const [serverErrors, setServerErrors] = useState<EditionFormErrors>();
  const [error, setError] = useState<unknown>(null);
  const year = Number(todayInProvince().slice(0, 4));

  return (
    <Stack gap="md">
      <Title order={1}>{t('contests.board.createTitle')}</Title>
      <BoardNav current="editions" />
      {error ? <ContestProblem error={error} /> : null}
      <EditionForm
        initial={newEditionValues(year)}
        submitting={create.isPending}
        submitLabel={t('contests.board.create')}
        serverErrors={serverErrors}
        onCancel={() => void navigate(paths.contests.board.getHref())}
        onSubmit={(values) => {
          setError(null);
          create.mutate(
            { body: toEditionInput(values), idempotencyKey: newIdempotencyKey() },
            {
              onSuccess: (created) => {
                notifySuccess(t('contests.board.created', { name: created.name }));
                void navigate(paths.contests.editionEditor.getHref(created.id));
              },
              onError: (e) => {
                setServerErrors(
                  e instanceof ApiError ? editionFieldErrors(e.fieldErrors()).byField : undefined,
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
