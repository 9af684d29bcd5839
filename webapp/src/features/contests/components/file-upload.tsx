import { Button, FileInput, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '@/components/notify';
import { formatNumber } from '@/lib/format';
import { ContestProblem } from './contest-problem';

/** Choose a file and send it; the API checks the type by its content and refuses a file too large. */
export function FileUpload({
  label,
  help,
  accept,
  maxBytes,
  upload,
  uploading,
  testId,
}: {
  label: string;
  help: string;
  accept: string;
  maxBytes: number;
  upload: (file: File, callbacks: { onSuccess: () => void; onError: (e: unknown) => void }) => void;
  uploading: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const tooBig = file !== null && file.size > maxBytes;
  return (
    <>
      {error ? <ContestProblem error={error} /> : null}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <FileInput
          label={label}
          description={help}
          accept={accept}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          value={file}
          onChange={setFile}
          error={
            tooBig ? t('contests.files.tooBig', { max: formatNumber(maxBytes / (1024 * 1024)) }) : undefined
          }
          style={{ flex: 1, minWidth: 240 }}
          data-testid={`${testId}-input`}
        />
        <Button
          variant="default"
          disabled={!file || tooBig}
          loading={uploading}
          onClick={() => {
            if (!file) return;
            setError(null);
            upload(file, {
              onSuccess: () => {
                notifySuccess(t('contests.files.uploaded', { name: file.name }));
                setFile(null);
              },
              onError: setError,
            });
          }}
          data-testid={`${testId}-button`}
        >
          {t('contests.files.upload')}
        </Button>
      </Group>
    </>
  );
}
