import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { JudgingNav } from '@/components/contest-edition-nav';
import { Fact, Section } from '@/components/detail-section';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { useConflict } from '@/components/use-conflict';
import { VersionedEditForm } from '@/components/versioned-edit-form';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { MAX_RULES_BYTES, apiHref, type Edition } from '../api/contests';
import {
  useDeleteEdition,
  useEdition,
  useReplaceEdition,
  useTransitionEdition,
  useUploadRules,
} from '../api/editions';
import { DATE_FIELDS, editionFieldErrors, fromEdition, toEditionInput } from '../api/edition-form-model';
import { BoardNav } from '../components/board-nav';
import { CategoriesPanel } from '../components/categories-panel';
import { ContestProblem } from '../components/contest-problem';
import { DATE_LABEL, EditionForm } from '../components/edition-form';
import { FileUpload } from '@/components/file-upload';
import { EditionStatusBadge, PhaseBadge } from '../components/labels';
import { paths } from '@/config/paths';

/** One edition in the office: details, publication, rules PDF, categories and their rubrics. */
export default function EditionEditorPage() {
  const { id = '' } = useParams();
  const edition = useEdition(id);
  if (!edition.isSuccess) return <QueryState query={edition} />;
  return <Editor edition={edition.data} reload={async () => (await edition.refetch()).data} />;
}

function Editor({ edition: e, reload }: { edition: Edition; reload: () => Promise<Edition | undefined> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="md">
      <BoardNav current="editions" />
      <Stack gap={4}>
        <Text fw={600}>{t('contests.public.year', { year: e.year })}</Text>
        <Title order={1} data-testid="edition-title">
          {e.name}
        </Title>
        <Group gap="sm">
          <EditionStatusBadge status={e.status} />
          <PhaseBadge phase={e.phase} />
          {e.status === 'published' && (
            <Anchor
              component={Link}
              to={paths.contests.edition.getHref(e.id)}
              size="sm"
              data-testid="public-link"
            >
              {t('contests.board.publicPage')}
            </Anchor>
          )}
          <Anchor component={Link} to={paths.contests.statistics.getHref(e.id)} size="sm">
            {t('contests.board.statistics')}
          </Anchor>
          <Anchor component={Link} to={paths.contests.entries.getHref(e.id)} size="sm">
            {t('contests.board.entries')}
          </Anchor>
        </Group>
      </Stack>
      <JudgingNav editionId={e.id} current="edition" />
      <EditionActions edition={e} reload={reload} />

      {editing ? (
        <Section id="edit-edition-title" title={t('contests.board.editTitle')}>
          <EditDetails edition={e} reload={reload} onDone={() => setEditing(false)} />
        </Section>
      ) : (
        <Card withBorder>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" m={0}>
            {DATE_FIELDS.map((k) => (
              <Fact key={k} label={t(DATE_LABEL[k])} testId={`fact-${k}`}>
                {formatDate(e[k])}
              </Fact>
            ))}
            <Fact label={t('contests.field.ages')}>
              {t('contests.board.range', { min: e.minAge, max: e.maxAge })}
            </Fact>
            <Fact label={t('contests.field.grades')}>
              {e.minGrade !== undefined && e.maxGrade !== undefined
                ? t('contests.board.range', { min: e.minGrade, max: e.maxGrade })
                : null}
            </Fact>
            <Fact label={t('contests.field.maxEntriesPerSchool')}>{formatNumber(e.maxEntriesPerSchool)}</Fact>
            <Fact label={t('contests.field.maxAuthorsPerEntry')}>{formatNumber(e.maxAuthorsPerEntry)}</Fact>
            <Fact label={t('contests.form.quota')}>
              {t('contests.board.quota', {
                first: e.awardQuota.first,
                second: e.awardQuota.second,
                third: e.awardQuota.third,
                consolation: e.awardQuota.consolation,
              })}
            </Fact>
            <Fact label={t('contests.field.coOrganisers')}>{e.coOrganisers.join('; ')}</Fact>
          </SimpleGrid>
          {e.description && (
            <Text mt="md" size="sm" style={{ whiteSpace: 'pre-line' }}>
              {e.description}
            </Text>
          )}
          <Group mt="md">
            <Button variant="default" onClick={() => setEditing(true)} data-testid="edit-edition">
              {t('contests.board.edit')}
            </Button>
          </Group>
        </Card>
      )}

      <Section id="rules-title" title={t('contests.board.rules')}>
        <Rules edition={e} />
      </Section>
      <Section id="categories-title" title={t('contests.categories.title')}>
        <CategoriesPanel editionId={e.id} />
      </Section>
    </Stack>
  );
}

