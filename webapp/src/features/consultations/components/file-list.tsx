import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { saveBlob, useDownloads } from '@/lib/download';
import { formatDateTime, formatNumber } from '@/lib/format';
import type { ConsultationDocument } from '../api/consultations';

/** Stored files as download buttons (the download needs the bearer token, so it goes through fetch). */
export function FileList({
  files,
  fetchFile,
  testId = 'file',
}: {
  files: ConsultationDocument[];
  fetchFile: (file: ConsultationDocument) => Promise<Blob>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { busy, error, run } = useDownloads<string>();

  const download = (file: ConsultationDocument) =>
    run(file.id, async () => saveBlob(await fetchFile(file), file.fileName));

  return (
    <Stack gap="xs">
      {error ? <ProblemAlert error={error} /> : null}
      {files.map((f) => (
        <Group key={f.id} gap="sm" wrap="wrap" data-testid={testId}>
          <Button
            size="xs"
            variant="light"
            loading={busy === f.id}
            onClick={() => void download(f)}
            aria-label={t('consultations.files.downloadNamed', { name: f.fileName })}
          >
            {t('consultations.files.download')}
          </Button>
          <Text size="sm" fw={600}>
            {f.fileName}
          </Text>
          <Text size="xs" c="dimmed">
            {t('consultations.files.meta', {
              size: formatNumber(Math.max(1, Math.round(f.sizeBytes / 1024))),
              user: f.uploadedBy,
              at: formatDateTime(f.createdAt),
            })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
