import { Button, FileInput, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { currentLocale } from '@/i18n';
import { fileSize } from '../api/workflow';

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
      {error ? <ProblemAlert error={error} /> : null}
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
            tooBig ? t('bulletins.files.tooBig', { max: fileSize(maxBytes, currentLocale()) }) : undefined
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
                notifySuccess(t('bulletins.files.uploaded', { name: file.name }));
                setFile(null);
              },
              onError: setError,
            });
          }}
          data-testid={`${testId}-button`}
        >
          {t('bulletins.files.upload')}
        </Button>
      </Group>
    </>
  );
}
