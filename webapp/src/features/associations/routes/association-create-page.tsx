import { Stack, Title } from '@mantine/core';
import { notifySuccess } from '@/components/notify';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { useCreateAssociation } from '../api/associations';
import { EMPTY_VALUES, serverFieldErrors, toInput, type FormErrors } from '../api/association-form-model';
import { AssociationForm } from '../components/association-form';
import { paths } from '@/config/paths';

export default function AssociationCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAssociation();
  const [serverErrors, setServerErrors] = useState<FormErrors>();
  const [error, setError] = useState<unknown>(null);

  return (
    <Stack gap="md">
      <Title order={1}>{t('form.createTitle')}</Title>
      {error ? <ProblemAlert error={error} /> : null}
      <AssociationForm
        initial={EMPTY_VALUES}
        canChangeStatus
        showInternalNotes
        submitting={create.isPending}
        submitLabel={t('form.create')}
        serverErrors={serverErrors}
        onCancel={() => void navigate(-1)}
        onSubmit={(values) => {
          setError(null);
          // A fresh key per submission: a retried request never creates a second association.
          create.mutate(
            { body: toInput(values, { includeStatus: true }), idempotencyKey: newIdempotencyKey() },
            {
              onSuccess: (created) => {
                notifySuccess(t('form.created', { name: created.name }));
                void navigate(paths.associations.detail.getHref(created.id));
              },
              onError: (e) => {
                const fields = e instanceof ApiError ? serverFieldErrors(e.fieldErrors()) : undefined;
                setServerErrors(fields?.byField);
                setError(e);
              },
            },
          );
        }}
      />
    </Stack>
  );
}
