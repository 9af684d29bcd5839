import { Anchor, Stack, Text, Title } from '@mantine/core';
import { notifySuccess } from '@/components/notify';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { ApiError, isApiError } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth/auth-context';
import {
  useAssociation,
  useAssociationOfficers,
  useUpdateAssociation,
  type AssociationDetail,
} from '../api/associations';
import { fromDetail, serverFieldErrors, toInput, type FormErrors } from '../api/association-form-model';
import { AssociationForm } from '../components/association-form';
import { ConflictDialog } from '@/components/conflict-dialog';

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
  const [base, setBase] = useState(initial);
  const [formKey, setFormKey] = useState(0);
  const [serverErrors, setServerErrors] = useState<FormErrors>();
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [reloading, setReloading] = useState(false);
  const update = useUpdateAssociation(base.id);
  const staff = auth.hasRole('staff', 'admin');

  const reloadLatest = async () => {
    setReloading(true);
    try {
      const latest = await reload();
      if (latest) {
        setBase(latest);
        setFormKey((k) => k + 1);
        setServerErrors(undefined);
        setError(null);
      }
      setConflict(null);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t('form.editTitle')}</Title>
      <Text>
        <Anchor component={Link} to={`/associations/${base.id}`}>
          {base.name}
        </Anchor>
      </Text>
      {error ? <ProblemAlert error={error} /> : null}
      <AssociationForm
        key={formKey}
        initial={fromDetail(base)}
        canChangeStatus={staff}
        showInternalNotes={base.internalNotes !== undefined || staff}
        submitting={update.isPending}
        submitLabel={t('form.save')}
        serverErrors={serverErrors}
        onCancel={() => void navigate(`/associations/${base.id}`)}
        onSubmit={(values) => {
          setError(null);
          update.mutate(
            { body: toInput(values, { includeStatus: staff }), version: base.version },
            {
              onSuccess: (saved) => {
                notifySuccess(t('form.saved', { name: saved.name }));
                void navigate(`/associations/${saved.id}`);
              },
              onError: (e) => {
                if (isApiError(e, 412)) {
                  setConflict(e);
                  return;
                }
                const fields = e instanceof ApiError ? serverFieldErrors(e.fieldErrors()) : undefined;
                setServerErrors(fields?.byField);
                setError(e);
              },
            },
          );
        }}
      />
      <ConflictDialog
        opened={conflict !== null}
        detail={conflict?.problem.detail}
        reloading={reloading}
        onReload={() => void reloadLatest()}
        onClose={() => setConflict(null)}
      />
    </Stack>
  );
}
