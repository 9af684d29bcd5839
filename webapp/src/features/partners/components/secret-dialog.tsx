import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The webhook signing secret, shown once (after registering a partner or rotating its secret): a copy
 * button and a clear note that it cannot be read again.
 */
export function SecretDialog({
  secret,
  partnerName,
  onClose,
}: {
  secret: string | undefined;
  partnerName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={secret !== undefined}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('partners.secret.title')}
      centered
      size="lg"
      closeOnClickOutside={false}
      data-testid="secret-dialog"
    >
      <Stack>
        <Text>{t('partners.secret.intro', { name: partnerName })}</Text>
        <Code block data-testid="webhook-secret" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {secret}
        </Code>
        <Alert color="orange" role="note" data-testid="secret-once">
          {t('partners.secret.once')}
        </Alert>
        <Group justify="flex-end">
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'light' : 'default'} onClick={copy} data-testid="copy-secret">
                {copied ? t('partners.secret.copied') : t('partners.secret.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose} data-testid="secret-done">
            {t('partners.secret.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
