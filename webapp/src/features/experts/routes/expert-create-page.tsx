import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { useExpertVocabulary } from '@/lib/api/expert-vocabulary';
import { ApiError } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth/auth-context';
import { useCreateExpert } from '../api/experts';
import { EMPTY_VALUES, serverFieldErrors, toInput, type FormErrors } from '../api/expert-form-model';
import { ExpertForm } from '../components/expert-form';
import { paths } from '@/config/paths';

/** Staff and admins add an expert to the network; an association officer proposes one of their association. */
export default function ExpertCreatePage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const vocabulary = useExpertVocabulary();
  const create = useCreateExpert();
  const [serverErrors, setServerErrors] = useState<FormErrors>();
  const [error, setError] = useState<unknown>(null);
  const office = auth.hasRole('staff', 'admin');

  if (vocabulary.isPending) return <LoadingState />;
  if (vocabulary.isError)
    return <ErrorState error={vocabulary.error} onRetry={() => void vocabulary.refetch()} />;

  return (
    <Stack gap="md">
      <Title order={1}>{t('experts.form.createTitle')}</Title>
      {!office && <Text>{t('experts.form.proposeNote')}</Text>}
      {error ? <ProblemAlert error={error} /> : null}
      <ExpertForm
        initial={EMPTY_VALUES}
        vocabulary={vocabulary.data}
        showUsername={office}
        submitting={create.isPending}
        submitLabel={office ? t('experts.form.create') : t('experts.form.propose')}
        serverErrors={serverErrors}
        onCancel={() => void navigate(-1)}
        onSubmit={(values) => {
          setError(null);
          // A fresh key per submission: a retried request never creates a second profile.
          create.mutate(
            { body: toInput(values, { includeUsername: office }), idempotencyKey: newIdempotencyKey() },
            {
              onSuccess: (created) => {
                notifySuccess(t('experts.form.created', { name: created.displayName }));
                void navigate(paths.experts.detail.getHref(created.id));
              },
              onError: (e) => {
                const fields = e instanceof ApiError ? serverFieldErrors(e.fieldErrors(), values) : undefined;
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
