import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { ProblemAlert } from './problem-alert';

/**
 * A step that needs a written reason (withdraw, cancel): the dialog asks for it, refuses an empty one,
 * shows the API's problem (next to the field when it is about the reason) and confirms with the text.
 */
export function ReasonDialog({
  opened,
  onClose,
  title,
  body,
  reasonLabel,
  confirmLabel,
  busy,
  error,
  onConfirm,
  testId,
  confirmTestId,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  body: string;
  reasonLabel: string;
  confirmLabel: string;
  busy: boolean;
  error: unknown;
  /** Called with the trimmed reason. */
  onConfirm: (reason: string) => void;
  /** data-testid of the reason field. */
  testId: string;
  confirmTestId: string;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      {/* Inside the modal: its content unmounts on close, so each opening starts with an empty reason. */}
      <ReasonForm
        {...{ body, reasonLabel, confirmLabel, busy, error, onConfirm, onClose, testId, confirmTestId }}
      />
    </Modal>
  );
}

function ReasonForm({
  body,
  reasonLabel,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onClose,
  testId,
  confirmTestId,
}: {
  body: string;
  reasonLabel: string;
  confirmLabel: string;
  busy: boolean;
  error: unknown;
  onConfirm: (reason: string) => void;
  onClose: () => void;
  testId: string;
  confirmTestId: string;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const fieldError = error instanceof ApiError ? error.fieldErrors().reason : undefined;
  return (
    <Stack gap="sm">
      <Text size="sm">{body}</Text>
      {error && !fieldError ? <ProblemAlert error={error} /> : null}
      <Textarea
        label={reasonLabel}
        required
        autosize
        minRows={3}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={fieldError ?? (checked && !reason.trim() ? t('validation.required') : undefined)}
        data-testid={testId}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color="red.9"
          loading={busy}
          onClick={() => {
            setChecked(true);
            if (reason.trim()) onConfirm(reason.trim());
          }}
          data-testid={confirmTestId}
        >
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}
