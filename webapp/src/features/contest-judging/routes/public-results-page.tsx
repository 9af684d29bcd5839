import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ExportMenu } from '@/components/list-page/export-menu';
import { ErrorState, LoadingState } from '@/components/page-states';
import { formatDateTime } from '@/lib/format';
import { downloadResultsExport, useResults } from '../api/judging';
import { ResultsView } from '../components/results-view';

/** The published results of an edition, by category (public; authors only with recorded consent). */
export default function PublicResultsPage() {
  const { t } = useTranslation();
  const { editionId = '' } = useParams();
  const results = useResults(editionId);
  return (
    <Stack gap="md">
      {results.isPending ? (
        <>
          <Title order={1}>{t('contestJudging.results.title')}</Title>
          <LoadingState />
        </>
      ) : results.isError ? (
        <>
          <Title order={1}>{t('contestJudging.results.title')}</Title>
          <ErrorState error={results.error} onRetry={() => void results.refetch()} />
        </>
      ) : (
        <>
          <Group justify="space-between" align="flex-start">
            <Title order={1}>{t('contestJudging.results.titleOf', { name: results.data.editionName })}</Title>
            <ExportMenu download={(format) => downloadResultsExport(editionId, format)} />
          </Group>
          {results.data.publishedAt && (
            <Text size="sm" c="dimmed">
              {t('contestJudging.results.publishedAt', { at: formatDateTime(results.data.publishedAt) })}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('contestJudging.results.consentNote')}
          </Text>
          <ResultsView results={results.data} />
        </>
      )}
    </Stack>
  );
}
