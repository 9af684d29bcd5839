import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { DocumentDownloads } from '@/components/document-downloads';
import { ExportMenu } from '@/components/list-page/export-menu';
import { notifySuccess } from '@/components/notify';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { isApiError } from '@/lib/api/problem';
import { saveBlob, useDownloads } from '@/lib/download';
import { formatDateTime } from '@/lib/format';
import {
  downloadResultsExport,
  fetchEditionDocument,
  fetchNominations,
  useCategories,
  useEdition,
  usePublication,
  useResults,
} from '../api/judging';
import { EditionHeader } from '../components/edition-header';
import { ResultsView } from '../components/results-view';
import { paths } from '@/config/paths';

/** Results of an edition for the office: publish or withdraw them, their preview, the nominations export. */
export default function ResultsAdminPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const edition = useEdition(id);
  const results = useResults(id);
  const categories = useCategories(id);
  const publication = usePublication(id);
  const downloads = useDownloads<'csv' | 'xlsx'>();
  const [asking, setAsking] = useState<'publish' | 'unpublish' | null>(null);
  const conflict = useConflict(async () => {
    setAsking(null);
    await edition.refetch();
  });
  const published = results.data?.published ?? false;

  const act = () => {
    if (!edition.data || !asking) return;
    publication.mutate(
      { publish: asking === 'publish', version: edition.data.version },
      {
        onSuccess: () => {
          notifySuccess(
            asking === 'publish'
              ? t('contestJudging.results.publishedDone')
              : t('contestJudging.results.unpublishedDone'),
          );
          setAsking(null);
        },
        onError: (e) => conflict.handle(e),
      },
    );
  };

  const download = (format: 'csv' | 'xlsx') =>
    void downloads.run(format, async () => {
      const file = await fetchNominations(id, format);
      saveBlob(file.blob, file.fileName);
    });

  return (
    <Stack gap="md">
      <EditionHeader
        title={t('contestJudging.results.adminTitle')}
        editionId={id}
        edition={edition.data}
        current="results"
      />
      {edition.isError ? <ErrorState error={edition.error} onRetry={() => void edition.refetch()} /> : null}
      <Card withBorder component="section" aria-labelledby="publication">
        <Stack gap="sm">
          <Title order={2} size="h3" id="publication">
            {t('contestJudging.results.publication')}
          </Title>
          <Text size="sm" data-testid="publication-state" data-published={published}>
            {published
              ? t('contestJudging.results.isPublished', { at: formatDateTime(results.data?.publishedAt) })
              : t('contestJudging.results.notPublished')}
          </Text>
          <Group>
            {published ? (
              <>
                <Button variant="default" onClick={() => setAsking('unpublish')} data-testid="unpublish">
                  {t('contestJudging.results.unpublish')}
                </Button>
                <Anchor component={Link} to={paths.judging.publicResults.getHref(id)} size="sm">
                  {t('contestJudging.results.publicPage')}
                </Anchor>
              </>
            ) : (
              <Button onClick={() => setAsking('publish')} disabled={!edition.data} data-testid="publish">
                {t('contestJudging.results.publish')}
              </Button>
            )}
            <ExportMenu testId="results-export" download={(format) => downloadResultsExport(id, format)} />
          </Group>
          {categories.data && (
            <Text size="sm">
              {t('contestJudging.results.rankings')}{' '}
              {categories.data.map((c, i) => (
                <span key={c.id}>
                  {i > 0 && ' · '}
                  <Anchor component={Link} to={paths.judging.ranking.getHref(c.id)} size="sm">
                    {c.name}
                  </Anchor>
                </span>
              ))}
            </Text>
          )}
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="nominations">
        <Stack gap="sm">
          <Title order={2} size="h3" id="nominations">
            {t('contestJudging.results.nominations')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('contestJudging.results.nominationsHelp')}
          </Text>
          <Group>
            <Button
              variant="default"
              loading={downloads.busy === 'csv'}
              onClick={() => download('csv')}
              data-testid="export-csv"
            >
              {t('contestJudging.results.exportCsv')}
            </Button>
            <Button
              variant="default"
              loading={downloads.busy === 'xlsx'}
              onClick={() => download('xlsx')}
              data-testid="export-xlsx"
            >
              {t('contestJudging.results.exportXlsx')}
            </Button>
          </Group>
          {downloads.error ? <ProblemAlert error={downloads.error} /> : null}
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="contest-documents">
        <Stack gap="sm">
          <Title order={2} size="h3" id="contest-documents">
            {t('documents.contestDocuments')}
          </Title>
          <Text fw={500}>{t('documents.awardDecision')}</Text>
          <DocumentDownloads
            testId="award-decision"
            label={t('documents.awardDecision')}
            fetchDocument={(format) => fetchEditionDocument(id, 'award-decision', format)}
          />
          <Text fw={500}>{t('documents.nominationList')}</Text>
          <DocumentDownloads
            testId="nomination-list"
            label={t('documents.nominationList')}
            fetchDocument={(format) => fetchEditionDocument(id, 'nomination-list', format)}
          />
          <Text fw={500}>{t('documents.certificates')}</Text>
          <DocumentDownloads
            testId="certificates"
            label={t('documents.certificates')}
            fetchDocument={(format) => fetchEditionDocument(id, 'certificates', format)}
          />
        </Stack>
      </Card>
      <Stack gap="sm" component="section" aria-labelledby="preview">
        <Title order={2} size="h3" id="preview">
          {t('contestJudging.results.preview')}
        </Title>
        {!published && (
          <Alert color="orange" variant="light" role="status">
            {t('contestJudging.results.previewNote')}
          </Alert>
        )}
        {results.isPending ? (
          <LoadingState />
        ) : results.isError ? (
          <ErrorState error={results.error} onRetry={() => void results.refetch()} />
        ) : (
          <ResultsView results={results.data} headingLevel={3} />
        )}
      </Stack>
      <ConfirmDialog
        opened={asking !== null}
        title={
          asking === 'publish'
            ? t('contestJudging.results.publishTitle')
            : t('contestJudging.results.unpublishTitle')
        }
        body={
          asking === 'publish'
            ? t('contestJudging.results.publishBody')
            : t('contestJudging.results.unpublishBody')
        }
        confirmLabel={
          asking === 'publish' ? t('contestJudging.results.publish') : t('contestJudging.results.unpublish')
        }
        busy={publication.isPending}
        error={isApiError(publication.error, 412) ? null : publication.error}
        onConfirm={act}
        onClose={() => {
          setAsking(null);
          publication.reset();
        }}
        testId="publication-dialog"
        confirmTestId="publication-confirm"
      />
      {conflict.dialog}
    </Stack>
  );
}
