import { Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { controlUpload, isUploadCancelled } from '@/lib/api/files';
import { fileSize, formatPercent } from '@/lib/format';

/**
 * Choose a file and send it. The size is checked here first (a clear message instead of a long upload
 * that ends in 413); the API checks the type by its content and the size again. While it goes, the share
 * sent is shown and the upload can be cancelled (the feature's mutation sends it through fileBody, which
 * picks up the control registered here).
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
  const progress = useUploadProgress(uploading);
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
            progress.start(file);
            upload(file, {
              onSuccess: () => {
                progress.finish();
                notifySuccess(t('common.files.uploaded', { name: file.name }));
                setFile(null);
              },
              onError: (e) => {
                progress.finish();
                if (isUploadCancelled(e)) notifySuccess(t('inputs.uploadCancelled', { name: file.name }));
                else setError(e);
              },
            });
          }}
          data-testid={`${testId}-button`}
        >
          {t('common.files.upload')}
        </Button>
      </Group>
      <UploadProgress progress={progress} testId={testId} />
    </>
  );
}

/**
 * The progress of one upload at a time, for the upload component and for forms that send a file after
 * saving their record: start(file) registers the file's control (see controlUpload) before the mutation
 * sends it. When the mutation stops (uploading turns false) the bar goes, whatever ended it.
 */
export function useUploadProgress(uploading: boolean) {
  const [percent, setPercent] = useState<number | null>(null);
  const [sending, setSending] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  // leaving the page stops an upload nobody is watching
  useEffect(() => () => controller.current?.abort(), []);
  const finish = () => {
    controller.current = null;
    setPercent(null);
    setSending(null);
  };
  const wasUploading = useRef(uploading);
  useEffect(() => {
    if (wasUploading.current && !uploading) {
      controller.current = null;
      setPercent(null);
      setSending(null);
    }
    wasUploading.current = uploading;
  }, [uploading]);
  return {
    percent,
    sending,
    finish,
    start: (file: File) => {
      const abort = new AbortController();
      controller.current = abort;
      setPercent(0);
      setSending(file.name);
      controlUpload(file, { onProgress: setPercent, signal: abort.signal });
    },
    cancel: () => controller.current?.abort(),
  };
}

/** The share of the file sent so far, and a button that cancels the upload. */
export function UploadProgress({
  progress,
  testId,
}: {
  progress: ReturnType<typeof useUploadProgress>;
  testId: string;
}) {
  const { t } = useTranslation();
  const { percent, sending } = progress;
  if (percent === null || sending === null) return null;
  const label = t('inputs.uploading', { name: sending, percent: formatPercent(percent) });
  return (
    <Stack gap={4} data-testid={`${testId}-progress`}>
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="sm" aria-live="polite">
          {label}
        </Text>
        <Button
          size="compact-sm"
          variant="default"
          onClick={progress.cancel}
          data-testid={`${testId}-cancel`}
        >
          {t('inputs.cancelUpload')}
        </Button>
      </Group>
      <Progress value={percent} aria-label={label} transitionDuration={150} />
    </Stack>
  );
}
