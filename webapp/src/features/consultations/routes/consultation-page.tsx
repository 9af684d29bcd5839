import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Section } from '@/components/detail-section';
import { EmptyState, QueryState } from '@/components/page-states';
import { VersionedEditForm } from '@/components/versioned-edit-form';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate, formatDateTime } from '@/lib/format';
import {
  fetchDocument,
  useConsultation,
  useMyExpertId,
  useReplaceConsultation,
  useUploadDocument,
  type Consultation,
  FILE_ACCEPT,
  MAX_FILE_BYTES,
} from '../api/consultations';
import { fromConsultation, serverFieldErrors, toInput } from '../api/consultation-form-model';
import { isOpen } from '../api/workflow';
import { AssignmentWork } from '../components/assignment-work';
import { AssignmentsTable } from '../components/assignments-table';
import { ConsultationForm } from '../components/consultation-form';
import { useFieldNames } from '../components/field-names';
import { FileList } from '../components/file-list';
import { FileUpload } from '@/components/file-upload';
import { ConsultationStatusBadge, KIND_LABEL, OverdueBadge } from '../components/labels';
import { ResponseEditor } from '../components/response-editor';
import { StatusActions } from '../components/status-actions';
import { SuggestionsPanel } from '../components/suggestions-panel';
import { paths } from '@/config/paths';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}

export default function ConsultationPage() {
  const { id = '' } = useParams();
  const consultation = useConsultation(id);
  if (!consultation.isSuccess) return <QueryState query={consultation} />;
  return (
    <ConsultationView
      consultation={consultation.data}
      reload={async () => (await consultation.refetch()).data}
    />
  );
}

function ConsultationView({
  consultation: c,
  reload,
}: {
  consultation: Consultation;
  reload: () => Promise<Consultation | undefined>;
}) {
  const { t } = useTranslation();
  const auth = useAuth();
  const { nameOf } = useFieldNames();
  // The API says what the caller may do: canManage for the office; an expert sees their own part.
  const office = c.canManage && auth.hasRole('staff', 'admin');
  const [editing, setEditing] = useState(false);
  const myExpertId = useMyExpertId(!office && c.assignments.length > 1).data;
  const mine = office
    ? undefined
    : c.assignments.length === 1
      ? c.assignments[0]
      : c.assignments.find((a) => a.expertId === myExpertId);
  const others = office ? [] : c.assignments.filter((a) => a !== mine);

  return (
    <Stack gap="md">
      <Text size="sm">
        {office ? (
          <Anchor component={Link} to={paths.consultations.board.getHref()}>
            {t('consultations.board.title')}
          </Anchor>
        ) : (
          <Anchor
            component={Link}
            to={paths.consultations.myAssignments.getHref()}
            data-testid="to-my-assignments"
          >
            {t('consultations.mine.title')}
          </Anchor>
        )}
      </Text>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t(KIND_LABEL[c.kind])}
        </Text>
        <Title order={1} data-testid="consultation-subject">
          {c.subject}
        </Title>
        <Group gap="sm" wrap="wrap">
          <ConsultationStatusBadge status={c.status} />
          {c.overdue && <OverdueBadge />}
        </Group>
      </Stack>
      {c.status === 'cancelled' && c.cancelReason && (
        <Alert color="gray" title={t('consultations.detail.cancelled')} data-testid="cancel-reason-view">
          {c.cancelReason}
        </Alert>
      )}
      {office && <StatusActions consultation={c} reload={reload} />}

      {editing ? (
        <Section id="edit-title" title={t('consultations.detail.edit')}>
          <EditDetails consultation={c} reload={reload} onDone={() => setEditing(false)} />
        </Section>
      ) : (
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <Field label={t('consultations.field.requestingBody')} testId="requesting-body">
              {c.requestingBody}
            </Field>
            <Field label={t('consultations.field.requestReference')}>{c.requestReference ?? '—'}</Field>
            <Field label={t('consultations.field.requestDate')}>{formatDate(c.requestDate)}</Field>
            <Field label={t('consultations.field.deadline')}>
              <Text span c={c.overdue ? 'red.9' : undefined} fw={c.overdue ? 700 : undefined}>
                {formatDate(c.deadline)}
              </Text>
            </Field>
            <Field label={t('consultations.field.fields')}>
              {c.fieldCodes.length === 0 ? '—' : c.fieldCodes.map(nameOf).join(', ')}
            </Field>
            <Field label={t('consultations.detail.updatedAt')}>{formatDateTime(c.updatedAt)}</Field>
          </SimpleGrid>
          {c.description && (
            <Text mt="md" size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="description">
              {c.description}
            </Text>
          )}
          {office && isOpen(c.status) && (
            <Group mt="md">
              <Button variant="default" onClick={() => setEditing(true)} data-testid="edit-consultation">
                {t('consultations.detail.edit')}
              </Button>
            </Group>
          )}
        </Card>
      )}

      <Section id="documents-title" title={t('consultations.documents.title')}>
        <Documents consultation={c} office={office} />
      </Section>

      {office ? (
        <>
          <Section id="assignments-title" title={t('consultations.assignments.title')}>
            <AssignmentsTable consultation={c} reload={reload} />
          </Section>
          {(c.status === 'received' || c.status === 'experts_assigned') && (
            <Section id="suggestions-title" title={t('consultations.suggestions.title')}>
              <SuggestionsPanel consultation={c} />
            </Section>
          )}
          <Section id="response-title" title={t('consultations.response.title')}>
            <ResponseEditor consultation={c} reload={reload} office={office} />
          </Section>
        </>
      ) : (
        <>
          {mine && (
            <Section id="my-part-title" title={t('consultations.detail.myPart')}>
              <AssignmentWork assignment={mine} consultationId={c.id} consultationStatus={c.status} />
            </Section>
          )}
          {others.length > 0 && (
            <Section id="other-opinions-title" title={t('consultations.detail.otherOpinions')}>
              <Stack gap="sm">
                {others.map((a) => (
                  <Card withBorder padding="sm" key={a.id}>
                    <Text fw={600}>{a.expertName}</Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                      {a.opinionText}
                    </Text>
                  </Card>
                ))}
              </Stack>
            </Section>
          )}
          {c.response.text && (
            <Section id="response-title" title={t('consultations.response.title')}>
              <ResponseEditor consultation={c} reload={reload} office={office} />
            </Section>
          )}
        </>
      )}
    </Stack>
  );
}

