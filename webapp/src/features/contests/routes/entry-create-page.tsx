import { Alert, NativeSelect, Stack, Title } from '@mantine/core';
import { CreateRecordForm } from '@/components/create-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { ErrorState, LoadingState, QueryState } from '@/components/page-states';
import { useAuth } from '@/lib/auth/auth-context';
import { useCategories } from '../api/categories';
import { useCreateEntry } from '../api/entries';
import { useEditions } from '../api/editions';
import { useMyCoordinator } from '../api/coordinators';
import { type Edition } from '../api/contests';
import { entryFieldErrors, newEntryValues, toEntryInput } from '../api/entry-form-model';
import { ContestProblem } from '../components/contest-problem';
import { EntryForm } from '../components/entry-form';
import { PHASE_LABEL } from '../components/labels';
import { paths } from '@/config/paths';

/** Registers an entry in a published edition (staff, or a coordinator for its school or district). */
export default function EntryCreatePage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const coordinatorRole = auth.hasRole('contest-coordinator') && !auth.hasRole('staff', 'admin');
  const editions = useEditions('public');
  const me = useMyCoordinator(coordinatorRole);
  const [params, setParams] = useSearchParams();
  if (editions.isPending || (coordinatorRole && me.isPending)) return <LoadingState />;
  if (editions.isError) return <ErrorState error={editions.error} onRetry={() => void editions.refetch()} />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const open = editions.data;
  const chosen =
    open.find((e) => e.id === params.get('edition')) ??
    open.find((e) => e.phase === 'registration') ??
    open[0];

  return (
    <Stack gap="md">
      <Title order={1}>{t('contests.entry.createTitle')}</Title>
      {coordinatorRole && me.data === null && (
        <Alert color="orange" role="alert" data-testid="no-coordinator">
          {t('contests.entry.noCoordinator')}
        </Alert>
      )}
      {!chosen ? (
        <Alert color="gray">{t('contests.public.none')}</Alert>
      ) : (
        <>
          <NativeSelect
            label={t('contests.entry.edition')}
            value={chosen.id}
            onChange={(e) => setParams(new URLSearchParams({ edition: e.currentTarget.value }))}
            data={open.map((e) => ({
              value: e.id,
              label: `${e.year} – ${e.name} (${t(PHASE_LABEL[e.phase])})`,
            }))}
            data-testid="entry-edition"
          />
          {chosen.phase !== 'registration' && (
            <Alert color="orange" data-testid="registration-closed">
              {t('contests.entry.registrationClosed')}
            </Alert>
          )}
          <CreateForm key={chosen.id} edition={chosen} coordinator={coordinatorRole ? me.data : undefined} />
        </>
      )}
    </Stack>
  );
}

function CreateForm({
  edition,
  coordinator,
}: {
  edition: Edition;
  coordinator: ReturnType<typeof useMyCoordinator>['data'];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const categories = useCategories(edition.id);
  const create = useCreateEntry();
  if (!categories.isSuccess) return <QueryState query={categories} />;
  return (
    <Stack gap="sm">
      <CreateRecordForm
        mutation={create}
        toBody={toEntryInput}
        fieldErrors={(problem) => entryFieldErrors(problem.fieldErrors()).byField}
        onCreated={(created) => {
          notifySuccess(t('contests.entry.created', { code: created.code }));
          void navigate(paths.contests.entry.getHref(created.id));
        }}
        renderProblem={(error) => <ContestProblem error={error} />}
      >
        {(form) => (
          <EntryForm
            {...form}
            initial={newEntryValues(coordinator)}
            categories={categories.data}
            rules={edition}
            schoolFixed={coordinator?.kind === 'school'}
            districtFixed={!!coordinator}
            submitLabel={t('contests.entry.create')}
            onCancel={() => void navigate(paths.contests.entries.getHref())}
          />
        )}
      </CreateRecordForm>
    </Stack>
  );
}
