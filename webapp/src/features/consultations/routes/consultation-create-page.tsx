import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { useCreateConsultation } from '../api/consultations';
import { emptyValues, serverFieldErrors, toInput, type FormErrors } from '../api/consultation-form-model';
import { todayIso } from '../api/workflow';
import { ConsultationForm } from '../components/consultation-form';
import { paths } from '@/config/paths';

export default function ConsultationCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateConsultation();
  const [initial] = useState(() => emptyValues(todayIso()));
  const [serverErrors, setServerErrors] = useState<FormErrors>();
  const [error, setError] = useState<unknown>(null);

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={paths.consultations.board.getHref()}>
          {t('consultations.board.title')}
        </Anchor>
      </Text>
      <Title order={1}>{t('consultations.create.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('consultations.create.intro')}
      </Text>
      {error ? <ProblemAlert error={error} /> : null}
      <ConsultationForm
        initial={initial}
        submitLabel={t('consultations.create.submit')}
        submitting={create.isPending}
        serverErrors={serverErrors}
        onCancel={() => void navigate(paths.consultations.board.getHref())}
        onSubmit={(values) => {
          setError(null);
          // A fresh key per submission: a retried request never records the request twice.
          create.mutate(
            { body: toInput(values), idempotencyKey: newIdempotencyKey() },
            {
              onSuccess: (created) => {
                notifySuccess(t('consultations.create.done', { subject: created.subject }));
                void navigate(paths.consultations.detail.getHref(created.id));
              },
              onError: (e) => {
                setServerErrors(
                  e instanceof ApiError ? serverFieldErrors(e.fieldErrors()).byField : undefined,
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
