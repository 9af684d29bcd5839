import { Modal, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpertPicker } from '@/components/expert-picker';
import { FormActions } from '@/components/form-actions';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { useVersionedEdit } from '@/components/use-versioned-edit';
import { ApiError } from '@/lib/api/problem';
import {
  judgeFormValues,
  toJudgeInput,
  validateJudge,
  type JudgeFormErrors,
  type JudgeFormValues,
} from '../api/judge-form-model';
import { fetchJudge, useCreateJudge, useUpdateJudge, type Judge } from '../api/judging';

const FIELDS: (keyof JudgeFormValues)[] = [
  'fullName',
  'username',
  'expertId',
  'affiliation',
  'email',
  'phone',
  'schools',
];

function toFieldErrors(problem: ApiError): JudgeFormErrors | undefined {
  const out: JudgeFormErrors = {};
  for (const [field, message] of Object.entries(problem.fieldErrors())) {
    const key = FIELDS.find((f) => field === f || field.startsWith(`${f}[`) || field.startsWith(`${f}.`));
    if (key && !(key in out)) out[key] = message;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Adding a judge (judge undefined) or editing one, in a dialog. */
export function JudgeFormModal({
  editionId,
  judge,
  opened,
  onClose,
}: {
  editionId: string;
  judge?: Judge;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={judge ? t('contestJudging.judges.editTitle') : t('contestJudging.judges.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {opened && <JudgeForm editionId={editionId} judge={judge} onDone={onClose} />}
    </Modal>
  );
}

function JudgeForm({ editionId, judge, onDone }: { editionId: string; judge?: Judge; onDone: () => void }) {
  const edit = useVersionedEdit<Judge | undefined, JudgeFormErrors>(judge, async () =>
    judge ? fetchJudge(judge.id) : undefined,
  );
  return (
    <>
      <JudgeFields
        key={edit.formKey}
        editionId={editionId}
        judge={edit.base}
        serverErrors={edit.serverErrors}
        error={edit.error}
        onFailed={(e) => edit.failed(e, toFieldErrors)}
        onStart={edit.clearError}
        onDone={onDone}
      />
      {edit.conflictDialog}
    </>
  );
}

function JudgeFields({
  editionId,
  judge,
  serverErrors,
  error,
  onFailed,
  onStart,
  onDone,
}: {
  editionId: string;
  judge?: Judge;
  serverErrors?: JudgeFormErrors;
  error: unknown;
  onFailed: (e: unknown) => void;
  onStart: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => judgeFormValues(judge));
  const [errors, setErrors] = useState<JudgeFormErrors>({});
  const create = useCreateJudge(editionId);
  const update = useUpdateJudge(editionId);
  const shown = { ...serverErrors, ...errors };
  const err = (k: keyof JudgeFormValues) => {
    const e = shown[k];
    return e ? (e.startsWith('contestJudging.') ? t(e) : e) : undefined;
  };
  const set = (k: keyof JudgeFormValues) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [k]: value }));
  };

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    onStart();
    const found = validateJudge(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      if (judge)
        await update.mutateAsync({ id: judge.id, version: judge.version, body: toJudgeInput(values) });
      else await create.mutateAsync(toJudgeInput(values));
      notifySuccess(t('contestJudging.judges.saved'));
      onDone();
    } catch (problem) {
      onFailed(problem);
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="judge-form">
      <Stack gap="sm">
        <ExpertPicker
          name="expertId"
          label={t('contestJudging.judges.field.expert')}
          description={t('contestJudging.judges.field.expertHelp')}
          placeholder={t('contestJudging.judges.field.expertPlaceholder')}
          linkedLabel={t('contestJudging.judges.linkedExpert')}
          noneFound={t('contestJudging.judges.noExpert')}
          value={values.expertId}
          onChange={(expertId) => setValues((v) => ({ ...v, expertId }))}
          error={err('expertId')}
        />
        <TextInput
          label={t('contestJudging.judges.field.fullName')}
          description={t('contestJudging.judges.field.fullNameHelp')}
          value={values.fullName}
          onChange={set('fullName')}
          error={err('fullName')}
          maxLength={200}
          name="fullName"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('contestJudging.judges.field.username')}
            description={t('contestJudging.judges.field.usernameHelp')}
            value={values.username}
            onChange={set('username')}
            error={err('username')}
            maxLength={200}
            name="username"
            autoComplete="off"
          />
          <TextInput
            label={t('contestJudging.judges.field.affiliation')}
            value={values.affiliation}
            onChange={set('affiliation')}
            error={err('affiliation')}
            maxLength={300}
            name="affiliation"
          />
          <TextInput
            label={t('contestJudging.judges.field.email')}
            type="email"
            value={values.email}
            onChange={set('email')}
            error={err('email')}
            maxLength={200}
            name="email"
          />
          <TextInput
            label={t('contestJudging.judges.field.phone')}
            type="tel"
            value={values.phone}
            onChange={set('phone')}
            error={err('phone')}
            maxLength={40}
            name="phone"
          />
        </SimpleGrid>
        <Textarea
          label={t('contestJudging.judges.field.schools')}
          description={t('contestJudging.judges.field.schoolsHelp')}
          value={values.schools}
          onChange={set('schools')}
          error={err('schools')}
          autosize
          minRows={2}
          name="schools"
        />
        {error ? <ProblemAlert error={error} /> : null}
        <FormActions
          submitLabel={t('contestJudging.save')}
          submitting={create.isPending || update.isPending}
          onCancel={onDone}
          testId="judge-save"
        />
      </Stack>
    </form>
  );
}
