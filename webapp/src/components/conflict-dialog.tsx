import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** 412 Precondition Failed: someone else saved the record since this form was opened. */
export function ConflictDialog({
  opened,
  detail,
  reloading,
  onReload,
  onClose,
}: {
  opened: boolean;
  detail?: string;
  reloading: boolean;
  onReload: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('conflict.title')}
      centered
      data-testid="conflict-dialog"
    >
      <Text>{t('conflict.body')}</Text>
      {detail && (
        <Text size="sm" c="dimmed" mt="xs">
          {detail}
        </Text>
      )}
      <Group mt="lg" justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('conflict.keepEditing')}
        </Button>
        <Button onClick={onReload} loading={reloading} data-testid="conflict-reload">
          {t('conflict.reload')}
        </Button>
      </Group>
    </Modal>
  );
}
