import { Button, FileInput, Group } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { fileSize } from '@/lib/format';

/**
 * Choose a file and send it. The size is checked here first (a clear message instead of a long upload
 * that ends in 413); the API checks the type by its content and the size again.
 */
export function FileUpload({
  label,
  help,
  accept,
  maxBytes,
  upload,
  uploading,
  testId,
  renderProblem = (error) => <ProblemAlert error={error} />,
}: {
  label: string;
  help: string;
  accept: string;
  maxBytes: number;
  upload: (file: File, callbacks: { onSuccess: () => void; onError: (e: unknown) => void }) => void;
  uploading: boolean;
  testId: string;
  /** How the API's refusal is shown (a feature may add a heading of its own). */
  renderProblem?: (error: unknown) => ReactNode;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const tooBig = file !== null && file.size > maxBytes;

  return (
    <>
      {error ? renderProblem(error) : null}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <FileInput
          label={label}
          description={help}
          accept={accept}
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          value={file}
          onChange={setFile}
          error={tooBig ? t('common.files.tooBig', { max: fileSize(maxBytes) }) : undefined}
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
                notifySuccess(t('common.files.uploaded', { name: file.name }));
                setFile(null);
              },
              onError: setError,
            });
          }}
          data-testid={`${testId}-button`}
        >
          {t('common.files.upload')}
        </Button>
      </Group>
    </>
  );
}
