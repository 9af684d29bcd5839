import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { useCreateRecipient } from '../api/distribution';
import {
  EMPTY_RECIPIENT,
  recipientFieldErrors,
  toRecipientInput,
  type RecipientFormErrors,
} from '../api/recipient-form-model';
import { DistributionNav } from '../components/distribution-nav';
import { RecipientForm } from '../components/recipient-form';
import { paths } from '@/config/paths';

export default function RecipientCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRecipient();
  const [serverErrors, setServerErrors] = useState<RecipientFormErrors>();
  const [error, setError] = useState<unknown>(null);

  return (
    <Stack gap="md">
      <Title order={1}>{t('distribution.recipient.createTitle')}</Title>
      <DistributionNav current="recipients" />
      {error ? <ProblemAlert error={error} /> : null}
      <RecipientForm
        initial={EMPTY_RECIPIENT}
        submitting={create.isPending}
        submitLabel={t('distribution.recipient.create')}
        serverErrors={serverErrors}
        onCancel={() => void navigate(paths.distribution.recipients.getHref())}
        onSubmit={(values) => {
          setError(null);
          // A fresh key per submission: a retried request never adds the recipient twice.
          create.mutate(
            { body: toRecipientInput(values), idempotencyKey: newIdempotencyKey() },
            {
              onSuccess: (created) => {
                notifySuccess(t('distribution.recipient.created', { name: created.name }));
                void navigate(paths.distribution.recipients.getHref());
              },
              onError: (e) => {
                setServerErrors(
                  e instanceof ApiError ? recipientFieldErrors(e.fieldErrors()).byField : undefined,
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
