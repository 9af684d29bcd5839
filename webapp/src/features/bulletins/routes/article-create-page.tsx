import { Alert, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { useNavigate, useSearchParams } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { CreateRecordForm } from '@/components/create-form';
import { useCreateArticle, useIssue, usePlaceArticle } from '../api/bulletins';
import { articleServerErrors, emptyArticleValues, toArticleInput } from '../api/article-form-model';
import { ArticleForm } from '../components/article-form';
import { useIssueLabel } from '../components/labels';
import { paths } from '@/config/paths';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * A new article for the desk; opened from an issue (?issueId=…), it is placed at the end of that issue
 * once written.
 */
export default function ArticleCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const issueId = UUID.test(params.get('issueId') ?? '') ? (params.get('issueId') as string) : undefined;
  return issueId ? (
    <ForIssue issueId={issueId} />
  ) : (
    <CreateArticle
      back={paths.bulletins.boardArticles.getHref()}
      onCancel={() => void navigate(paths.bulletins.boardArticles.getHref())}
    >
      <Text size="sm" c="dimmed">
        {t('bulletins.article.createIntro')}
      </Text>
    </CreateArticle>
  );
}

function ForIssue({ issueId }: { issueId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const issue = useIssue(issueId);
  const label = useIssueLabel();
  const back = paths.bulletins.issueEditor.getHref(issueId);
  return (
    <CreateArticle back={back} issueId={issueId} onCancel={() => void navigate(back)}>
      {issue.data && (
        <Alert color="blue" data-testid="target-issue">
          {t('bulletins.article.willBePlaced', { issue: label(issue.data), title: issue.data.title })}
        </Alert>
      )}
    </CreateArticle>
  );
}

function CreateArticle({
  back,
  issueId,
  onCancel,
  children,
}: {
  back: string;
  issueId?: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateArticle();
  const place = usePlaceArticle();
  const [initial] = useState(emptyArticleValues);

  return (
    <Stack gap="md">
      <PageHeader
        back={{ to: back, label: issueId ? t('bulletins.article.backToIssue') : t('bulletins.board.title') }}
        title={t('bulletins.article.createTitle')}
      />
      {children}
      <CreateRecordForm
        mutation={create}
        toBody={toArticleInput}
        fieldErrors={(problem) => articleServerErrors(problem.fieldErrors()).byField}
        onCreated={(created) => {
          notifySuccess(t('bulletins.article.created', { title: created.title }));
          if (!issueId) {
            void navigate(paths.bulletins.article.getHref(created.id));
            return;
          }
          place.mutate(
            { id: created.id, issueId, version: created.version },
            {
              onSuccess: () => void navigate(back),
              // Written but not placed (e.g. the issue was published meanwhile): its own page says so.
              onError: () => void navigate(paths.bulletins.article.getHref(created.id)),
            },
          );
        }}
      >
        {(form) => (
          <ArticleForm
            {...form}
            initial={initial}
            submitLabel={t('bulletins.article.create')}
            submitting={create.isPending || place.isPending}
            onCancel={onCancel}
          />
        )}
      </CreateRecordForm>
    </Stack>
  );
}
