import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import {
  EMPTY_PARTNER,
  partnerFieldErrors,
  toPartnerInput,
  type PartnerFormErrors,
} from '../api/partner-form-model';
import { useCreatePartner, type Partner } from '../api/partners';
import { PartnerForm } from '../components/partner-form';
import { SecretDialog } from '../components/secret-dialog';
import { paths } from '@/config/paths';

/** Registers a partner (admin); the answer's webhook secret is shown once, then the partner's page. */
export default function PartnerCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePartner();
  const [serverErrors, setServerErrors] = useState<PartnerFormErrors>();
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<Partner>();

  return (
    <Stack gap="md">
      <Title order={1}>{t('partners.form.createTitle')}</Title>
      {error ? <ProblemAlert error={error} /> : null}
      <PartnerForm
        initial={EMPTY_PARTNER}
        submitting={create.isPending}
        submitLabel={t('partners.form.create')}
        serverErrors={serverErrors}
        onCancel={() => void navigate(paths.partners.list.getHref())}
        onSubmit={(values) => {
          setError(null);
          create.mutate(
            { body: toPartnerInput(values), idempotencyKey: newIdempotencyKey() },
            {
              onSuccess: setCreated,
              onError: (e) => {
                setServerErrors(
                  e instanceof ApiError ? partnerFieldErrors(e.fieldErrors()).byField : undefined,
                );
                setError(e);
              },
            },
          );
        }}
      />
      <SecretDialog
        secret={created ? (created.webhookSecret ?? '') : undefined}
        partnerName={created?.name ?? ''}
        onClose={() => created && void navigate(paths.partners.detail.getHref(created.id))}
      />
    </Stack>
  );
}
