import { Anchor, Box, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fileSize } from '@/lib/format';
import { apiHref, downloadHref, type BulletinFile } from '../api/bulletins';

/**
 * The full text read in the page: the browser's own PDF viewer in a frame (the API serves the
 * file inline, with byte ranges), with a download link (?download=true: attachment) and a link that
 * opens it on its own (phones often do not show a PDF in a frame).
 */
export function PdfReader({ pdf, title }: { pdf: BulletinFile; title: string }) {
  const { t } = useTranslation();
  const href = apiHref(pdf.url);
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        <Button component="a" href={downloadHref(pdf.url)} data-testid="pdf-download">
          {t('bulletins.reader.download', { size: fileSize(pdf.sizeBytes) })}
        </Button>
        <Button
          component="a"
          variant="default"
          href={href}
          target="_blank"
          rel="noopener"
          data-testid="pdf-open"
        >
          {t('bulletins.reader.open')}
        </Button>
      </Group>
      <Box
        component="iframe"
        src={href}
        title={t('bulletins.reader.frameTitle', { title })}
        w="100%"
        h="80vh"
        mih={480}
        style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 'var(--mantine-radius-sm)' }}
        data-testid="pdf-viewer"
      />
      <Text size="sm" c="dimmed">
        {t('bulletins.reader.fallback')}{' '}
        <Anchor href={downloadHref(pdf.url)} size="sm" underline="always">
          {pdf.fileName}
        </Anchor>
      </Text>
    </Stack>
  );
}
