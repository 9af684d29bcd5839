import { Alert, Anchor, Button, FileInput, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { Link, useNavigate } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { ProblemAlert } from '@/components/problem-alert';
import { newIdempotencyKey } from '@/lib/api/client';
import { useCommitImport, usePreviewImport, type ImportCommit, type ImportPreview } from '../api/programs';
import { ImportPreviewView } from '../components/import-preview';
import { paths } from '@/config/paths';

/** Import a program document: upload or paste its text, preview what it creates, then confirm. */
export default function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [already, setAlready] = useState<ImportCommit | null>(null);
  const previewImport = usePreviewImport();
  const commit = useCommitImport();

  const chooseFile = async (f: File | null) => {
    setFile(f);
    setPreview(null);
    setAlready(null);
    previewImport.reset();
    if (f) setText(await f.text());
  };

  return (
    <Stack gap="md">
      <PageHeader
        back={{ to: paths.programs.list.getHref(), label: t('programs.list.title') }}
        title={t('programs.import.title')}
      />
      <Text size="sm">{t('programs.import.help')}</Text>
      <FileInput
        label={t('programs.import.file')}
        placeholder={t('programs.import.filePlaceholder')}
        accept=".txt,text/plain"
        clearable
        clearButtonProps={{ 'aria-label': t('common.clear') }}
        value={file}
        onChange={(f) => void chooseFile(f)}
        data-testid="import-file"
      />
      <Textarea
        label={t('programs.import.text')}
        autosize
        minRows={6}
        maxRows={16}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setPreview(null);
        }}
        data-testid="import-text"
      />
      <Group>
        <Button
          disabled={text.trim() === ''}
          loading={previewImport.isPending}
          data-testid="import-preview-button"
          onClick={() => {
            setPreview(null);
            setAlready(null);
            previewImport.mutate(
              { text, idempotencyKey: newIdempotencyKey() },
              { onSuccess: (p) => setPreview(p) },
            );
          }}
        >
          {t('programs.import.preview')}
        </Button>
      </Group>
      {previewImport.error ? (
        <ProblemAlert error={previewImport.error} title={t('programs.import.badDocument')} />
      ) : null}
      {preview && (
        <>
          <ImportPreviewView preview={preview} />
          {commit.error ? <ProblemAlert error={commit.error} /> : null}
          {already ? (
            <Alert color="blue" data-testid="commit-unchanged" title={t('programs.import.unchanged')}>
              <Anchor component={Link} to={paths.programs.detail.getHref(already.programId)}>
                {t('programs.import.openProgram')}
              </Anchor>
            </Alert>
          ) : (
            <Group>
              <Button
                loading={commit.isPending}
                data-testid="import-confirm"
                onClick={() =>
                  commit.mutate(preview.id, {
                    onSuccess: (result) => {
                      if (result.created) {
                        notifySuccess(t('programs.import.created'));
                        void navigate(paths.programs.detail.getHref(result.programId));
                      } else {
                        setAlready(result);
                      }
                    },
                  })
                }
              >
                {t('programs.import.confirm')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
