import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Fact, Section } from '@/components/detail-section';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { VersionedEditForm } from '@/components/versioned-edit-form';
import { isApiError } from '@/lib/api/problem';
import { saveBlob, useDownloads } from '@/lib/download';
import { formatDateTime, fileSize } from '@/lib/format';
import {
  MAX_ARTICLE_PDF_BYTES,
  fetchArticlePdf,
  useArticle,
  useDeleteArticle,
  useIssues,
  usePlaceArticle,
  useReplaceArticle,
  useUploadArticlePdf,
  type Article,
} from '../api/bulletins';
import { articleServerErrors, fromArticle, toArticleInput } from '../api/article-form-model';
import { isEditable, pageRange } from '../api/workflow';
import { ArticleForm } from '../components/article-form';
import { useFieldNames } from '../components/field-names';
import { FileUpload } from '@/components/file-upload';
import { IssueStatusBadge, useIssueLabel } from '../components/labels';
import { Authors } from '../components/table-of-contents';
import { paths } from '@/config/paths';

/** An article on the desk: its text, its PDF, its place in an issue. */
export default function ArticlePage() {
  const { id = '' } = useParams();
  const article = useArticle(id);
  if (!article.isSuccess) return <QueryState query={article} />;
  return <ArticleView article={article.data} reload={async () => (await article.refetch()).data} />;
}

function ArticleView({
  article: a,
  reload,
}: {
  article: Article;
  reload: () => Promise<Article | undefined>;
}) {
  const { t } = useTranslation();
  const label = useIssueLabel();
  const { nameOf } = useFieldNames();
  const [editing, setEditing] = useState(false);
  const issue = a.issue;
  // In a released issue the article stays where it is; only a withdrawn issue freezes its text.
  const movable = !issue || isEditable(issue.status);
  const writable = issue?.status !== 'withdrawn';
  const pages = pageRange(a.pageFrom, a.pageTo);

  return (
    <Stack gap="md">
      <Text size="sm">
        {issue ? (
          <Anchor component={Link} to={paths.bulletins.issueEditor.getHref(issue.id)}>
            {label(issue)}
          </Anchor>
        ) : (
          <Anchor component={Link} to={paths.bulletins.boardArticles.getHref()}>
            {t('bulletins.board.title')}
          </Anchor>
        )}
      </Text>
      <Stack gap={4}>
        <Title order={1} data-testid="article-title">
          {a.title}
        </Title>
        <Authors authors={a.authors} />
      </Stack>

      <Card withBorder data-testid="placement">
        {issue ? (
          <Group gap="sm" wrap="wrap">
            <Text>
              {t('bulletins.article.placedIn', { issue: label(issue), position: a.position ?? '—' })}
            </Text>
            <IssueStatusBadge status={issue.status} />
          </Group>
        ) : (
          <Text data-testid="not-placed">{t('bulletins.desk.notPlaced')}</Text>
        )}
        {movable && <Placement article={a} reload={reload} />}
      </Card>

      {editing ? (
        <Section id="edit-title" title={t('bulletins.article.edit')}>
          <EditArticle article={a} reload={reload} onDone={() => setEditing(false)} />
        </Section>
      ) : (
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
            <Fact label={t('bulletins.field.fields')}>
              {a.fieldCodes.length > 0 && (
                <Group gap={4} component="span">
                  {a.fieldCodes.map((code) => (
                    <Badge key={code} variant="outline" color="blue.9" tt="none">
                      {nameOf(code)}
                    </Badge>
                  ))}
                </Group>
              )}
            </Fact>
            <Fact label={t('bulletins.field.keywords')}>{a.keywords.join(', ')}</Fact>
            <Fact label={t('bulletins.field.pages')}>{pages}</Fact>
          </SimpleGrid>
          {a.abstractText && (
            <Text mt="md" size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="article-abstract">
              {a.abstractText}
            </Text>
          )}
          <Text mt="sm" size="xs" c="dimmed">
            {t('bulletins.article.updatedAt', { at: formatDateTime(a.updatedAt) })}
          </Text>
          {writable && (
            <Group mt="md">
              <Button variant="default" onClick={() => setEditing(true)} data-testid="edit-article">
                {t('bulletins.article.edit')}
              </Button>
            </Group>
          )}
        </Card>
      )}

      <Section id="article-pdf-title" title={t('bulletins.files.articlePdf')}>
        <ArticlePdf article={a} uploadable={movable} />
      </Section>
      {movable && <DeleteArticle article={a} reload={reload} />}
    </Stack>
  );
}

