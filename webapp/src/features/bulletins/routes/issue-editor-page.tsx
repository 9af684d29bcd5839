import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Fact, Section } from '@/components/detail-section';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { VersionedEditForm } from '@/components/versioned-edit-form';
import { saveBlob, useDownloads } from '@/lib/download';
import { formatDateTime, formatMonth, fileSize } from '@/lib/format';
import {
  MAX_COVER_BYTES,
  MAX_ISSUE_PDF_BYTES,
  fetchIssuePdf,
  useIssue,
  useReplaceIssue,
  useUploadCover,
  useUploadIssuePdf,
  type Issue,
} from '../api/bulletins';
import { fromIssue, issueServerErrors, toIssueInput } from '../api/issue-form-model';
import { detailsEditable, isEditable } from '../api/workflow';
import { FileUpload } from '@/components/file-upload';
import { IssueActions } from '../components/issue-actions';
import { IssueArticles } from '../components/issue-articles';
import { IssueCover } from '../components/issue-cover';
import { IssueForm } from '../components/issue-form';
import { IssueStatusBadge, useIssueLabel } from '../components/labels';
import { paths } from '@/config/paths';

/** One issue on the editorial board: its workflow, details, files and the order of its articles. */
export default function IssueEditorPage() {
  const { id = '' } = useParams();
  const issue = useIssue(id);
  if (!issue.isSuccess) return <QueryState query={issue} />;
  return <Editor issue={issue.data} reload={async () => (await issue.refetch()).data} />;
}

function Editor({ issue: i, reload }: { issue: Issue; reload: () => Promise<Issue | undefined> }) {
  const { t } = useTranslation();
  const label = useIssueLabel();
  const [editing, setEditing] = useState(false);
  const editable = detailsEditable(i.status);

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={paths.bulletins.board.getHref()}>
          {t('bulletins.board.title')}
        </Anchor>
      </Text>
      <Stack gap={4}>
        <Text fw={600} data-testid="issue-label">
          {label(i, true)}
        </Text>
        <Title order={1} data-testid="issue-title">
          {i.title}
        </Title>
        <Group gap="sm">
          <IssueStatusBadge status={i.status} />
          {i.status === 'scheduled' && i.scheduledAt && (
            <Text size="sm" data-testid="scheduled-at">
              {t('bulletins.board.scheduledFor', { at: formatDateTime(i.scheduledAt) })}
            </Text>
          )}
          {i.status === 'published' && (
            <Anchor
              component={Link}
              to={paths.bulletins.issue.getHref(i.id)}
              size="sm"
              data-testid="public-link"
            >
              {t('bulletins.issue.publicPage')}
            </Anchor>
          )}
        </Group>
      </Stack>
      {i.status === 'withdrawn' && (
        <Alert color="gray" title={t('bulletins.withdraw.withdrawn')} data-testid="withdraw-reason-view">
          {i.withdrawReason}
          {i.withdrawnAt && (
            <Text size="sm" c="dimmed">
              {formatDateTime(i.withdrawnAt)}
            </Text>
          )}
        </Alert>
      )}
      <IssueActions issue={i} reload={reload} />

      {editing ? (
        <Section id="edit-title" title={t('bulletins.edit.title')}>
          <EditDetails issue={i} reload={reload} onDone={() => setEditing(false)} />
        </Section>
      ) : (
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} component="dl" m={0}>
            <Fact label={t('bulletins.field.volume')}>{i.volume}</Fact>
            <Fact label={t('bulletins.field.issueNumber')}>{i.number}</Fact>
            <Fact label={t('bulletins.field.month')}>{formatMonth(i.month)}</Fact>
            <Fact label={t('bulletins.board.updatedAt')}>{formatDateTime(i.updatedAt)}</Fact>
          </SimpleGrid>
          {i.summary && (
            <Text mt="md" size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="issue-summary">
              {i.summary}
            </Text>
          )}
          {editable !== 'none' && (
            <Group mt="md">
              <Button variant="default" onClick={() => setEditing(true)} data-testid="edit-issue">
                {t('bulletins.edit.button')}
              </Button>
            </Group>
          )}
        </Card>
      )}

      <Section id="files-title" title={t('bulletins.files.title')}>
        <Files issue={i} />
      </Section>
      <Section id="articles-title" title={t('bulletins.placement.title')}>
        <IssueArticles issue={i} />
      </Section>
    </Stack>
  );
}

