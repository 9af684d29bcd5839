import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryState } from '@/components/page-states';
import { VersionedEditForm } from '@/components/versioned-edit-form';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useRecipient, useUpdateRecipient, type Recipient } from '../api/distribution';
import { fromRecipient, recipientFieldErrors, toRecipientInput } from '../api/recipient-form-model';
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
  const update = useUpdateRecipient(initial.id);
  return (
    <VersionedEditForm
      record={initial}
      reload={reload}
      mutation={update}
      onDone={onSaved}
      onCancel={onCancel}
      toBody={toRecipientInput}
      fieldErrors={(problem) => recipientFieldErrors(problem.fieldErrors()).byField}
      saved={(saved) => t('distribution.recipient.saved', { name: saved.name })}
    >
      {({ base, ...form }) => (
        <RecipientForm
          {...form}
          initial={fromRecipient(base)}
          submitLabel={t('distribution.recipient.save')}
        />
      )}
    </VersionedEditForm>
  );
}
