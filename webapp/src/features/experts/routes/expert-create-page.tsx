import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { CreateRecordForm } from '@/components/create-form';
import { useExpertVocabulary } from '@/lib/api/expert-vocabulary';
import { useAuth } from '@/lib/auth/auth-context';
import { useCreateExpert } from '../api/experts';
import { EMPTY_VALUES, serverFieldErrors, toInput, type ExpertFormValues } from '../api/expert-form-model';
import { ExpertForm } from '../components/expert-form';
import { paths } from '@/config/paths';

/** Staff and admins add an expert to the network; an association officer proposes one of their association. */
export default function ExpertCreatePage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const vocabulary = useExpertVocabulary();
  const create = useCreateExpert();
  const office = auth.hasRole('staff', 'admin');

  if (!vocabulary.isSuccess) return <QueryState query={vocabulary} />;

  return (
    <Stack gap="md">
      <Title order={1}>{t('experts.form.createTitle')}</Title>
      {!office && <Text>{t('experts.form.proposeNote')}</Text>}
      <CreateRecordForm
        mutation={create}
        toBody={(values: ExpertFormValues) => toInput(values, { includeUsername: office })}
        fieldErrors={(problem, values) => serverFieldErrors(problem.fieldErrors(), values).byField}
        onCreated={(created) => {
          notifySuccess(t('experts.form.created', { name: created.displayName }));
          void navigate(paths.experts.detail.getHref(created.id));
        }}
      >
        {(form) => (
          <ExpertForm
            {...form}
            initial={EMPTY_VALUES}
            vocabulary={vocabulary.data}
            showUsername={office}
            submitLabel={office ? t('experts.form.create') : t('experts.form.propose')}
            onCancel={() => void navigate(-1)}
          />
        )}
      </CreateRecordForm>
    </Stack>
  );
}