function EditDetails({
  issue,
  reload,
  onDone,
}: {
  issue: Issue;
  reload: () => Promise<Issue | undefined>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const replace = useReplaceIssue(issue.id);
  return (
    <VersionedEditForm
      record={issue}
      reload={reload}
      mutation={replace}
      toBody={toIssueInput}
      fieldErrors={(problem) => issueServerErrors(problem.fieldErrors()).byField}
      saved={() => t('bulletins.edit.saved')}
      onDone={onDone}
      note={(base) =>
        detailsEditable(base.status) === 'text' && (
          <Alert color="blue" data-testid="published-edit-note">
            {t('bulletins.edit.publishedNote')}
          </Alert>
        )
      }
    >
      {({ base, ...form }) => (
        <IssueForm
          {...form}
          initial={fromIssue(base)}
          numberFixed={detailsEditable(base.status) === 'text'}
          submitLabel={t('bulletins.edit.save')}
        />
      )}
    </VersionedEditForm>
  );
}

/** The full PDF (required to schedule or publish) and the cover; replaceable until publication. */
function Files({ issue: i }: { issue: Issue }) {
  const { t } = useTranslation();
  const label = useIssueLabel();
  const uploadPdf = useUploadIssuePdf(i.id, i.version);
  const uploadCover = useUploadCover(i.id, i.version);
  const downloads = useDownloads<'pdf'>();
  const editable = isEditable(i.status);
  const pdf = i.pdf;

  return (
    <Stack gap="md">
      {downloads.error ? <ProblemAlert error={downloads.error} /> : null}
      <Group align="flex-start" gap="lg" wrap="wrap">
        <IssueCover
          issueId={i.id}
          coverUrl={i.cover?.url}
          coverVersion={i.cover?.id}
          published={i.status === 'published'}
          alt={t('bulletins.issue.coverAlt', { label: label(i) })}
          width={120}
        />
        <Stack gap="sm" style={{ flex: '1 1 320px' }}>
          <div data-testid="issue-pdf">
            <Text size="sm" c="dimmed">
              {t('bulletins.files.pdf')}
            </Text>
            {pdf ? (
              <Group gap="sm" wrap="wrap">
                <Text fw={600} data-testid="issue-pdf-name">
                  {pdf.fileName}
                </Text>
                <Text size="sm" c="dimmed">
                  {fileSize(pdf.sizeBytes)}
                </Text>
                <Button
                  size="xs"
                  variant="light"
                  loading={downloads.busy === 'pdf'}
                  onClick={() =>
                    void downloads.run('pdf', async () => saveBlob(await fetchIssuePdf(i.id), pdf.fileName))
                  }
                  aria-label={t('bulletins.files.downloadNamed', { name: pdf.fileName })}
                >
                  {t('bulletins.files.download')}
                </Button>
              </Group>
            ) : (
              <Text data-testid="issue-pdf-missing">{t('bulletins.files.noPdf')}</Text>
            )}
          </div>
          {editable && (
            <>
              <FileUpload
                label={pdf ? t('bulletins.files.replacePdf') : t('bulletins.files.uploadPdf')}
                help={t('bulletins.files.pdfHelp', { max: fileSize(MAX_ISSUE_PDF_BYTES) })}
                accept="application/pdf,.pdf"
                maxBytes={MAX_ISSUE_PDF_BYTES}
                uploading={uploadPdf.isPending}
                upload={(file, callbacks) => uploadPdf.mutate(file, callbacks)}
                testId="issue-pdf-upload"
              />
              <FileUpload
                label={i.cover ? t('bulletins.files.replaceCover') : t('bulletins.files.uploadCover')}
                help={t('bulletins.files.coverHelp', { max: fileSize(MAX_COVER_BYTES) })}
                accept="image/png,image/jpeg,.png,.jpg,.jpeg"
                maxBytes={MAX_COVER_BYTES}
                uploading={uploadCover.isPending}
                upload={(file, callbacks) => uploadCover.mutate(file, callbacks)}
                testId="cover-upload"
              />
            </>
          )}
        </Stack>
      </Group>
    </Stack>
  );
}
