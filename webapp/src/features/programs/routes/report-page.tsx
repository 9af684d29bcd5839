import { Anchor, Button, Card, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/list-page';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { DocumentDownloads } from '@/components/document-downloads';
import { saveBlob, useDownloads } from '@/lib/download';
import { formatDate } from '@/lib/format';
import {
  fetchReportDocument,
  fetchReportFile,
  useAnnualReport,
  useProgram,
  type AnnualReport,
  type AnnualReportTask,
} from '../api/programs';
import { TaskStatusBadge } from '../components/labels';
import { ReportTotals } from '../components/report-totals';
import { paths } from '@/config/paths';

/** A titled section listing tasks (late, at risk), or saying there are none. */
function TaskListCard(props: {
  id: string;
  title: string;
  empty: string;
  tasks: AnnualReportTask[];
  testId: string;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={props.id}>
      <Title order={2} size="h3" mb="sm" id={props.id}>
        {props.title}
      </Title>
      {props.tasks.length === 0 ? (
        <Text c="dimmed">{props.empty}</Text>
      ) : (
        <TaskTable tasks={props.tasks} testId={props.testId} />
      )}
    </Card>
  );
}

function TaskTable({ tasks, testId }: { tasks: AnnualReportTask[]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <ListTable
      columns={[
        t('programs.report.label'),
        t('programs.report.task'),
        t('programs.field.status'),
        t('programs.report.latest'),
      ]}
      minWidth={560}
      testId={testId}
      striped={false}
    >
      {tasks.map((task) => (
        <Table.Tr key={task.taskId} data-testid="report-task">
          <Table.Td>{task.label}</Table.Td>
          <Table.Td>
            <Anchor component={Link} to={paths.programs.task.getHref(task.taskId)} size="sm">
              {task.shortTitle ?? task.text}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <TaskStatusBadge
              status={task.status}
              late={task.late}
              atRisk={task.atRisk}
              percent={task.percent}
            />
          </Table.Td>
          <Table.Td>
            {task.latestProgress ? (
              <Text size="sm">
                {formatDate(task.latestProgress.reportedOn)}: {task.latestProgress.narrative}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('programs.report.noProgress')}
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}

export default function ReportPage() {
  const { id = '', year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const program = useProgram(id);
  const report = useAnnualReport(id, year);
  const years = program.data
    ? Array.from({ length: program.data.endYear - program.data.startYear + 1 }, (_, i) =>
        String(program.data.startYear + i),
      )
    : [String(year)];

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={paths.programs.detail.getHref(id)}>
          {program.data?.documentNumber ?? t('programs.list.title')}
        </Anchor>
      </Text>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1}>{t('programs.report.title', { year })}</Title>
        <Select
          label={t('programs.report.year')}
          w={120}
          allowDeselect={false}
          value={String(year)}
          onChange={(v) => v && void navigate(paths.programs.report.getHref(id, v))}
          data={years}
          data-testid="report-year"
        />
      </Group>
      {report.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <ReportBody report={report.data} />
      )}
    </Stack>
  );
}

function ReportBody({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  const { busy, error, run } = useDownloads<'csv' | 'xlsx'>();
  const base = `bao-cao-${report.programNumber.replace(/[^\w-]+/g, '-')}-${report.year}`;

  const downloadFile = (format: 'csv' | 'xlsx') =>
    run(format, async () =>
      saveBlob(await fetchReportFile(report.programId, report.year, format), `${base}.${format}`),
    );

  return (
    <Stack gap="md">
      <Text size="sm">
        {report.unionName} · {report.programNumber} · {t('programs.report.generatedOn')}{' '}
        {formatDate(report.generatedOn)}
      </Text>
      <Group gap="sm" wrap="wrap" align="flex-start" data-print="hide">
        <Button loading={busy === 'csv'} onClick={() => void downloadFile('csv')} data-testid="download-csv">
          {t('programs.report.downloadCsv')}
        </Button>
        <Button
          variant="default"
          loading={busy === 'xlsx'}
          onClick={() => void downloadFile('xlsx')}
          data-testid="download-xlsx"
        >
          {t('exports.downloadXlsx')}
        </Button>
        <DocumentDownloads
          testId="report"
          fetchDocument={(format) => fetchReportDocument(report.programId, report.year, format)}
        />
      </Group>
      {error ? <ProblemAlert error={error} /> : null}
      <ReportTotals totals={report.totals} />
      {report.sections.map((section) => (
        <Card withBorder component="section" key={section.section} aria-label={section.title}>
          <Title order={2} size="h3" mb="sm">
            {section.title}
          </Title>
          {section.leadUnits.length === 0 ? (
            <EmptyState />
          ) : (
            <Stack gap="md">
              {section.leadUnits.map((group) => (
                <div key={group.leadUnit}>
                  <Title order={3} size="h5" mb={4}>
                    {group.leadUnit || t('programs.report.noLeadUnit')}
                  </Title>
                  <TaskTable tasks={group.tasks} />
                </div>
              ))}
            </Stack>
          )}
        </Card>
      ))}
      <TaskListCard
        id="late-title"
        title={t('programs.report.lateTitle')}
        empty={t('programs.report.noneLate')}
        tasks={report.late}
        testId="late-tasks"
      />
      <TaskListCard
        id="risk-title"
        title={t('programs.report.atRiskTitle')}
        empty={t('programs.report.noneAtRisk')}
        tasks={report.atRisk}
        testId="at-risk-tasks"
      />
      <Card withBorder component="section" aria-labelledby="recipients-title">
        <Title order={2} size="h3" mb="sm" id="recipients-title">
          {t('programs.view.recipients')}
        </Title>
        <List size="sm">
          {report.recipients.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      </Card>
    </Stack>
  );
}
