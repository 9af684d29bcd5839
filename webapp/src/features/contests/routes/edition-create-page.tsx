import { Stack, Title } from '@mantine/core';
import { CreateRecordForm } from '@/components/create-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { todayInProvince } from '@/lib/format';
import { useCreateEdition } from '../api/editions';
import { editionFieldErrors, newEditionValues, toEditionInput } from '../api/edition-form-model';
import { BoardNav } from '../components/board-nav';
import { ContestProblem } from '../components/contest-problem';
import { EditionForm } from '../components/edition-form';
import { paths } from '@/config/paths';

export default function EditionCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEdition();
  const year = Number(todayInProvince().slice(0, 4));

  return (
    <Stack gap="md">
      <Title order={1}>{t('contests.board.createTitle')}</Title>
      <BoardNav current="editions" />
      <CreateRecordForm
        mutation={create}
        toBody={toEditionInput}
        fieldErrors={(problem) => editionFieldErrors(problem.fieldErrors()).byField}
        onCreated={(created) => {
          notifySuccess(t('contests.board.created', { name: created.name }));
          void navigate(paths.contests.editionEditor.getHref(created.id));
        }}
        renderProblem={(error) => <ContestProblem error={error} />}
      >
        {(form) => (
          <EditionForm
            {...form}
            initial={newEditionValues(year)}
            submitLabel={t('contests.board.create')}
            onCancel={() => void navigate(paths.contests.board.getHref())}
          />
        )}
      </CreateRecordForm>
    </Stack>
  );
}
