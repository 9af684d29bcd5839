import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import {
  type DocumentFile,
  type DocumentFormat,
  openHtmlDocument,
  saveBlob,
  useDownloads,
} from '@/lib/download';

const LABEL: Record<DocumentFormat, string> = {
  pdf: 'documents.downloadPdf',
  docx: 'documents.downloadDocx',
  html: 'documents.preview',
};

/**
 * The download buttons of a document the system produces: PDF and Word (.docx) saved under the name
 * the API gives, and the HTML preview opened in a new tab (to read or print). Hidden when printing.
 */
export function DocumentDownloads({
  fetchDocument,
  formats = ['pdf', 'docx', 'html'],
  testId,
  label,
}: {
  fetchDocument: (format: DocumentFormat) => Promise<DocumentFile>;
  formats?: DocumentFormat[];
  /** Prefix of the buttons' test ids: `${testId}-pdf`, `${testId}-docx`, `${testId}-html`. */
  testId: string;
  /** Names the document in the buttons' accessible labels when a page offers several. */
  label?: string;
}) {
  const { t } = useTranslation();
  const { busy, error, run } = useDownloads<DocumentFormat>();

  const download = (format: DocumentFormat) =>
    run(format, async () => {
      if (format === 'html') await openHtmlDocument(async () => (await fetchDocument('html')).blob);
      else {
        const file = await fetchDocument(format);
        saveBlob(file.blob, file.fileName);
      }
    });

  return (
    <Stack gap="xs" data-print="hide">
      <Group gap="sm" wrap="wrap">
        {formats.map((format) => (
          <Button
            key={format}
            variant={format === 'pdf' ? 'filled' : 'default'}
            loading={busy === format}
            onClick={() => void download(format)}
            data-testid={`${testId}-${format}`}
            aria-label={label ? `${t(LABEL[format])}: ${label}` : undefined}
          >
            {t(LABEL[format])}
          </Button>
        ))}
      </Group>
      {error ? <ProblemAlert error={error} /> : null}
    </Stack>
  );
}
