import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { FileUpload } from '@/components/file-upload';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';

interface MutationCallbacks {
  onSuccess?: () => void;
  onError?: (error: unknown) => void;
}

/** What this section needs of a TanStack mutation. */
interface Mutation<V> {
  mutate: (variables: V, callbacks: MutationCallbacks) => void;
  isPending: boolean;
}

/**
 * One image of a versioned record (a post's cover, the union's logo): its preview, the upload with progress, and
 * its removal. Writes carry the record's version: a stale one opens the "changed by someone else" dialog, whose
 * reload reads the latest version.
 */
export function ImageUploadSection({
  preview,
  emptyText,
  label,
  help,
  maxBytes,
  removeLabel,
  testId,
  upload,
  remove,
  reload,
}: {
  /** The current image, or null when there is none. */
  preview: ReactNode | null;
  emptyText: string;
  label: string;
  help: string;
  maxBytes: number;
  removeLabel: string;
  testId: string;
  upload: Mutation<File>;
  remove: Mutation<undefined>;
  reload: () => Promise<unknown>;
}) {
  const conflict = useConflict(reload);
  const [error, setError] = useState<unknown>(null);
  return (
    <Stack gap="sm">
      {error ? <ProblemAlert error={error} /> : null}
      {preview ?? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      )}
      <FileUpload
        label={label}
        help={help}
        accept="image/png,image/jpeg"
        maxBytes={maxBytes}
        uploading={upload.isPending}
        upload={(file, callbacks) =>
          upload.mutate(file, {
            onSuccess: callbacks.onSuccess,
            onError: (e) => conflict.handle(e, callbacks.onError),
          })
        }
        testId={testId}
      />
      {preview !== null && (
        <Group>
          <Button
            variant="subtle"
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate(undefined, { onError: (e) => conflict.handle(e, setError) })}
            data-testid={`${testId}-remove`}
          >
            {removeLabel}
          </Button>
        </Group>
      )}
      {conflict.dialog}
    </Stack>
  );
}
