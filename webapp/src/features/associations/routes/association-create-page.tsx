import { Stack, Title } from '@mantine/core';
import { notifySuccess } from '@/components/notify';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateRecordForm } from '@/components/create-form';
import { useCreateAssociation } from '../api/associations';
import {
  EMPTY_VALUES,
  serverFieldErrors,
  toInput,
  type AssociationFormValues,
} from '../api/association-form-model';
import { AssociationForm } from '../components/association-form';
import { paths } from '@/config/paths';

export default function AssociationCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAssociation();

  return (
    <Stack gap="md">
      <Title order={1}>{t('form.createTitle')}</Title>
      <CreateRecordForm
        mutation={create}
        toBody={(values: AssociationFormValues) => toInput(values, { includeStatus: true })}
        fieldErrors={(problem) => serverFieldErrors(problem.fieldErrors()).byField}
        onCreated={(created) => {
          notifySuccess(t('form.created', { name: created.name }));
          void navigate(paths.associations.detail.getHref(created.id));
        }}
      >
        {(form) => (
          <AssociationForm
            {...form}
            initial={EMPTY_VALUES}
            canChangeStatus
            showInternalNotes
            submitLabel={t('form.create')}
            onCancel={() => void navigate(-1)}
          />
        )}
      </CreateRecordForm>
    </Stack>
  );
}
