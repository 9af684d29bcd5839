import { Anchor, Stack, Text, Title } from '@mantine/core';
import { notifySuccess } from '@/components/notify';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useVersionedEdit } from '@/components/use-versioned-edit';
import { useAuth } from '@/lib/auth/auth-context';
import {
  useAssociation,
  useAssociationOfficers,
  useUpdateAssociation,
  type AssociationDetail,
} from '../api/associations';
import { fromDetail, serverFieldErrors, toInput, type FormErrors } from '../api/association-form-model';
import { AssociationForm } from '../components/association-form';
import { paths } from '@/config/paths';

export default function AssociationEditPage() {
  const { id = '' } = useParams();
  const detail = useAssociation(id);
  // The API decides who may manage the association: a 403 here is shown as the page's message.
  const access = useAssociationOfficers(id);
  if (detail.isPending || access.isPending) return <LoadingState />;
  if (access.isError) return <ErrorState error={access.error} />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  return <EditForm initial={detail.data} reload={async () => (await detail.refetch()).data} />;
}

function EditForm({
  initial,
  reload,
}: {
  initial: AssociationDetail;
  reload: () => Promise<AssociationDetail | undefined>;
}) {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  // The version the form was opened with: saving sends it as If-Match, so nobody's change is lost.
  const edit = useVersionedEdit<AssociationDetail, FormErrors>(initial, reload);
  const base = edit.base;
  const update = useUpdateAssociation(base.id);
  const staff = auth.hasRole('staff', 'admin');

  return (
    <Stack gap="md">
      <Title order={1}>{t('form.editTitle')}</Title>
      <Text>
        <Anchor component={Link} to={paths.associations.detail.getHref(base.id)}>
          {base.name}
        </Anchor>
      </Text>
      {edit.error ? <ProblemAlert error={edit.error} /> : null}
      <AssociationForm
        key={edit.formKey}
        initial={fromDetail(base)}
        canChangeStatus={staff}
        showInternalNotes={base.internalNotes !== undefined || staff}
        submitting={update.isPending}
        submitLabel={t('form.save')}
        serverErrors={edit.serverErrors}
        onCancel={() => void navigate(paths.associations.detail.getHref(base.id))}
        onSubmit={(values) => {
          edit.clearError();
          update.mutate(
            { body: toInput(values, { includeStatus: staff }), version: base.version },
            {
              onSuccess: (saved) => {
                notifySuccess(t('form.saved', { name: saved.name }));
                void navigate(paths.associations.detail.getHref(saved.id));
              },
              onError: (e) => edit.failed(e, (problem) => serverFieldErrors(problem.fieldErrors()).byField),
            },
          );
        }}
      />
      {edit.conflictDialog}
    </Stack>
  );
}
