import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Section } from '@/components/detail-section';
import { EmptyState, QueryState } from '@/components/page-states';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDateTime } from '@/lib/format';
import { useIssue, type Issue } from '../api/bulletins';
import { IssueCover } from '../components/issue-cover';
import { IssueStatusBadge, useIssueLabel } from '../components/labels';
import { PdfReader } from '../components/pdf-reader';
import { TableOfContents } from '../components/table-of-contents';
import { paths } from '@/config/paths';

/** A published issue for the public: cover, table of contents and the full text read in the browser. */
export default function IssuePage() {
  const { id = '' } = useParams();
  const issue = useIssue(id);
  if (!issue.isSuccess) return <QueryState query={issue} />;
  return <IssueView issue={issue.data} />;
}

function IssueView({ issue: i }: { issue: Issue }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const label = useIssueLabel();
  const office = auth.hasRole('staff', 'admin');
  const published = i.status === 'published';

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={paths.bulletins.archive.getHref()}>
          {t('bulletins.archive.title')}
        </Anchor>
      </Text>
      <Group align="flex-start" gap="lg" wrap="wrap">
        <IssueCover
          issueId={i.id}
          coverUrl={i.cover?.url}
          coverVersion={i.cover?.id}
          published={published}
          alt={t('bulletins.issue.coverAlt', { label: label(i) })}
          width={180}
        />
        <Stack gap="xs" style={{ flex: '1 1 320px' }}>
          <Text fw={600} data-testid="issue-label">
            {label(i, true)}
          </Text>
          <Title order={1} data-testid="issue-title">
            {i.title}
          </Title>
          {i.publishedAt && (
            <Text size="sm" c="dimmed">
              {t('bulletins.issue.publishedAt', { at: formatDateTime(i.publishedAt) })}
            </Text>
          )}
          {i.summary && (
            <Text style={{ whiteSpace: 'pre-line' }} data-testid="issue-summary">
              {i.summary}
            </Text>
          )}
          {office && (
            <Group gap="sm">
              <IssueStatusBadge status={i.status} />
              <Button
                component={Link}
                to={paths.bulletins.issueEditor.getHref(i.id)}
                variant="default"
                size="xs"
                data-testid="to-editor"
              >
                {t('bulletins.issue.openEditor')}
              </Button>
            </Group>
          )}
        </Stack>
      </Group>
      {!published && (
        <Alert color="blue" data-testid="not-public">
          {t('bulletins.issue.notPublic')}
        </Alert>
      )}
      <Section id="toc-title" title={t('bulletins.toc.title')}>
        <TableOfContents entries={i.tableOfContents} public={published} />
      </Section>
      {published && (
        <Section id="reader-title" title={t('bulletins.reader.title')}>
          {i.pdf ? (
            <PdfReader pdf={i.pdf} title={i.title} />
          ) : (
            <EmptyState message={t('bulletins.reader.none')} />
          )}
        </Section>
      )}
    </Stack>
  );
}
