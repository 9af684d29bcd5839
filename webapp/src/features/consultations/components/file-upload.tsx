import { Button, FileInput, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { FILE_ACCEPT, MAX_FILE_BYTES } from '../api/consultations';

/** Choose a file and send it; the API checks the type by content (PDF, .docx, PNG, JPEG, at most 10 MB). */
export function FileUpload({
  label,
  upload,
  uploading,
  testId,
}: {
  label: string;
  upload: (file: File, callbacks: { onSuccess: () => void; onError: (e: unknown) => void }) => void;
  uploading: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const tooBig = file !== null && file.size > MAX_FILE_BYTES;

  return (
    <>
      {error ? <ProblemAlert error={error} /> : null}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <FileInput
          label={label}
          description={t('consultations.files.help')}
          accept={FILE_ACCEPT}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          value={file}
          onChange={setFile}
          error={tooBig ? t('consultations.files.tooBig') : undefined}
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
                notifySuccess(t('consultations.files.uploaded', { name: file.name }));
                setFile(null);
              },
              onError: setError,
            });
          }}
          data-testid={`${testId}-button`}
        >
          {t('consultations.files.upload')}
        </Button>
      </Group>
    </>
  );
}
