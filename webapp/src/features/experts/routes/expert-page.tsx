import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { useExpertVocabulary } from '@/lib/api/expert-vocabulary';
import { isApiError } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth/auth-context';
import {
  useAcceptExpert,
  useDeleteExpert,
  useExpert,
  type Expert,
  type ExpertVocabulary,
} from '../api/experts';
import { ExpertProfile } from '../components/expert-profile';
import { paths } from '@/config/paths';

/** An expert's profile, with the groups of fields the caller may see (public: no contact details by default). */
export default function ExpertPage() {
  const { id = '' } = useParams();
  const query = useExpert(id);
  const vocabulary = useExpertVocabulary();
  if (!query.isSuccess) return <QueryState query={query} />;
  return (
    <Detail
      expert={query.data}
      vocabulary={vocabulary.data}
      reload={async () => {
        await query.refetch();
      }}
    />
  );
}

function Detail({
  expert: e,
  vocabulary,
  reload,
}: {
  expert: Expert;
  vocabulary: ExpertVocabulary | undefined;
  reload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const [deleting, { open, close }] = useDisclosure(false);
  const remove = useDeleteExpert();
  const accept = useAcceptExpert();
  const conflict = useConflict(async () => {
    await reload();
    accept.reset();
    remove.reset();
  });
  const office = auth.hasRole('staff', 'admin');
  // The API lets an officer delete their own proposal (canEdit while proposed) and the office any profile.
  const canDelete =
    office || (e.membership === 'proposed' && e.canEdit && auth.hasRole('association-officer'));

  const confirmDelete = () =>
    remove.mutate(
      { id: e.id, version: e.version },
      {
        onSuccess: () => {
          close();
          notifySuccess(t('experts.delete.done', { name: e.displayName }));
          void navigate(paths.experts.directory.getHref(), { replace: true });
        },
        onError: (err) => {
          // A 412 goes to the conflict dialog; other refusals stay in the delete dialog.
          if (isApiError(err, 412)) close();
          conflict.handle(err);
        },
      },
    );

  const acceptIntoNetwork = () =>
    accept.mutate(
      { id: e.id, version: e.version },
      {
        onSuccess: (saved) => notifySuccess(t('experts.accept.done', { name: saved.displayName })),
        onError: (err) => conflict.handle(err),
      },
    );

  const actions = (
    <>
      {office && e.membership === 'proposed' && (
        <Button
          color="teal.8"
          onClick={acceptIntoNetwork}
          loading={accept.isPending}
          data-testid="accept-expert"
        >
          {t('experts.accept.button')}
        </Button>
      )}
      {e.canEdit && (
        <Button component={Link} to={paths.experts.edit.getHref(e.id)} data-testid="edit-expert">
          {t('common.edit')}
        </Button>
      )}
      {canDelete && (
        <Button
          variant="outline"
          color="red.8"
          onClick={() => {
            remove.reset();
            open();
          }}
          data-testid="delete-expert"
        >
          {t('common.delete')}
        </Button>
      )}
    </>
  );

  return (
    <Stack gap="md">
      {accept.isError && !isApiError(accept.error, 412) ? <ProblemAlert error={accept.error} /> : null}
      <ExpertProfile expert={e} vocabulary={vocabulary} actions={actions} />
      <ConfirmDialog
        opened={deleting}
        title={t('experts.delete.title')}
        body={t('experts.delete.body', { name: e.displayName })}
        confirmLabel={t('experts.delete.confirm')}
        confirmColor="red.8"
        error={remove.error}
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onClose={close}
        testId="delete-dialog"
        confirmTestId="confirm-delete"
      />
      {conflict.dialog}
    </Stack>
  );
}
