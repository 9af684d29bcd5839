import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/list-page';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Fact, Section } from '@/components/detail-section';
import { DocumentDownloads } from '@/components/document-downloads';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { useConflict } from '@/components/use-conflict';
import { formatDate, formatDateTime } from '@/lib/format';
import { fetchEntryCertificate, useConsent, useDeleteEntry, useEntry } from '../api/entries';
import { type Entry } from '../api/contests';
import { ContestProblem } from '../components/contest-problem';
import { EntryActions } from '../components/entry-actions';
import { EntryFiles } from '../components/entry-files';
import { AWARD_LABEL, EntryStatusBadge, GENDER_LABEL } from '../components/labels';
import { paths } from '@/config/paths';

/** The content and files may change while the entry is a draft or submitted (and the dates allow: the API decides). */
export function contentEditable(e: Pick<Entry, 'status'>): boolean {
  return e.status === 'draft' || e.status === 'submitted';
}

export default function EntryPage() {
  const { id = '' } = useParams();
  const entry = useEntry(id);
  if (!entry.isSuccess) return <QueryState query={entry} />;
  return <Detail entry={entry.data} reload={async () => (await entry.refetch()).data} />;
}

function Detail({ entry: e, reload }: { entry: Entry; reload: () => Promise<Entry | undefined> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editable = contentEditable(e);
  const remove = useDeleteEntry();
  const [confirmDelete, setConfirmDelete] = useState(false);

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={paths.contests.entries.getHref(e.editionId)}>
          {t('contests.entries.title')}
        </Anchor>
      </Text>
      <Stack gap={4}>
        <Text fw={600} data-testid="entry-code">
          {t('contests.entry.codeLabel', { code: e.code, category: e.category.name })}
        </Text>
        <Title order={1} data-testid="entry-title">
          {e.title}
        </Title>
        <Group gap="sm">
          <EntryStatusBadge status={e.status} />
          {e.award && (
            <Badge
              color="yellow"
              c="dark.8"
              variant="light"
              style={{ textTransform: 'none' }}
              data-testid="entry-award"
            >
              {e.awardName ?? t(AWARD_LABEL[e.award])}
            </Badge>
          )}
        </Group>
      </Stack>
      {e.status === 'rejected' && e.rejectionReason && (
        <Alert color="red" title={t('contests.entry.rejectedTitle')} data-testid="rejection-reason">
          {e.rejectionReason}
        </Alert>
      )}
      <EntryActions entry={e} reload={reload} />
      {editable && (
        <Group gap="sm">
          <Button
            component={Link}
            to={paths.contests.entryEdit.getHref(e.id)}
            variant="default"
            data-testid="edit-entry"
          >
            {t('contests.entry.edit')}
          </Button>
          {e.status === 'draft' && (
            <Button
              variant="default"
              color="red.8"
              onClick={() => setConfirmDelete(true)}
              data-testid="delete-entry"
            >
              {t('contests.entry.delete')}
            </Button>
          )}
        </Group>
      )}

      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" m={0}>
          <Fact label={t('contests.entry.category')}>{e.category.name}</Fact>
          <Fact label={t('contests.field.school')} testId="entry-school">
            {e.school}
          </Fact>
          <Fact label={t('contests.field.district')}>{e.district}</Fact>
          <Fact label={t('contests.field.commune')}>{e.commune}</Fact>
          <Fact label={t('contests.entry.registeredBy')}>{e.registeredBy}</Fact>
          <Fact label={t('contests.entry.submittedAt')}>
            {e.submittedAt ? formatDateTime(e.submittedAt) : null}
          </Fact>
          <Fact label={t('contests.entry.videoUrl')}>
            {e.videoUrl ? (
              <Anchor href={e.videoUrl} target="_blank" rel="noopener noreferrer">
                {e.videoUrl}
              </Anchor>
            ) : null}
          </Fact>
          <Fact label={t('contests.entry.updatedAt')}>{formatDateTime(e.updatedAt)}</Fact>
        </SimpleGrid>
        <Text fw={600} mt="md">
          {t('contests.entry.description')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="entry-description">
          {e.description}
        </Text>
        {e.howItWorks && (
          <>
            <Text fw={600} mt="md">
              {t('contests.entry.howItWorks')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {e.howItWorks}
            </Text>
          </>
        )}
      </Card>

      <Section id="authors-title" title={t('contests.entry.authors')}>
        <ListTable
          columns={[
            t('contests.entry.fullName'),
            t('contests.entry.dateOfBirth'),
            t('contests.entry.gender'),
            t('contests.field.school'),
            t('contests.entry.grade'),
            t('contests.field.commune'),
            t('contests.field.district'),
          ]}
          minWidth={760}
          testId="authors-table"
        >
          {e.authors.map((a, i) => (
            <Table.Tr key={i} data-testid="author-row">
              <Table.Td>{a.fullName}</Table.Td>
              <Table.Td>{formatDate(a.dateOfBirth)}</Table.Td>
              <Table.Td>{a.gender ? t(GENDER_LABEL[a.gender]) : '—'}</Table.Td>
              <Table.Td>{a.school}</Table.Td>
              <Table.Td>{a.grade ?? '—'}</Table.Td>
              <Table.Td>{a.commune ?? '—'}</Table.Td>
              <Table.Td>{a.district}</Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
        <Text fw={600} mt="md">
          {t('contests.entry.supervisor')}
        </Text>
        {e.supervisor ? (
          <Text size="sm" data-testid="supervisor">
            {[e.supervisor.fullName, e.supervisor.school, e.supervisor.phone, e.supervisor.email]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Section>

      <Section id="files-title" title={t('contests.files.title')}>
        <EntryFiles entry={e} editable={editable} reload={reload} />
      </Section>

      <Section id="consent-title" title={t('contests.consent.title')}>
        <Consent entry={e} reload={reload} />
      </Section>

      <Section id="award-title" title={t('contests.entry.awardTitle')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
          <Fact label={t('contests.entry.award')}>
            {e.award ? (e.awardName ?? t(AWARD_LABEL[e.award])) : null}
          </Fact>
          <Fact label={t('contests.entry.nominated')}>
            {e.status === 'nominated'
              ? t('contests.entry.nominatedAt', { at: formatDateTime(e.nominatedAt) })
              : t('contests.coordinators.no')}
          </Fact>
          <Fact label={t('contests.entry.nominationNote')}>{e.nominationNote}</Fact>
        </SimpleGrid>
        {e.award && (e.status === 'awarded' || e.status === 'nominated') ? (
          <Stack gap="xs" mt="sm">
            <Text fw={500}>{t('documents.certificate')}</Text>
            <DocumentDownloads
              testId="certificate"
              label={t('documents.certificate')}
              fetchDocument={(format) => fetchEntryCertificate(e.id, format)}
            />
          </Stack>
        ) : null}
      </Section>

      <ConfirmDialog
        opened={confirmDelete}
        title={t('contests.entry.deleteTitle')}
        body={t('contests.entry.deleteBody', { code: e.code })}
        confirmLabel={t('contests.entry.delete')}
        confirmColor="red.8"
        busy={remove.isPending}
        error={remove.error}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() =>
          remove.mutate(
            { id: e.id, version: e.version },
            {
              onSuccess: () => {
                notifySuccess(t('contests.entry.deleted', { code: e.code }));
                void navigate(paths.contests.entries.getHref());
              },
            },
          )
        }
      />
    </Stack>
  );
}

/** The parents' consent to show names, school and district in public results: recorded or withdrawn any time. */
function Consent({ entry: e, reload }: { entry: Entry; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const consent = useConsent(e.id);
  const conflict = useConflict(reload);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const give = !e.consentPublic;
  return (
    <Stack gap="sm">
      {error ? <ContestProblem error={error} /> : null}
      <Text data-testid="consent-state" data-consent={e.consentPublic}>
        {e.consentPublic
          ? t('contests.consent.given', {
              at: formatDateTime(e.consentRecordedAt),
              by: e.consentRecordedBy ?? '—',
            })
          : t('contests.consent.notGiven')}
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('contests.consent.note')}
          value={note}
          maxLength={2000}
          onChange={(ev) => setNote(ev.currentTarget.value)}
          style={{ flex: 1, minWidth: 240 }}
          data-testid="consent-note"
        />
        <Button
          variant={give ? 'filled' : 'default'}
          loading={consent.isPending}
          onClick={() => {
            setError(null);
            consent.mutate(
              { consentPublic: give, note: note.trim() || undefined, version: e.version },
              {
                onSuccess: () => {
                  notifySuccess(give ? t('contests.consent.recorded') : t('contests.consent.withdrawn'));
                  setNote('');
                },
                onError: (err) => conflict.handle(err, setError),
              },
            );
          }}
          data-testid={give ? 'record-consent' : 'withdraw-consent'}
        >
          {give ? t('contests.consent.record') : t('contests.consent.withdraw')}
        </Button>
      </Group>
      {conflict.dialog}
    </Stack>
  );
}
