import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';

export function DeleteDialog({
  opened,
  name,
  error,
  deleting,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  name: string;
  error: unknown;
  deleting: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('delete.title')}
      centered
      data-testid="delete-dialog"
    >
      <Stack>
        <Text>{t('delete.body', { name })}</Text>
        {error ? <ProblemAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red.8" onClick={onConfirm} loading={deleting} data-testid="confirm-delete">
            {t('delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
