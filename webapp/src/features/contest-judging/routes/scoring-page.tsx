import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useVersionedEdit } from '@/components/use-versioned-edit';
import { saveBlob, useDownloads } from '@/lib/download';
import { formatDateTime } from '@/lib/format';
import { fetchJudgingFile, useMyEntry, type BlindEntry } from '../api/judging';
import { formatScore } from '../api/ranking-model';
import type { ScoreErrors } from '../api/score-form-model';
import { ScoreStatusBadge } from '../components/labels';
import { LockedSheet, ScoreForm, scoreFieldErrors } from '../components/score-form';
import { paths } from '@/config/paths';

/**
 * Scoring one entry (phone first). Blind judging: the API gives no author, supervisor, school or
 * district, and the page shows no place for them.
 */
export default function ScoringPage() {
  const { t } = useTranslation();
  const { entryId = '' } = useParams();
  const entry = useMyEntry(entryId);
  return (
    <Stack gap="md" maw={720}>
      <Anchor component={Link} to={paths.judging.mine.getHref()} size="sm">
        {t('contestJudging.mine.back')}
      </Anchor>
      {entry.isPending ? (
        <LoadingState />
      ) : entry.isError ? (
        <ErrorState error={entry.error} onRetry={() => void entry.refetch()} />
      ) : (
        <EntryScoring
          key={entry.data.id}
          entry={entry.data}
          reload={async () => (await entry.refetch()).data}
        />
      )}
    </Stack>
  );
}

function EntryScoring({
  entry,
  reload,
}: {
  entry: BlindEntry;
  reload: () => Promise<BlindEntry | undefined>;
}) {
  const { t } = useTranslation();
  // The query's data is the latest sheet (a save updates it); a 412 reloads it and remounts the form.
  const edit = useVersionedEdit<BlindEntry, ScoreErrors>(entry, reload);
  const sheet = entry.score;
  const submitted = sheet?.status === 'submitted';
  return (
    <Stack gap="md" data-testid="scoring" data-entry-id={entry.id}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('contestJudging.entry.codeCategory', { code: entry.code, category: entry.category.name })}
        </Text>
        <Title order={1} size="h2" data-testid="entry-title">
          {entry.title}
        </Title>
        <Group gap="xs">
          <ScoreStatusBadge status={sheet?.status} />
        </Group>
      </Stack>
      <EntryContent entry={entry} />
      {submitted ? (
        <>
          <Alert color="teal" title={t('contestJudging.score.lockedTitle')} data-testid="locked">
            <Text size="sm">
              {t('contestJudging.score.lockedBody', {
                total: formatScore(sheet.total, 3),
                at: formatDateTime(sheet.submittedAt),
              })}
            </Text>
          </Alert>
          <LockedSheet entry={entry} />
        </>
      ) : (
        <>
          {sheet?.reopenReason && (
            <Alert color="orange" title={t('contestJudging.score.reopenedTitle')} data-testid="reopened">
              <Text size="sm">{sheet.reopenReason}</Text>
            </Alert>
          )}
          {!entry.canScore ? (
            <Alert color="orange" role="status" data-testid="scoring-closed">
              {t('contestJudging.score.closed')}
            </Alert>
          ) : (
            <>
              {edit.error ? <ProblemAlert error={edit.error} /> : null}
              <ScoreForm
                key={edit.formKey}
                entry={entry}
                serverErrors={edit.serverErrors}
                onFailed={(e) => edit.failed(e, scoreFieldErrors)}
              />
            </>
          )}
        </>
      )}
      {edit.conflictDialog}
    </Stack>
  );
}

/** What the judge reads before scoring: the description, how it works, the video and the files. */
function EntryContent({ entry }: { entry: BlindEntry }) {
  const { t } = useTranslation();
  const downloads = useDownloads<string>();
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="entry-content">
      <Stack gap="sm">
        <Title order={2} size="h4" id="entry-content">
          {t('contestJudging.entry.content')}
        </Title>
        <div>
          <Text size="sm" fw={600}>
            {t('contestJudging.entry.description')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="entry-description">
            {entry.description}
          </Text>
        </div>
        {entry.howItWorks && (
          <div>
            <Text size="sm" fw={600}>
              {t('contestJudging.entry.howItWorks')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {entry.howItWorks}
            </Text>
          </div>
        )}
        {entry.videoUrl && (
          <Anchor href={entry.videoUrl} target="_blank" rel="noopener noreferrer" size="sm">
            {t('contestJudging.entry.video')}
          </Anchor>
        )}
        {entry.files.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('contestJudging.entry.files')}
            </Text>
            {entry.files.map((f) => (
              <Button
                key={f.id}
                variant="default"
                size="sm"
                justify="flex-start"
                loading={downloads.busy === f.id}
                onClick={() =>
                  void downloads.run(f.id, async () =>
                    saveBlob(await fetchJudgingFile(entry.id, f.id), f.fileName),
                  )
                }
              >
                {f.fileName}
              </Button>
            ))}
            {downloads.error ? <ProblemAlert error={downloads.error} /> : null}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