function Documents({ consultation: c, office }: { consultation: Consultation; office: boolean }) {
  const { t } = useTranslation();
  const upload = useUploadDocument(c.id);
  // The API sends null (not an absent field) while the expert has not declared yet.
  if (c.documents == null) {
    return (
      <Alert color="blue" data-testid="documents-hidden">
        <Text size="sm">{t('consultations.documents.declareFirst')}</Text>
        <Anchor
          component={Link}
          to={paths.consultations.myAssignments.getHref()}
          size="sm"
          c="blue.9"
          fw={600}
          underline="always"
        >
          {t('consultations.mine.title')}
        </Anchor>
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      {c.documents.length === 0 ? (
        <EmptyState message={t('consultations.documents.none')} />
      ) : (
        <FileList files={c.documents} fetchFile={(f) => fetchDocument(c.id, f.id)} testId="document" />
      )}
      {office && isOpen(c.status) && (
        <FileUpload
          help={t('consultations.files.help')}
          accept={FILE_ACCEPT}
          maxBytes={MAX_FILE_BYTES}
          label={t('consultations.documents.add')}
          uploading={upload.isPending}
          upload={(file, callbacks) => upload.mutate(file, callbacks)}
          testId="document-upload"
        />
      )}
    </Stack>
  );
}

function EditDetails({
  consultation,
  reload,
  onDone,
}: {
  consultation: Consultation;
  reload: () => Promise<Consultation | undefined>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const replace = useReplaceConsultation(consultation.id);
  // The version the form was opened with: saving sends it as If-Match.
  return (
    <VersionedEditForm
      record={consultation}
      reload={reload}
      mutation={replace}
      toBody={toInput}
      fieldErrors={(problem) => serverFieldErrors(problem.fieldErrors()).byField}
      saved={() => t('consultations.detail.saved')}
      onDone={onDone}
    >
      {({ base, ...form }) => (
        <ConsultationForm
          {...form}
          initial={fromConsultation(base)}
          submitLabel={t('consultations.detail.save')}
        />
      )}
    </VersionedEditForm>
  );
}
