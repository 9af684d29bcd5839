import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, QueryState } from '@/components/page-states';
import { useExpertVocabulary } from '@/lib/api/expert-vocabulary';
import { isApiError } from '@/lib/api/problem';
import { useMyExpertProfile, useRememberMyProfile } from '../api/experts';
import { ExpertEditor } from '../components/expert-editor';
import { ExpertProfile } from '../components/expert-profile';

/** The signed-in expert's own profile: shown, and edited with the same form (without the account link). */
export default function MyProfilePage() {
  const { t } = useTranslation();
  const mine = useMyExpertProfile();
  const vocabulary = useExpertVocabulary();
  const [editing, setEditing] = useState(false);
  const remember = useRememberMyProfile();

  if (mine.isPending) return <LoadingState />;
  if (mine.isError) {
    if (isApiError(mine.error, 404))
      return (
        <Stack gap="md">
          <Title order={1}>{t('experts.mine.title')}</Title>
          <Alert color="blue" title={t('experts.mine.notLinkedTitle')} data-testid="not-linked">
            {t('experts.mine.notLinked')}
          </Alert>
        </Stack>
      );
    return <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  }

  if (editing) {
    if (!vocabulary.isSuccess) return <QueryState query={vocabulary} />;
    return (
      <Stack gap="md">
        <Title order={1}>{t('experts.mine.editTitle')}</Title>
        <ExpertEditor
          initial={mine.data}
          vocabulary={vocabulary.data}
          showUsername={false}
          reload={async () => (await mine.refetch()).data}
          onSaved={(saved) => {
            remember(saved);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="xs">
      <Text c="dimmed">{t('experts.mine.intro')}</Text>
      <ExpertProfile
        expert={mine.data}
        vocabulary={vocabulary.data}
        actions={
          mine.data.canEdit && (
            <Button onClick={() => setEditing(true)} data-testid="edit-my-profile">
              {t('experts.mine.edit')}
            </Button>
          )
        }
      />
    </Stack>
  );
}
