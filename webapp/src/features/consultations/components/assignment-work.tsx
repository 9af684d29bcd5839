import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Stack,
  Text,
  Textarea,
  VisuallyHidden,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConflict } from '@/components/use-conflict';
import { tk } from '@/i18n';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { ApiError } from '@/lib/api/problem';
import { formatDateTime } from '@/lib/format';
import {
  fetchAssignment,
  fetchAttachment,
  useAnswer,
  useDeclare,
  useUploadAttachment,
  useWriteOpinion,
  type Assignment,
  type ConsultationStatus,
  FILE_ACCEPT,
  MAX_FILE_BYTES,
} from '../api/consultations';
import { assignmentStep, stepIndex } from '../api/workflow';
import { FileList } from './file-list';
import { FileUpload } from '@/components/file-upload';
import { STEP_LABEL } from './labels';
import { paths } from '@/config/paths';

const OPINION_MAX = 50_000;
const REASON_MAX = 2000;

/**
 * The expert's work on one assignment, one step at a time: the conflict-of-interest declaration,
 * then accept or decline, then the opinion (draft or submitted) with its attachments.
 */
export function AssignmentWork({
  assignment,
  consultationId,
  consultationStatus,
  consultationLink,
}: {
  assignment: Assignment;
  consultationId: string;
  consultationStatus: ConsultationStatus;
  /** Shown once the documents may be read (the consultation page itself leaves it out). */
  consultationLink?: boolean;
}) {
  const { t } = useTranslation();
  const step = assignmentStep(assignment.status, consultationStatus);
  const active = stepIndex(step);

  return (
    <Stack gap="sm" data-testid="assignment-work" data-step={step}>
      {(step === 'declare' || step === 'answer' || step === 'write' || step === 'submitted') && (
        <StepGuide active={active} />
      )}
      <Text fw={600} data-testid="next-step">
        {t(STEP_LABEL[step])}
      </Text>
      {step === 'declare' && <DeclareStep assignment={assignment} consultationId={consultationId} />}
      {step === 'answer' && <AnswerStep assignment={assignment} consultationId={consultationId} />}
      {step === 'write' && <OpinionStep assignment={assignment} consultationId={consultationId} />}
      {step === 'submitted' && <SubmittedOpinion assignment={assignment} consultationId={consultationId} />}
      {step === 'ended' && <Ended assignment={assignment} />}
      {consultationLink && step !== 'declare' && step !== 'ended' && (
        <Text size="sm">
          <Anchor
            component={Link}
            to={paths.consultations.detail.getHref(consultationId)}
            data-testid="read-documents"
          >
            {t('consultations.work.readDocuments')}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}

const GUIDE = [
  tk('consultations.work.stepDeclare'),
  tk('consultations.work.stepAnswer'),
  tk('consultations.work.stepOpinion'),
];

/** The three steps in a row: done ones ticked, the current one highlighted (aria-current). */
function StepGuide({ active }: { active: number }) {
  const { t } = useTranslation();
  return (
    <Group
      component="ol"
      gap="xs"
      wrap="wrap"
      aria-label={t('consultations.work.steps')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {GUIDE.map((label, i) => (
        <li key={label} aria-current={i === active ? 'step' : undefined}>
          <Badge
            variant={i === active ? 'filled' : 'outline'}
            color={i < active ? 'teal.9' : i === active ? 'blue.8' : 'gray.7'}
            tt="none"
            size="lg"
          >
            {i < active ? '✓ ' : `${i + 1}. `}
            {t(label)}
            {i < active && <VisuallyHidden> ({t('consultations.work.done')})</VisuallyHidden>}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

function DeclareStep({ assignment, consultationId }: { assignment: Assignment; consultationId: string }) {
  const { t } = useTranslation();
  const declare = useDeclare(consultationId, assignment.id);
  return (
    <ChoiceStep
      title={t('consultations.declare.title')}
      intro={
        <>
          <Text size="sm">{t('consultations.declare.statement')}</Text>
          <Text size="sm" c="dimmed">
            {t('consultations.declare.examples')}
          </Text>
        </>
      }
      mutation={declare}
      reasonField="details"
      first={{
        label: t('consultations.declare.none'),
        testId: 'declare-none',
        onClick: () =>
          declare.mutate(
            { hasConflict: false },
            { onSuccess: () => notifySuccess(t('consultations.declare.clearedDone')) },
          ),
      }}
      second={{
        label: t('consultations.declare.conflict'),
        testId: 'declare-conflict',
        reasonLabel: t('consultations.declare.details'),
        reasonHelp: t('consultations.declare.detailsHelp'),
        reasonTestId: 'conflict-details',
        confirmLabel: t('consultations.declare.confirmConflict'),
        confirmColor: 'orange.9',
        confirmTestId: 'confirm-conflict',
        onConfirm: (details) =>
          declare.mutate(
            { hasConflict: true, details },
            { onSuccess: () => notifySuccess(t('consultations.declare.conflictDone')) },
          ),
      }}
    />
  );
}

function AnswerStep({ assignment, consultationId }: { assignment: Assignment; consultationId: string }) {
  const { t } = useTranslation();
  const answer = useAnswer(consultationId, assignment.id);
  return (
    <ChoiceStep
      title={t('consultations.answer.title')}
      intro={<Text size="sm">{t('consultations.answer.intro')}</Text>}
      mutation={answer}
      reasonField="reason"
      first={{
        label: t('consultations.answer.accept'),
        testId: 'accept',
        onClick: () =>
          answer.mutate(
            { accept: true },
            { onSuccess: () => notifySuccess(t('consultations.answer.accepted')) },
          ),
      }}
      second={{
        label: t('consultations.answer.decline'),
        testId: 'decline',
        reasonLabel: t('consultations.answer.reason'),
        reasonTestId: 'decline-reason',
        confirmLabel: t('consultations.answer.confirmDecline'),
        confirmColor: 'red.9',
        confirmTestId: 'confirm-decline',
        onConfirm: (reason) =>
          answer.mutate(
            { accept: false, reason },
            { onSuccess: () => notifySuccess(t('consultations.answer.declined')) },
          ),
      }}
    />
  );
}

/**
 * A step with two answers (the declaration, accept or decline): the first is sent at once; the second
 * opens a required text (the conflict's details, the reason to decline) and is sent with it.
 */
function ChoiceStep({
  title,
  intro,
  mutation,
  reasonField,
  first,
  second,
}: {
  title: string;
  intro: ReactNode;
  /** The step's write: its error is shown, next to the text when it is about reasonField. */
  mutation: { isPending: boolean; error: unknown };
  reasonField: string;
  first: { label: string; testId: string; onClick: () => void };
  second: {
    label: string;
    testId: string;
    reasonLabel: string;
    reasonHelp?: string;
    reasonTestId: string;
    confirmLabel: string;
    confirmColor: string;
    confirmTestId: string;
    onConfirm: (reason: string) => void;
  };
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const { isPending, error } = mutation;
  const fieldError = (error instanceof ApiError ? error.fieldErrors() : {})[reasonField];

  return (
    <Card withBorder padding="sm" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        {intro}
        {error && !fieldError ? <ProblemAlert error={error} /> : null}
        <Group gap="sm" wrap="wrap">
          <Button
            loading={isPending && !open}
            disabled={isPending}
            onClick={first.onClick}
            data-testid={first.testId}
          >
            {first.label}
          </Button>
          <Button
            variant="default"
            disabled={isPending}
            onClick={() => setOpen(true)}
            aria-expanded={open}
            data-testid={second.testId}
          >
            {second.label}
          </Button>
        </Group>
        {open && (
          <Stack gap="xs">
            <Textarea
              label={second.reasonLabel}
              description={second.reasonHelp}
              required
              autosize
              minRows={2}
              maxLength={REASON_MAX}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError ?? (missing && !reason.trim() ? t('validation.required') : undefined)}
              data-testid={second.reasonTestId}
            />
            <Group>
              <Button
                color={second.confirmColor}
                loading={isPending}
                onClick={() => {
                  if (!reason.trim()) {
                    setMissing(true);
                    return;
                  }
                  second.onConfirm(reason.trim());
                }}
                data-testid={second.confirmTestId}
              >
                {second.confirmLabel}
              </Button>
              <Button variant="subtle" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function OpinionStep({ assignment, consultationId }: { assignment: Assignment; consultationId: string }) {
  const { t } = useTranslation();
  const write = useWriteOpinion(consultationId, assignment.id);
  const upload = useUploadAttachment(consultationId, assignment.id);
  const [text, setText] = useState(assignment.opinionText ?? '');
  // The newest version seen: the list refreshes after each write, but a save answers sooner.
  const [seenVersion, setSeenVersion] = useState(assignment.version);
  const version = Math.max(seenVersion, assignment.version);
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fields = error instanceof ApiError ? error.fieldErrors() : {};
  const conflict = useConflict(async () => {
    const latest = await fetchAssignment(consultationId, assignment.id);
    setSeenVersion(latest.version);
    setText(latest.opinionText ?? '');
    setError(null);
  });

  const save = (submit: boolean) => {
    setError(null);
    if (!text.trim()) {
      setMissing(true);
      setConfirming(false);
      return;
    }
    setMissing(false);
    write.mutate(
      { text: text.trim(), submit, version },
      {
        onSuccess: (saved) => {
          setSeenVersion(saved.version);
          setConfirming(false);
          notifySuccess(
            submit ? t('consultations.opinion.submitted') : t('consultations.opinion.draftSaved'),
          );
        },
        onError: (e) => {
          setConfirming(false);
          conflict.handle(e, setError);
        },
      },
    );
  };

  return (
    <Card withBorder padding="sm" component="section" aria-label={t('consultations.opinion.title')}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('consultations.opinion.title')}
        </Title>
        {error && !fields.text ? <ProblemAlert error={error} /> : null}
        <Textarea
          label={t('consultations.opinion.text')}
          description={t('consultations.opinion.textHelp')}
          required
          autosize
          minRows={6}
          maxLength={OPINION_MAX}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fields.text ?? (missing && !text.trim() ? t('validation.required') : undefined)}
          data-testid="opinion-text"
        />
        <Group gap="sm" justify="flex-end">
          <Button
            variant="default"
            loading={write.isPending && !confirming}
            disabled={write.isPending}
            onClick={() => save(false)}
            data-testid="save-draft"
          >
            {t('consultations.opinion.saveDraft')}
          </Button>
          <Button
            disabled={write.isPending}
            onClick={() => {
              if (!text.trim()) {
                setMissing(true);
                return;
              }
              setConfirming(true);
            }}
            data-testid="submit-opinion"
          >
            {t('consultations.opinion.submit')}
          </Button>
        </Group>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('consultations.opinion.attachments')}
          </Text>
          {(assignment.opinionAttachments ?? []).length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('consultations.opinion.noAttachments')}
            </Text>
          ) : (
            <FileList
              files={assignment.opinionAttachments ?? []}
              fetchFile={(f) => fetchAttachment(consultationId, assignment.id, f.id)}
              testId="opinion-attachment"
            />
          )}
          <FileUpload
            help={t('consultations.files.help')}
            accept={FILE_ACCEPT}
            maxBytes={MAX_FILE_BYTES}
            label={t('consultations.opinion.addAttachment')}
            uploading={upload.isPending}
            upload={(file, callbacks) => upload.mutate(file, callbacks)}
            testId="attachment-upload"
          />
        </Stack>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('consultations.opinion.confirmTitle')}
        body={t('consultations.opinion.confirmBody')}
        confirmLabel={t('consultations.opinion.confirmSubmit')}
        busy={write.isPending}
        onConfirm={() => save(true)}
        onClose={() => setConfirming(false)}
        confirmTestId="confirm-submit"
      />
      {conflict.dialog}
    </Card>
  );
}

function SubmittedOpinion({
  assignment,
  consultationId,
}: {
  assignment: Assignment;
  consultationId: string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid="submitted-opinion">
      <Text size="sm" c="dimmed" mb={4}>
        {t('consultations.opinion.submittedAt', { at: formatDateTime(assignment.opinionSubmittedAt) })}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="opinion-text-view">
        {assignment.opinionText}
      </Text>
      {(assignment.opinionAttachments ?? []).length > 0 && (
        <Stack mt="xs">
          <FileList
            files={assignment.opinionAttachments ?? []}
            fetchFile={(f) => fetchAttachment(consultationId, assignment.id, f.id)}
            testId="opinion-attachment"
          />
        </Stack>
      )}
    </Card>
  );
}

function Ended({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" data-testid="assignment-ended">
      {assignment.status === 'conflicted' && (
        <Text size="sm">
          {t('consultations.work.conflicted', { details: assignment.conflictDetails ?? '—' })}
        </Text>
      )}
      {assignment.status === 'declined' && (
        <Text size="sm">{t('consultations.work.declined', { reason: assignment.declineReason ?? '—' })}</Text>
      )}
      {assignment.status === 'withdrawn' && <Text size="sm">{t('consultations.work.withdrawn')}</Text>}
    </Alert>
  );
}
