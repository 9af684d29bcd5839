import { Badge, Button, Group, Spoiler, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { EmptyState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { formatDate, formatDateTime } from '@/lib/format';
import {
  fetchAttachment,
  useWithdrawAssignment,
  type Assignment,
  type Consultation,
} from '../api/consultations';
import { canWithdraw, isOpen } from '../api/workflow';
import { AssignmentStatusBadge, OverdueBadge } from './labels';
import { FileList } from './file-list';

/** The office's view of every expert on the consultation: where each one is, what they declared and wrote. */
export function AssignmentsTable({
  consultation,
  reload,
}: {
  consultation: Consultation;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawAssignment(consultation.id);
  const [confirm, setConfirm] = useState<Assignment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const conflict = useConflict(reload);
  const open = isOpen(consultation.status);

  if (consultation.assignments.length === 0) {
    return <EmptyState message={t('consultations.assignments.none')} />;
  }

  return (
    <Stack gap="sm">
      {error ? <ProblemAlert error={error} /> : null}
      <Table.ScrollContainer minWidth={900}>
        <Table striped verticalSpacing="sm" data-testid="assignments-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('consultations.assignment.expert')}</Table.Th>
              <Table.Th scope="col" miw={190}>
                {t('consultations.assignment.status')}
              </Table.Th>
              <Table.Th scope="col">{t('consultations.assignment.dueOn')}</Table.Th>
              <Table.Th scope="col">{t('consultations.assignment.declaration')}</Table.Th>
              <Table.Th scope="col">{t('consultations.assignment.opinion')}</Table.Th>
              <Table.Th scope="col">
                <Text span size="sm" fw={700}>
                  {t('consultations.assignment.actions')}
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {consultation.assignments.map((a) => (
              <Table.Tr key={a.id} data-testid="assignment-row" data-expert-id={a.expertId}>
                <Table.Td>
                  <Text size="sm" fw={600} data-testid="assignment-expert">
                    {a.expertName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('consultations.assignment.assignedAt', { at: formatDateTime(a.createdAt) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <AssignmentStatusBadge status={a.status} />
                  {a.status === 'declined' && a.declineReason && (
                    <Text size="xs" mt={4}>
                      {t('consultations.assignment.declineReason', { reason: a.declineReason })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="wrap">
                    <Text span size="sm" c={a.overdue ? 'red.9' : undefined} fw={a.overdue ? 700 : undefined}>
                      {formatDate(a.opinionDueOn)}
                    </Text>
                    {a.overdue && <OverdueBadge />}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Declaration assignment={a} />
                </Table.Td>
                <Table.Td maw={380}>
                  <Opinion assignment={a} />
                </Table.Td>
                <Table.Td>
                  {open && canWithdraw(a.status) && (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      onClick={() => setConfirm(a)}
                      aria-label={t('consultations.assignment.withdrawNamed', { name: a.expertName })}
                      data-testid="withdraw"
                    >
                      {t('consultations.assignment.withdraw')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        opened={confirm !== null}
        title={t('consultations.assignment.withdrawTitle')}
        body={t('consultations.assignment.withdrawBody', { name: confirm?.expertName ?? '' })}
        confirmLabel={t('consultations.assignment.withdraw')}
        confirmColor="red.9"
        busy={withdraw.isPending}
        onConfirm={() => {
          if (!confirm) return;
          setError(null);
          withdraw.mutate(
            { assignmentId: confirm.id, version: confirm.version },
            {
              onSuccess: () => {
                notifySuccess(t('consultations.assignment.withdrawn', { name: confirm.expertName }));
                setConfirm(null);
              },
              onError: (e) => {
                setConfirm(null);
                conflict.handle(e, setError);
              },
            },
          );
        }}
        onClose={() => setConfirm(null)}
        confirmTestId="confirm-withdraw"
      />
      {conflict.dialog}
    </Stack>
  );
}

function Declaration({ assignment: a }: { assignment: Assignment }) {
  const { t } = useTranslation();
  if (!a.conflictDeclaredAt) {
    return (
      <Text size="sm" c="dimmed">
        {t('consultations.assignment.notDeclared')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {a.status === 'conflicted' ? (
        <Badge variant="outline" color="orange.9">
          {t('consultations.assignment.hasConflict')}
        </Badge>
      ) : (
        <Text size="sm">{t('consultations.assignment.noConflict')}</Text>
      )}
      {a.conflictDetails && (
        <Text size="xs" style={{ whiteSpace: 'pre-line' }}>
          {a.conflictDetails}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {formatDateTime(a.conflictDeclaredAt)}
      </Text>
    </Stack>
  );
}

function Opinion({ assignment: a }: { assignment: Assignment }) {
  const { t } = useTranslation();
  const attachments = a.opinionAttachments ?? [];
  if (!a.opinionText && attachments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('consultations.assignment.noOpinion')}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {a.opinionSubmittedAt
          ? t('consultations.opinion.submittedAt', { at: formatDateTime(a.opinionSubmittedAt) })
          : t('consultations.assignment.draft')}
      </Text>
      {a.opinionText && (
        <Spoiler
          maxHeight={90}
          showLabel={t('consultations.assignment.showMore')}
          hideLabel={t('consultations.assignment.showLess')}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="assignment-opinion">
            {a.opinionText}
          </Text>
        </Spoiler>
      )}
      {attachments.length > 0 && (
        <FileList
          files={attachments}
          fetchFile={(f) => fetchAttachment(a.consultationId, a.id, f.id)}
          testId="assignment-attachment"
        />
      )}
    </Stack>
  );
}
