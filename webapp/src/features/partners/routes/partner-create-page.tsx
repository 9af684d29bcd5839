import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateRecordForm } from '@/components/create-form';
import { EMPTY_PARTNER, partnerFieldErrors, toPartnerInput } from '../api/partner-form-model';
import { useCreatePartner, type Partner } from '../api/partners';
import { PartnerForm } from '../components/partner-form';
import { SecretDialog } from '../components/secret-dialog';
import { paths } from '@/config/paths';

/** Registers a partner (admin); the answer's webhook secret is shown once, then the partner's page. */
export default function PartnerCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePartner();
  const [created, setCreated] = useState<Partner>();

  return (
    <Stack gap="md">
      <Title order={1}>{t('partners.form.createTitle')}</Title>
      <CreateRecordForm
        mutation={create}
        toBody={toPartnerInput}
        fieldErrors={(problem) => partnerFieldErrors(problem.fieldErrors()).byField}
        onCreated={setCreated}
      >
        {(form) => (
          <PartnerForm
            {...form}
            initial={EMPTY_PARTNER}
            submitLabel={t('partners.form.create')}
            onCancel={() => void navigate(paths.partners.list.getHref())}
          />
        )}
      </CreateRecordForm>
      <SecretDialog
        secret={created ? (created.webhookSecret ?? '') : undefined}
        partnerName={created?.name ?? ''}
        onClose={() => created && void navigate(paths.partners.detail.getHref(created.id))}
      />
    </Stack>
  );
}
