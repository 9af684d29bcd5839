import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { useVersionedEdit } from '@/components/use-versioned-edit';
import { useUpdateExpert, type Expert, type ExpertVocabulary } from '../api/experts';
import { fromExpert, serverFieldErrors, toInput, type FormErrors } from '../api/expert-form-model';
import { ExpertForm } from './expert-form';

/**
 * Edits a profile: saving sends the version the form was opened with (If-Match), so nobody's change is
 * lost; a 412 opens the "changed by someone else" dialog, which reloads the latest version.
 */
export function ExpertEditor({
  initial,
  vocabulary,
  showUsername,
  reload,
  onSaved,
  onCancel,
}: {
  initial: Expert;
  vocabulary: ExpertVocabulary;
  showUsername: boolean;
  reload: () => Promise<Expert | undefined>;
  onSaved: (saved: Expert) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const edit = useVersionedEdit<Expert, FormErrors>(initial, reload);
  const update = useUpdateExpert(edit.base.id);

  return (
    <Stack gap="md">
      {edit.error ? <ProblemAlert error={edit.error} /> : null}
      <ExpertForm
        key={edit.formKey}
        initial={fromExpert(edit.base)}
        vocabulary={vocabulary}
        showUsername={showUsername}
        submitting={update.isPending}
        submitLabel={t('experts.form.save')}
        serverErrors={edit.serverErrors}
        onCancel={onCancel}
        onSubmit={(values) => {
          edit.clearError();
          update.mutate(
            { body: toInput(values, { includeUsername: showUsername }), version: edit.base.version },
            {
              onSuccess: (saved) => {
                notifySuccess(t('experts.form.saved', { name: saved.displayName }));
                onSaved(saved);
              },
              onError: (e) =>
                edit.failed(e, (problem) => serverFieldErrors(problem.fieldErrors(), values).byField),
            },
          );
        }}
      />
      {edit.conflictDialog}
    </Stack>
  );
}
