import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useVersionedEdit } from '@/components/use-versioned-edit';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useRecipient, useUpdateRecipient, type Recipient } from '../api/distribution';
import {
  fromRecipient,
  recipientFieldErrors,
  toRecipientInput,
  type RecipientFormErrors,
} from '../api/recipient-form-model';
import { DistributionNav } from '../components/distribution-nav';
import { ActiveBadge } from '../components/labels';
import { RecipientActions } from '../components/recipient-actions';
import { RecipientForm } from '../components/recipient-form';
import { paths } from '@/config/paths';

export default function RecipientEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const detail = useRecipient(id);
  if (!detail.isSuccess) return <QueryState query={detail} />;
  const recipient = detail.data;
  const reload = async () => (await detail.refetch()).data;

  return (
    <Stack gap="md">
      <Title order={1}>{t('distribution.recipient.editTitle')}</Title>
      <DistributionNav current="recipients" />
      <Group gap="sm">
        <Text fw={600} data-testid="recipient-title">
          {recipient.name}
        </Text>
        <ActiveBadge active={recipient.active} />
        <Text size="sm" c="dimmed">
          {t('distribution.recipient.sentCount', {
            count: recipient.recordCount,
            formatted: formatNumber(recipient.recordCount),
          })}
          {' · '}
          {t('distribution.recipient.updatedAt', { at: formatDateTime(recipient.updatedAt) })}
        </Text>
      </Group>
      <RecipientActions
        recipient={recipient}
        reload={reload}
        onDeleted={() => void navigate(paths.distribution.recipients.getHref())}
      />
      {/* A new version (deactivated here, or reloaded after a conflict) starts the form afresh. */}
      <RecipientEditor
        key={recipient.version}
        initial={recipient}
        reload={reload}
        onSaved={() => void navigate(paths.distribution.recipients.getHref())}
        onCancel={() => void navigate(paths.distribution.recipients.getHref())}
      />
    </Stack>
  );
}

/** Saving sends the version the form was opened with (If-Match); a 412 opens the conflict dialog. */
function RecipientEditor({
  initial,
  reload,
  onSaved,
  onCancel,
}: {
  initial: Recipient;
  reload: () => Promise<Recipient | undefined>;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const edit = useVersionedEdit<Recipient, RecipientFormErrors>(initial, reload);
  const update = useUpdateRecipient(edit.base.id);
  return (
    <Stack gap="sm">
      {edit.error ? <ProblemAlert error={edit.error} /> : null}
      <RecipientForm
        key={edit.formKey}
        initial={fromRecipient(edit.base)}
        submitting={update.isPending}
        submitLabel={t('distribution.recipient.save')}
        serverErrors={edit.serverErrors}
        onCancel={onCancel}
        onSubmit={(values) => {
          edit.clearError();
          update.mutate(
            { body: toRecipientInput(values), version: edit.base.version },
            {
              onSuccess: (saved) => {
                notifySuccess(t('distribution.recipient.saved', { name: saved.name }));
                onSaved();
              },
              onError: (e) =>
                edit.failed(e, (problem) => recipientFieldErrors(problem.fieldErrors()).byField),
            },
          );
        }}
      />
      {edit.conflictDialog}
    </Stack>
  );
}
