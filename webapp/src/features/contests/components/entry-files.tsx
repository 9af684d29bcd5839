import { Anchor, Button, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { useConflict } from '@/components/use-conflict';
import { saveBlob, useDownloads } from '@/lib/download';
import { formatDateTime } from '@/lib/format';
import { MAX_DOCUMENT_BYTES, MAX_PHOTO_BYTES, type ContestFile, type Entry } from '../api/contests';
import { fetchEntryFile, useAddEntryFile, useDeleteEntryFile } from '../api/entries';
import { ContestProblem } from './contest-problem';
import { FileUpload } from '@/components/file-upload';

/** A photo read with the caller's token, shown from an object URL (revoked when no longer shown). */
function Thumbnail({ entryId, file }: { entryId: string; file: ContestFile }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ url?: string; failed?: boolean }>({});
  useEffect(() => {
    const controller = new AbortController();
    let url: string | undefined;
    fetchEntryFile(entryId, file.id, controller.signal)
      .then((blob) => {
        url = URL.createObjectURL(blob);
        setState({ url });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ failed: true });
      });
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [entryId, file.id]);
  return state.url ? (
    <Image
      src={state.url}
      alt={t('contests.files.photoAlt', { name: file.fileName })}
      h={120}
      w="auto"
      fit="contain"
      radius="sm"
    />
  ) : (
    <Text size="sm" c="dimmed" h={120}>
      {state.failed ? t('contests.files.photoError') : t('common.loading')}
    </Text>
  );
}

/** Photos (thumbnails) and documents of an entry; added and deleted while the entry may change. */
export function EntryFiles({
  entry: e,
  editable,
  reload,
}: {
  entry: Entry;
  editable: boolean;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const add = useAddEntryFile(e.id, e.version);
  const remove = useDeleteEntryFile(e.id);
  const downloads = useDownloads<string>();
  const [deleting, setDeleting] = useState<ContestFile | null>(null);
  const conflict = useConflict(reload);
  const [error, setError] = useState<unknown>(null);
  const photos = e.files.filter((f) => f.kind === 'photo');
  const documents = e.files.filter((f) => f.kind === 'document');
  const upload =
    (kind: 'photo' | 'document') =>
    (file: File, callbacks: { onSuccess: () => void; onError: (e: unknown) => void }) =>
      add.mutate(
        { file, kind },
        { onSuccess: callbacks.onSuccess, onError: (err) => conflict.handle(err, callbacks.onError) },
      );

  return (
    <Stack gap="md">
      {error ? <ContestProblem error={error} /> : null}
      {downloads.error ? <ContestProblem error={downloads.error} /> : null}
      <Text fw={600}>{t('contests.files.photos')}</Text>
      {photos.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('contests.files.noPhotos')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} data-testid="entry-photos">
          {photos.map((f) => (
            <Stack key={f.id} gap={4} data-testid="entry-photo">
              <Thumbnail entryId={e.id} file={f} />
              <Text size="xs">{f.fileName}</Text>
              {editable && (
                <Button
                  size="compact-xs"
                  variant="default"
                  color="red.8"
                  onClick={() => setDeleting(f)}
                  aria-label={t('contests.files.deleteOf', { name: f.fileName })}
                >
                  {t('common.delete')}
                </Button>
              )}
            </Stack>
          ))}
        </SimpleGrid>
      )}
      <Text fw={600}>{t('contests.files.documents')}</Text>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('contests.files.noDocuments')}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="entry-documents">
          {documents.map((f) => (
            <Group key={f.id} gap="sm" data-testid="entry-document">
              <Anchor
                component="button"
                type="button"
                onClick={() =>
                  void downloads.run(f.id, async () => saveBlob(await fetchEntryFile(e.id, f.id), f.fileName))
                }
              >
                {f.fileName}
              </Anchor>
              <Text size="sm" c="dimmed">
                {formatDateTime(f.uploadedAt)}
              </Text>
              {editable && (
                <Button
                  size="compact-xs"
                  variant="default"
                  color="red.8"
                  onClick={() => setDeleting(f)}
                  aria-label={t('contests.files.deleteOf', { name: f.fileName })}
                >
                  {t('common.delete')}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {editable && (
        <>
          <FileUpload
            label={t('contests.files.addPhoto')}
            help={t('contests.files.photoHelp')}
            accept="image/png,image/jpeg"
            maxBytes={MAX_PHOTO_BYTES}
            uploading={add.isPending && add.variables?.kind === 'photo'}
            upload={upload('photo')}
            testId="photo-upload"
            renderProblem={(error) => <ContestProblem error={error} />}
          />
          <FileUpload
            label={t('contests.files.addDocument')}
            help={t('contests.files.documentHelp')}
            accept="application/pdf"
            maxBytes={MAX_DOCUMENT_BYTES}
            uploading={add.isPending && add.variables?.kind === 'document'}
            upload={upload('document')}
            testId="document-upload"
            renderProblem={(error) => <ContestProblem error={error} />}
          />
        </>
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('contests.files.deleteTitle')}
        body={t('contests.files.deleteBody', { name: deleting?.fileName ?? '' })}
        confirmLabel={t('common.delete')}
        confirmColor="red.8"
        busy={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          setError(null);
          remove.mutate(
            { fileId: deleting.id, version: e.version },
            {
              onSuccess: () => notifySuccess(t('contests.files.deleted', { name: deleting.fileName })),
              onError: (err) => conflict.handle(err, setError),
              onSettled: () => setDeleting(null),
            },
          );
        }}
      />
      {conflict.dialog}
    </Stack>
  );
}
