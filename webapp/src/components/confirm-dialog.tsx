import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './problem-alert';

/**
 * Asks before an action that cannot be undone (a deletion, a withdrawal, a submission that locks the
 * text): Cancel or the confirm button; the API's refusal (error) is shown in place.
 */
export function ConfirmDialog({
  opened,
  title,
  body,
  confirmLabel,
  confirmColor,
  busy,
  error,
  onConfirm,
  onClose,
  testId,
  confirmTestId,
}: {
  opened: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  /** The confirm button's colour, e.g. "red.8" for a deletion (default: the theme's primary colour). */
  confirmColor?: string;
  busy: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
  /** data-testid of the dialog and of its confirm button. */
  testId?: string;
  confirmTestId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={title}
      centered
      data-testid={testId}
    >
      <Stack>
        <Text>{body}</Text>
        {error ? <ProblemAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={confirmColor} onClick={onConfirm} loading={busy} data-testid={confirmTestId}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