/** Publish or take back to draft (If-Match; a 412 opens the conflict dialog), delete a draft. */
function EditionActions({ edition: e, reload }: { edition: Edition; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const transition = useTransitionEdition(e.id);
  const remove = useDeleteEdition();
  const [error, setError] = useState<unknown>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const conflict = useConflict(reload);
  const publish = e.status === 'draft';
  return (
    <Stack gap="xs">
      {error ? <ContestProblem error={error} /> : null}
      {publish && (
        <Alert color="blue" data-testid="draft-note">
          {t('contests.board.draftNote')}
        </Alert>
      )}
      <Group gap="sm">
        <Button
          variant={publish ? 'filled' : 'default'}
          loading={transition.isPending}
          onClick={() => {
            setError(null);
            transition.mutate(
              { status: publish ? 'published' : 'draft', version: e.version },
              {
                onSuccess: () =>
                  notifySuccess(publish ? t('contests.board.published') : t('contests.board.unpublished')),
                onError: (err) => conflict.handle(err, setError),
              },
            );
          }}
          data-testid={publish ? 'publish-edition' : 'unpublish-edition'}
        >
          {publish ? t('contests.board.publish') : t('contests.board.unpublish')}
        </Button>
        {publish && (
          <Button
            variant="default"
            color="red.8"
            onClick={() => setConfirmDelete(true)}
            data-testid="delete-edition"
          >
            {t('contests.board.delete')}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('contests.board.deleteTitle')}
        body={t('contests.board.deleteBody', { name: e.name })}
        confirmLabel={t('contests.board.delete')}
        confirmColor="red.8"
        busy={remove.isPending}
        error={remove.error}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() =>
          remove.mutate(
            { id: e.id, version: e.version },
            {
              onSuccess: () => {
                notifySuccess(t('contests.board.deleted', { name: e.name }));
                void navigate(paths.contests.board.getHref());
              },
            },
          )
        }
      />
      {conflict.dialog}
    </Stack>
  );
}

function EditDetails({
  edition,
  reload,
  onDone,
}: {
  edition: Edition;
  reload: () => Promise<Edition | undefined>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const replace = useReplaceEdition(edition.id);
  return (
    <VersionedEditForm
      record={edition}
      reload={reload}
      mutation={replace}
      toBody={toEditionInput}
      fieldErrors={(problem) => editionFieldErrors(problem.fieldErrors()).byField}
      saved={() => t('contests.board.saved')}
      onDone={onDone}
      renderProblem={(error) => <ContestProblem error={error} />}
    >
      {({ base, ...form }) => (
        <EditionForm {...form} initial={fromEdition(base)} yearFixed submitLabel={t('contests.board.save')} />
      )}
    </VersionedEditForm>
  );
}

/** The rules PDF: the current one (download) and a replacement (If-Match on the edition). */
function Rules({ edition: e }: { edition: Edition }) {
  const { t } = useTranslation();
  const upload = useUploadRules(e.id, e.version);
  return (
    <Stack gap="sm">
      {e.rules ? (
        <Group gap="sm" data-testid="rules-file">
          <Anchor href={apiHref(e.rules.url, true)}>{e.rules.fileName}</Anchor>
          <Text size="sm" c="dimmed">
            {formatDateTime(e.rules.uploadedAt)}
          </Text>
        </Group>
      ) : (
        <Text c="dimmed" size="sm" data-testid="no-rules">
          {t('contests.board.noRules')}
        </Text>
      )}
      <FileUpload
        label={e.rules ? t('contests.board.replaceRules') : t('contests.board.uploadRules')}
        help={t('contests.board.rulesHelp')}
        accept="application/pdf"
        maxBytes={MAX_RULES_BYTES}
        uploading={upload.isPending}
        upload={(file, callbacks) => upload.mutate(file, callbacks)}
        testId="rules-upload"
        renderProblem={(error) => <ContestProblem error={error} />}
      />
    </Stack>
  );
}
