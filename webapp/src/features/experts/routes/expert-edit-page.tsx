import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/page-states';
import { useExpertVocabulary } from '@/lib/api/expert-vocabulary';
import { useAuth } from '@/lib/auth/auth-context';
import { useExpert } from '../api/experts';
import { ExpertEditor } from '../components/expert-editor';
import { paths } from '@/config/paths';

export default function ExpertEditPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const detail = useExpert(id);
  const vocabulary = useExpertVocabulary();
  if (detail.isPending || vocabulary.isPending) return <LoadingState />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  if (vocabulary.isError)
    return <ErrorState error={vocabulary.error} onRetry={() => void vocabulary.refetch()} />;
  // The API decides who may edit (canEdit); the form is not offered to anyone else.
  if (!detail.data.canEdit)
    return (
      <Alert color="orange" title={t('error.forbiddenTitle')} role="alert" data-testid="forbidden">
        {t('experts.form.cannotEdit')}
      </Alert>
    );
  const expert = detail.data;
  return (
    <Stack gap="md">
      <Title order={1}>{t('experts.form.editTitle')}</Title>
      <Text>
        <Anchor component={Link} to={paths.experts.detail.getHref(expert.id)}>
          {expert.displayName}
        </Anchor>
      </Text>
      <ExpertEditor
        initial={expert}
        vocabulary={vocabulary.data}
        showUsername={auth.hasRole('staff', 'admin')}
        reload={async () => (await detail.refetch()).data}
        onSaved={(saved) => void navigate(paths.experts.detail.getHref(saved.id))}
        onCancel={() => void navigate(paths.experts.detail.getHref(expert.id))}
      />
    </Stack>
  );
}
