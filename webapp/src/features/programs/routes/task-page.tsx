import {
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { UploadProgress, useUploadProgress } from '@/components/file-upload';
import { notifySuccess } from '@/components/notify';
import { isUploadCancelled } from '@/lib/api/files';
import { EmptyState, QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth/auth-context';
import { saveBlob, useDownloads } from '@/lib/download';
import { formatDate, formatDateTime } from '@/lib/format';
import {
  fetchEvidence,
  useProgramTask,
  useReportProgress,
  useUploadEvidence,
  type ProgramTask,
  type TaskStatus,
} from '../api/programs';
import { SECTION_LABEL, TaskStatusBadge, taskStatusOptions } from '../components/labels';
import { TaskEditForm } from '../components/task-edit-form';
import { DateField } from '@/components/date-fields';
import { paths } from '@/config/paths';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}

export default function TaskPage() {
  const { id = '' } = useParams();
  const task = useProgramTask(id);
  if (!task.isSuccess) return <QueryState query={task} />;
  return <TaskView task={task.data} reload={async () => (await task.refetch()).data} />;
}

function TaskView({ task, reload }: { task: ProgramTask; reload: () => Promise<ProgramTask | undefined> }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const staff = auth.hasRole('staff', 'admin');
  const [editing, setEditing] = useState(false);
  const downloads = useDownloads<string>();

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={paths.programs.detail.getHref(task.programId)}>
          {t('programs.task.backToProgram')}
        </Anchor>
      </Text>
      <Title order={1} data-testid="task-title">
        {task.shortTitle ?? t('programs.task.title', { label: task.label, year: task.year })}
      </Title>
      <Card withBorder>
        <Text style={{ whiteSpace: 'pre-line' }} data-testid="task-text">
          {task.text}
        </Text>
      </Card>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <Field label={t('programs.field.section')}>{t(SECTION_LABEL[task.section])}</Field>
        <Field label={t('programs.field.year')}>{task.year}</Field>
        <Field label={t('programs.field.status')}>
          <TaskStatusBadge
            status={task.status}
            late={task.late}
            atRisk={task.atRisk}
            percent={task.latestPercent}
          />
        </Field>
        <Field label={t('programs.field.leadUnit')}>{task.leadUnit ?? '—'}</Field>
        <Field label={t('programs.field.coordinators')}>
          {task.coordinators.length === 0 ? '—' : task.coordinators.map((c) => c.name).join('; ')}
        </Field>
        <Field label={t('programs.field.plan')}>
          {formatDate(task.plannedStart)} – {formatDate(task.plannedEnd)}
        </Field>
      </SimpleGrid>
      {staff && !editing && (
        <Group>
          <Button variant="default" onClick={() => setEditing(true)} data-testid="edit-task">
            {t('programs.task.edit')}
          </Button>
        </Group>
      )}
      {staff && editing && <TaskEditForm initial={task} reload={reload} onDone={() => setEditing(false)} />}
      {task.canReport && <ProgressForm task={task} />}
      <Card withBorder component="section" aria-labelledby="history-title">
        <Title order={2} size="h3" mb="sm" id="history-title">
          {t('programs.task.history')}
        </Title>
        {downloads.error ? <ProblemAlert error={downloads.error} /> : null}
        {task.progress.length === 0 ? (
          <EmptyState message={t('programs.task.noProgress')} />
        ) : (
          <Stack gap="sm" data-testid="progress-history">
            {task.progress.map((p) => (
              <Card withBorder key={p.id} padding="sm" data-testid="progress-entry">
                <Group gap="sm" wrap="wrap">
                  <Text fw={700}>{formatDate(p.reportedOn)}</Text>
                  {p.percent !== undefined && <Text>{p.percent}%</Text>}
                  {p.milestone && <Text fw={600}>{p.milestone}</Text>}
                  <Text size="sm" c="dimmed">
                    {t('programs.task.reportedBy', { user: p.reportedBy, at: formatDateTime(p.createdAt) })}
                  </Text>
                </Group>
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
                  {p.narrative}
                </Text>
                {p.evidence.length > 0 && (
                  <Group gap="xs" mt="xs">
                    {p.evidence.map((ev) => (
                      <Button
                        key={ev.id}
                        size="xs"
                        variant="light"
                        onClick={() =>
                          void downloads.run(ev.id, async () =>
                            saveBlob(await fetchEvidence(task.id, p.id, ev.id), ev.fileName),
                          )
                        }
                      >
                        {t('programs.task.downloadEvidence', { name: ev.fileName })}
                      </Button>
                    ))}
                  </Group>
                )}
              </Card>
            ))}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function ProgressForm({ task }: { task: ProgramTask }) {
  const { t } = useTranslation();
  const report = useReportProgress(task.id);
  const upload = useUploadEvidence(task.id);
  const progress = useUploadProgress(upload.isPending);
  const [reportedOn, setReportedOn] = useState(today);
  const [percent, setPercent] = useState<number | string>('');
  const [milestone, setMilestone] = useState('');
  const [narrative, setNarrative] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [formKey, setFormKey] = useState(newIdempotencyKey);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fields = error instanceof ApiError ? error.fieldErrors() : {};

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!narrative.trim() || !reportedOn) {
      setMissing(true);
      return;
    }
    setMissing(false);
    report.mutate(
      {
        idempotencyKey: formKey,
        body: {
          reportedOn,
          percent: percent === '' ? undefined : Number(percent),
          milestone: milestone.trim() || undefined,
          narrative: narrative.trim(),
          status: (status as TaskStatus | null) ?? undefined,
        },
      },
      {
        onSuccess: (created) => {
          const reset = () => {
            setPercent('');
            setMilestone('');
            setNarrative('');
            setStatus(null);
            setFile(null);
            setFormKey(newIdempotencyKey());
          };
          if (file) {
            progress.start(file);
            upload.mutate(
              { progressId: created.id, file },
              {
                onSuccess: () => {
                  notifySuccess(t('programs.progress.saved'));
                  reset();
                },
                // The report is saved; only the file failed or was cancelled: keep it chosen so it can be sent again.
                onError: (err) =>
                  isUploadCancelled(err)
                    ? notifySuccess(t('inputs.uploadCancelled', { name: file.name }))
                    : setError(err),
              },
            );
          } else {
            notifySuccess(t('programs.progress.saved'));
            reset();
          }
        },
        onError: (err) => setError(err),
      },
    );
  };

  return (
    <Card withBorder component="section" aria-labelledby="progress-title">
      <Title order={2} size="h3" mb="sm" id="progress-title">
        {t('programs.progress.title')}
      </Title>
      <form onSubmit={submit} noValidate data-testid="progress-form">
        <Stack gap="sm">
          {error ? <ProblemAlert error={error} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField
              label={t('programs.progress.reportedOn')}
              required
              value={reportedOn}
              onChange={(e) => setReportedOn(e.currentTarget.value)}
              error={fields.reportedOn ?? (missing && !reportedOn ? t('validation.required') : undefined)}
            />
            <NumberInput
              label={t('programs.progress.percent')}
              min={0}
              max={100}
              suffix="%"
              value={percent}
              onChange={setPercent}
              error={fields.percent}
            />
            <Select
              label={t('programs.progress.newStatus')}
              clearable
              clearButtonProps={{ 'aria-label': t('common.clear') }}
              placeholder={t('programs.progress.unchanged')}
              value={status}
              onChange={setStatus}
              data={taskStatusOptions(t)}
            />
          </SimpleGrid>
          <TextInput
            label={t('programs.progress.milestone')}
            maxLength={300}
            value={milestone}
            onChange={(e) => setMilestone(e.currentTarget.value)}
            error={fields.milestone}
          />
          <Textarea
            label={t('programs.progress.narrative')}
            required
            autosize
            minRows={3}
            value={narrative}
            onChange={(e) => setNarrative(e.currentTarget.value)}
            error={fields.narrative ?? (missing && !narrative.trim() ? t('validation.required') : undefined)}
          />
          <FileInput
            label={t('programs.progress.evidence')}
            description={t('programs.progress.evidenceHelp')}
            accept="application/pdf,image/png,image/jpeg"
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            value={file}
            onChange={setFile}
          />
          <UploadProgress progress={progress} testId="evidence" />
          <Group justify="flex-end">
            <Button type="submit" loading={report.isPending || upload.isPending} data-testid="save-progress">
              {t('programs.progress.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
