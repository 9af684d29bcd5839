import { notifications } from '@mantine/notifications';
import i18n from '@/i18n';

/** A short success message (top right); its close button is labelled for screen readers. */
export function notifySuccess(message: string): void {
  notifications.show({
    color: 'teal',
    message,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
