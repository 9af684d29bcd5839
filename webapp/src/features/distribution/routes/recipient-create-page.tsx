import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { CreateRecordForm } from '@/components/create-form';
import { useCreateRecipient } from '../api/distribution';
import { EMPTY_RECIPIENT, recipientFieldErrors, toRecipientInput } from '../api/recipient-form-model';
import { DistributionNav } from '../components/distribution-nav';
import { RecipientForm } from '../components/recipient-form';
import { paths } from '@/config/paths';

export default function RecipientCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRecipient();

  return (
    <Stack gap="md">
      <Title order={1}>{t('distribution.recipient.createTitle')}</Title>
      <DistributionNav current="recipients" />
      <CreateRecordForm
        mutation={create}
        toBody={toRecipientInput}
        fieldErrors={(problem) => recipientFieldErrors(problem.fieldErrors()).byField}
        onCreated={(created) => {
          notifySuccess(t('distribution.recipient.created', { name: created.name }));
          void navigate(paths.distribution.recipients.getHref());
        }}
      >
        {(form) => (
          <RecipientForm
            {...form}
            initial={EMPTY_RECIPIENT}
            submitLabel={t('distribution.recipient.create')}
            onCancel={() => void navigate(paths.distribution.recipients.getHref())}
          />
        )}
      </CreateRecordForm>
    </Stack>
  );
}
