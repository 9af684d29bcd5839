import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { useNavigate } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { CreateRecordForm } from '@/components/create-form';
import { useCreateConsultation } from '../api/consultations';
import { emptyValues, serverFieldErrors, toInput } from '../api/consultation-form-model';
import { todayIso } from '../api/workflow';
import { ConsultationForm } from '../components/consultation-form';
import { paths } from '@/config/paths';

export default function ConsultationCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateConsultation();
  const [initial] = useState(() => emptyValues(todayIso()));

  return (
    <Stack gap="md">
      <PageHeader
        back={{ to: paths.consultations.board.getHref(), label: t('consultations.board.title') }}
        title={t('consultations.create.title')}
        intro={t('consultations.create.intro')}
      />
      <CreateRecordForm
        mutation={create}
        toBody={toInput}
        fieldErrors={(problem) => serverFieldErrors(problem.fieldErrors()).byField}
        onCreated={(created) => {
          notifySuccess(t('consultations.create.done', { subject: created.subject }));
          void navigate(paths.consultations.detail.getHref(created.id));
        }}
      >
        {(form) => (
          <ConsultationForm
            {...form}
            initial={initial}
            submitLabel={t('consultations.create.submit')}
            onCancel={() => void navigate(paths.consultations.board.getHref())}
          />
        )}
      </CreateRecordForm>
    </Stack>
  );
}
