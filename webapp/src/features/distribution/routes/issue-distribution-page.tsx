import { Alert, Anchor, Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  listPager,
  ExportMenu,
  FilterSelect,
  ListPagination,
  SortSelect,
  useListState,
} from '@/components/list-page';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { useConflict } from '@/components/use-conflict';
import { tk } from '@/i18n';
import { isApiError } from '@/lib/api/problem';
import { formatNumber } from '@/lib/format';
import {
  RECIPIENT_KINDS,
  downloadIssueDistributionExport,
  useDeleteRecord,
  useIssueDistribution,
  type DistributionRecord,
  type IssueDistribution,
  type RecordQuery,
} from '../api/distribution';
import { RECORD_SORTS, recordParams } from '../api/params';
import type { SendingMode } from '../api/record-form-model';
import { DistributionNav } from '../components/distribution-nav';
import { IssuePicker } from '../components/issue-picker';
import { KindTotalsTable } from '../components/kind-totals-table';
import { ISSUE_STATUS_LABEL, KIND_LABEL } from '../components/labels';
import { RecordsTable } from '../components/records-table';
import { SendingDialog } from '../components/sending-dialog';
import { paths } from '@/config/paths';

const SORT_LABEL: Record<(typeof RECORD_SORTS)[number], string> = {
  'district,recipient': tk('distribution.records.sort.district'),
  recipient: tk('distribution.records.sort.recipient'),
  '-sentOn': tk('distribution.records.sort.sentOn'),
  '-copies': tk('distribution.records.sort.copies'),
  '-createdAt': tk('distribution.records.sort.createdAt'),
};

/**
 * The distribution of one published issue: choose the issue, see what was sent to whom (with its
 * totals, per kind of recipient), send it to a whole list, record a single sending, correct or
 * delete a record. The records' filter, sort and page live in the URL.
 */
export default function IssueDistributionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { issueId } = useParams();
  const { query, go } = useListState(recordParams);
  const distribution = useIssueDistribution(issueId, query);

  return (
    <Stack gap="md">
      <Title order={1}>{t('distribution.issue.title')}</Title>
      <DistributionNav current="issues" />
      <IssuePicker
        selected={distribution.data?.issue}
        onChange={(id) => id !== issueId && void navigate(paths.distribution.issue.getHref(id))}
      />
      {issueId === undefined ? (
        <Text c="dimmed" data-testid="pick-an-issue">
          {t('distribution.issue.pickFirst')}
        </Text>
      ) : distribution.isPending ? (
        <LoadingState />
      ) : distribution.isError ? (
        <ErrorState error={distribution.error} onRetry={() => void distribution.refetch()} />
      ) : (
        <IssueView
          issueId={issueId}
          data={distribution.data}
          query={query}
          onQuery={go}
          reload={() => distribution.refetch()}
        />
      )}
    </Stack>
  );
}

function IssueView({
  issueId,
  data,
  query,
  onQuery,
  reload,
}: {
  issueId: string;
  data: IssueDistribution;
  query: RecordQuery;
  onQuery: (query: RecordQuery) => void;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [sending, setSending] = useState<SendingMode | null>(null);
  const [correcting, setCorrecting] = useState<DistributionRecord>();
  const [deleting, setDeleting] = useState<DistributionRecord | null>(null);
  const remove = useDeleteRecord(issueId);
  const conflict = useConflict(reload);
  const published = data.issue.status === 'published';
  const update = (change: Partial<RecordQuery>) => onQuery({ ...query, page: 1, ...change });

  return (
    <Stack gap="md" data-testid="issue-distribution" data-issue-id={issueId}>
      {!published && (
        <Alert color="orange" role="status" data-testid="not-published">
          {t('distribution.issue.notPublished', { status: t(ISSUE_STATUS_LABEL[data.issue.status]) })}
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Card withBorder>
              <Text size="sm" c="dimmed">
                {t('distribution.issue.recipients')}
              </Text>
              <Text fz={28} fw={700} data-testid="issue-recipients">
                {formatNumber(data.recipients)}
              </Text>
            </Card>
            <Card withBorder>
              <Text size="sm" c="dimmed">
                {t('distribution.issue.copies')}
              </Text>
              <Text fz={28} fw={700} data-testid="issue-copies">
                {formatNumber(data.copies)}
              </Text>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder h="100%">
            {data.byKind.some((k) => k.records > 0) ? (
              <KindTotalsTable
                totals={data.byKind.filter((k) => k.records > 0)}
                caption={t('distribution.issue.byKind')}
                testId="issue-kind-totals"
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('distribution.issue.nothingYet')}
              </Text>
            )}
          </Card>
        </Grid.Col>
      </Grid>
      {published && (
        <Group gap="sm">
          <Button onClick={() => setSending('batch')} data-testid="send-to-list">
            {t('distribution.issue.sendToList')}
          </Button>
          <Button variant="default" onClick={() => setSending('record')} data-testid="add-record">
            {t('distribution.issue.addRecord')}
          </Button>
          <Anchor component={Link} to={paths.distribution.lists.getHref()} size="sm">
            {t('distribution.issue.manageLists')}
          </Anchor>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <FilterSelect
          label={t('distribution.recipient.kind')}
          placeholder={t('distribution.any')}
          value={query.kind}
          values={RECIPIENT_KINDS}
          optionLabel={(k) => t(KIND_LABEL[k])}
          onChange={(kind) => update({ kind })}
          testId="record-filter-kind"
        />
        <SortSelect
          label={t('distribution.sortBy')}
          value={query.sort as (typeof RECORD_SORTS)[number]}
          sorts={RECORD_SORTS}
          sortLabel={SORT_LABEL}
          onChange={(sort) => update({ sort })}
          testId="record-sort"
        />
      </SimpleGrid>
      <Group justify="flex-end">
        <ExportMenu download={(format) => downloadIssueDistributionExport(issueId, query, format)} />
      </Group>
      {data.items.length === 0 ? (
        <EmptyState
          message={query.kind ? t('distribution.records.noneOfKind') : t('distribution.records.none')}
        />
      ) : (
        <>
          <RecordsTable
            records={data.items}
            onCorrect={(r) => {
              setCorrecting(r);
              setSending('correct');
            }}
            onDelete={(r) => {
              remove.reset();
              setDeleting(r);
            }}
          />
          <ListPagination {...listPager(query, onQuery, data)} totalKey={tk('distribution.records.count')} />
        </>
      )}
      <SendingDialog
        issueId={issueId}
        mode={sending}
        record={sending === 'correct' ? correcting : undefined}
        onClose={() => setSending(null)}
        reload={reload}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('distribution.record.deleteTitle')}
        body={t('distribution.record.deleteBody', {
          name: deleting?.recipientName ?? '',
          copies: formatNumber(deleting?.copies),
        })}
        confirmLabel={t('common.delete')}
        confirmColor="red.8"
        busy={remove.isPending}
        error={isApiError(remove.error, 412) ? null : remove.error}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(
            { recordId: deleting.id, version: deleting.version },
            {
              onSuccess: () => {
                notifySuccess(t('distribution.record.deleted', { name: deleting.recipientName }));
                setDeleting(null);
              },
              onError: (e) => {
                if (isApiError(e, 412)) setDeleting(null);
                conflict.handle(e);
              },
            },
          );
        }}
        onClose={() => setDeleting(null)}
        testId="delete-record-dialog"
        confirmTestId="confirm-delete-record"
      />
      {conflict.dialog}
    </Stack>
  );
}