/** Puts the article in an issue in preparation (at the end), moves it to another, or takes it out. */
function Placement({ article: a, reload }: { article: Article; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const label = useIssueLabel();
  const issues = useIssues({ page: 1, size: 50 });
  const place = usePlaceArticle();
  const conflict = useConflict(reload);
  const [target, setTarget] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const options = (issues.data?.items ?? [])
    .filter((i) => isEditable(i.status) && i.id !== a.issue?.id)
    .map((i) => ({ value: i.id, label: `${label(i)} · ${i.title}` }));

  const send = (issueId: string | undefined, done: string) => {
    setError(null);
    place.mutate(
      { id: a.id, issueId, version: a.version },
      {
        onSuccess: () => {
          setTarget(null);
          notifySuccess(done);
        },
        onError: (e) => conflict.handle(e, setError),
      },
    );
  };

  return (
    <Stack gap="sm" mt="sm">
      {error ? <ProblemAlert error={error} /> : null}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={a.issue ? t('bulletins.article.moveTo') : t('bulletins.article.placeIn')}
          placeholder={t('bulletins.article.chooseIssue')}
          description={t('bulletins.article.placeHelp')}
          value={target}
          onChange={setTarget}
          data={options}
          nothingFoundMessage={t('bulletins.article.noOpenIssue')}
          style={{ flex: '1 1 320px' }}
          data-testid="place-issue"
        />
        <Button
          disabled={!target || place.isPending}
          loading={place.isPending && place.variables?.issueId !== undefined}
          onClick={() => target && send(target, t('bulletins.placement.added', { title: a.title }))}
          data-testid="place-button"
        >
          {t('bulletins.placement.addButton')}
        </Button>
        {a.issue && (
          <Button
            variant="outline"
            color="red.9"
            disabled={place.isPending}
            onClick={() => send(undefined, t('bulletins.placement.removed', { title: a.title }))}
            data-testid="unplace"
          >
            {t('bulletins.placement.remove')}
          </Button>
        )}
      </Group>
      {conflict.dialog}
    </Stack>
  );
}

function EditArticle({
  article,
  reload,
  onDone,
}: {
  article: Article;
  reload: () => Promise<Article | undefined>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const replace = useReplaceArticle(article.id);
  return (
    <VersionedEditForm
      record={article}
      reload={reload}
      mutation={replace}
      toBody={toArticleInput}
      fieldErrors={(problem) => articleServerErrors(problem.fieldErrors()).byField}
      saved={() => t('bulletins.article.saved')}
      onDone={onDone}
      note={(base) =>
        base.issue?.status === 'published' && (
          <Alert color="blue" data-testid="published-edit-note">
            {t('bulletins.article.publishedNote')}
          </Alert>
        )
      }
    >
      {({ base, ...form }) => (
        <ArticleForm {...form} initial={fromArticle(base)} submitLabel={t('bulletins.article.save')} />
      )}
    </VersionedEditForm>
  );
}

function ArticlePdf({ article: a, uploadable }: { article: Article; uploadable: boolean }) {
  const { t } = useTranslation();
  const upload = useUploadArticlePdf(a.id, a.version);
  const downloads = useDownloads<'pdf'>();
  const pdf = a.pdf;
  return (
    <Stack gap="sm">
      {downloads.error ? <ProblemAlert error={downloads.error} /> : null}
      {pdf ? (
        <Group gap="sm" wrap="wrap" data-testid="article-pdf">
          <Text fw={600}>{pdf.fileName}</Text>
          <Text size="sm" c="dimmed">
            {fileSize(pdf.sizeBytes)}
          </Text>
          <Button
            size="xs"
            variant="light"
            loading={downloads.busy === 'pdf'}
            onClick={() =>
              void downloads.run('pdf', async () => saveBlob(await fetchArticlePdf(a.id), pdf.fileName))
            }
            aria-label={t('bulletins.files.downloadNamed', { name: pdf.fileName })}
          >
            {t('bulletins.files.download')}
          </Button>
        </Group>
      ) : (
        <Text data-testid="article-pdf-missing">{t('bulletins.files.noArticlePdf')}</Text>
      )}
      {uploadable && (
        <FileUpload
          label={pdf ? t('bulletins.files.replacePdf') : t('bulletins.files.uploadPdf')}
          help={t('bulletins.files.pdfHelp', { max: fileSize(MAX_ARTICLE_PDF_BYTES) })}
          accept="application/pdf,.pdf"
          maxBytes={MAX_ARTICLE_PDF_BYTES}
          uploading={upload.isPending}
          upload={(file, callbacks) => upload.mutate(file, callbacks)}
          testId="article-pdf-upload"
        />
      )}
    </Stack>
  );
}

function DeleteArticle({ article: a, reload }: { article: Article; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteArticle();
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = useConflict(reload);
  const back = a.issue
    ? paths.bulletins.issueEditor.getHref(a.issue.id)
    : paths.bulletins.boardArticles.getHref();
  return (
    <Group>
      <Button
        variant="outline"
        color="red.9"
        onClick={() => {
          setError(null);
          setOpened(true);
        }}
        data-testid="delete-article"
      >
        {t('bulletins.article.delete')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('bulletins.article.deleteTitle')}
        body={t('bulletins.article.deleteBody', { title: a.title })}
        confirmLabel={t('bulletins.article.delete')}
        confirmColor="red.9"
        busy={remove.isPending}
        error={error}
        onConfirm={() =>
          remove.mutate(
            { id: a.id, version: a.version },
            {
              onSuccess: () => {
                setOpened(false);
                notifySuccess(t('bulletins.article.deleted', { title: a.title }));
                void navigate(back);
              },
              onError: (e) => {
                if (isApiError(e, 412)) setOpened(false);
                conflict.handle(e, setError);
              },
            },
          )
        }
        onClose={() => setOpened(false)}
        testId="delete-article-dialog"
        confirmTestId="confirm-delete-article"
      />
      {conflict.dialog}
    </Group>
  );
}
