import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { isApiError } from '@/lib/api/problem';
import { formatNumber } from '@/lib/format';
import { useDeleteRecipient, useUpdateRecipient, type Recipient } from '../api/distribution';
import { withActive } from '../api/recipient-form-model';

type Dialog = 'deactivate' | 'delete' | null;

/**
 * Deactivating (kept for the records, left out of sendings), taking back, and deleting a recipient.
 * One that was sent copies cannot be deleted (the API answers 409): that is said beforehand, and
 * when it happens anyway (someone recorded a sending meanwhile) the dialog offers to deactivate it.
 */
export function RecipientActions({
  recipient,
  reload,
  onDeleted,
}: {
  recipient: Recipient;
  reload: () => Promise<unknown>;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateRecipient(recipient.id);
  const remove = useDeleteRecipient();
  const conflict = useConflict(reload);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<unknown>(null);
  const refused = isApiError(remove.error, 409);

  const open = (d: Dialog) => {
    setError(null);
    remove.reset();
    setDialog(d);
  };

  const setActive = (active: boolean) => {
    setError(null);
    update.mutate(
      { body: withActive(recipient, active), version: recipient.version },
      {
        onSuccess: (saved) => {
          setDialog(null);
          notifySuccess(
            active
              ? t('distribution.recipient.reactivated', { name: saved.name })
              : t('distribution.recipient.deactivated', { name: saved.name }),
          );
        },
        onError: (e) => {
          if (isApiError(e, 412)) setDialog(null);
          conflict.handle(e, setError);
        },
      },
    );
  };

  const confirmDelete = () => {
    if (refused) {
      setActive(false);
      return;
    }
    remove.mutate(
      { id: recipient.id, version: recipient.version },
      {
        onSuccess: () => {
          setDialog(null);
          notifySuccess(t('distribution.recipient.deleted', { name: recipient.name }));
          onDeleted();
        },
        onError: (e) => {
          if (isApiError(e, 412)) setDialog(null);
          conflict.handle(e);
        },
      },
    );
  };

  return (
    <Stack gap="xs">
      {error && dialog === null ? <ProblemAlert error={error} /> : null}
      <Group gap="sm">
        {recipient.active ? (
          <Button variant="default" onClick={() => open('deactivate')} data-testid="deactivate-recipient">
            {t('distribution.recipient.deactivate')}
          </Button>
        ) : (
          <Button
            variant="outline"
            onClick={() => setActive(true)}
            loading={update.isPending}
            data-testid="reactivate-recipient"
          >
            {t('distribution.recipient.reactivate')}
          </Button>
        )}
        {recipient.recordCount === 0 && (
          <Button
            variant="outline"
            color="red.8"
            onClick={() => open('delete')}
            data-testid="delete-recipient"
          >
            {t('common.delete')}
          </Button>
        )}
      </Group>
      {recipient.recordCount > 0 && (
        <Text size="sm" c="dimmed" data-testid="delete-explained">
          {t('distribution.recipient.cannotDelete', {
            count: recipient.recordCount,
            formatted: formatNumber(recipient.recordCount),
          })}
        </Text>
      )}
      <ConfirmDialog
        opened={dialog === 'deactivate'}
        title={t('distribution.recipient.deactivateTitle')}
        body={t('distribution.recipient.deactivateBody', { name: recipient.name })}
        confirmLabel={t('distribution.recipient.deactivate')}
        busy={update.isPending}
        error={error}
        onConfirm={() => setActive(false)}
        onClose={() => setDialog(null)}
        testId="deactivate-dialog"
        confirmTestId="confirm-deactivate"
      />
      <ConfirmDialog
        opened={dialog === 'delete'}
        title={t('distribution.recipient.deleteTitle')}
        body={
          refused
            ? t('distribution.recipient.deleteRefused', { name: recipient.name })
            : t('distribution.recipient.deleteBody', { name: recipient.name })
        }
        confirmLabel={refused ? t('distribution.recipient.deactivateInstead') : t('common.delete')}
        confirmColor={refused ? undefined : 'red.8'}
        busy={remove.isPending || update.isPending}
        error={error ?? (isApiError(remove.error, 412) ? null : remove.error)}
        onConfirm={confirmDelete}
        onClose={() => setDialog(null)}
        testId="delete-dialog"
        confirmTestId="confirm-delete"
      />
      {conflict.dialog}
    </Stack>
  );
}
