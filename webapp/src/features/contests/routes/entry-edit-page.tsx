import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState, QueryState } from '@/components/page-states';
import { VersionedEditForm } from '@/components/versioned-edit-form';
import { useAuth } from '@/lib/auth/auth-context';
import { useCategories } from '../api/categories';
import { useEdition } from '../api/editions';
import { useEntry, useReplaceEntry } from '../api/entries';
import { useMyCoordinator } from '../api/coordinators';
import { type Entry } from '../api/contests';
import { entryFieldErrors, fromEntry, toEntryInput } from '../api/entry-form-model';
import { ContestProblem } from '../components/contest-problem';
import { EntryForm } from '../components/entry-form';
import { paths } from '@/config/paths';

export default function EntryEditPage() {
  const { id = '' } = useParams();
  const entry = useEntry(id);
  if (!entry.isSuccess) return <QueryState query={entry} />;
  return <Editor entry={entry.data} reload={async () => (await entry.refetch()).data} />;
}

/** Saving sends the version the form was opened with (If-Match); a 412 opens the conflict dialog. */
function Editor({ entry, reload }: { entry: Entry; reload: () => Promise<Entry | undefined> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const auth = useAuth();
  const coordinatorRole = auth.hasRole('contest-coordinator') && !auth.hasRole('staff', 'admin');
  const me = useMyCoordinator(coordinatorRole);
  const edition = useEdition(entry.editionId);
  const categories = useCategories(entry.editionId);
  const replace = useReplaceEntry(entry.id);
  if (categories.isPending || edition.isPending) return <LoadingState />;
  if (categories.isError)
    return <ErrorState error={categories.error} onRetry={() => void categories.refetch()} />;
  const back = () => void navigate(paths.contests.entry.getHref(entry.id));
  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={paths.contests.entry.getHref(entry.id)}>
          {entry.code}
        </Anchor>
      </Text>
      <Title order={1}>{t('contests.entry.editTitle', { code: entry.code })}</Title>
      <VersionedEditForm
        record={entry}
        reload={reload}
        mutation={replace}
        toBody={toEntryInput}
        fieldErrors={(problem) => entryFieldErrors(problem.fieldErrors()).byField}
        saved={() => t('contests.entry.saved')}
        onDone={back}
        renderProblem={(error) => <ContestProblem error={error} />}
      >
        {({ base, ...form }) => (
          <EntryForm
            {...form}
            initial={fromEntry(base)}
            categories={categories.data}
            rules={edition.data}
            schoolFixed={me.data?.kind === 'school'}
            districtFixed={!!me.data}
            submitLabel={t('contests.entry.save')}
          />
        )}
      </VersionedEditForm>
    </Stack>
  );
}
