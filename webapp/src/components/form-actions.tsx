import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The end of a form: its submit button, then Cancel when the caller offers a way out (onCancel). */
export function FormActions({
  submitLabel,
  submitting,
  onCancel,
  testId = 'save',
}: {
  submitLabel: string;
  submitting: boolean;
  onCancel?: () => void;
  /** data-testid of the submit button. */
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button type="submit" loading={submitting} data-testid={testId}>
        {submitLabel}
      </Button>
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
    </Group>
  );
}
