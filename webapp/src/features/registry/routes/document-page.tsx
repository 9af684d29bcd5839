import { Anchor, Badge, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Fact, Section } from '@/components/detail-section';
import { DocumentDownloads } from '@/components/document-downloads';
import { FileUpload } from '@/components/file-upload';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { tk } from '@/i18n';
import { useAuth } from '@/lib/auth/auth-context';
import { saveBlob, useDownloads } from '@/lib/download';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import {
  FILE_TYPES,
  MAX_FILE_BYTES,
  fetchDocumentFile,
  fetchDocumentPrintout,
  useAttachFile,
  useDocument,
  type OfficialDocument,
} from '../api/registry';
import { HandlingSection } from '../components/handling-section';
import { DIRECTION_LABEL, TYPE_LABEL } from '../components/labels';
import { paths } from '@/config/paths';

const LINK_LABEL = {
  programTask: tk('registry.link.programTask'),
  consultation: tk('registry.link.consultation'),
  bulletinIssue: tk('registry.link.bulletinIssue'),
  contestEdition: tk('registry.link.contestEdition'),
} as const;

function Links({ doc }: { doc: OfficialDocument }) {
  const { t } = useTranslation();
  const links = [
    doc.programTask && {
      key: 'programTask' as const,
      to: paths.programs.task.getHref(doc.programTask.id),
      link: doc.programTask,
    },
    doc.consultation && {
      key: 'consultation' as const,
      to: paths.consultations.detail.getHref(doc.consultation.id),
      link: doc.consultation,
    },
    doc.bulletinIssue && {
      key: 'bulletinIssue' as const,
      to: paths.bulletins.issueEditor.getHref(doc.bulletinIssue.id),
      link: doc.bulletinIssue,
    },
    doc.contestEdition && {
      key: 'contestEdition' as const,
      to: paths.contests.editionEditor.getHref(doc.contestEdition.id),
      link: doc.contestEdition,
    },
  ].filter((l) => !!l);
  if (links.length === 0) return <Text c="dimmed">{t('registry.noLinks')}</Text>;
  return (
    <List>
      {links.map((l) => (
        <List.Item key={l.key}>
          {t(LINK_LABEL[l.key])}:{' '}
          <Anchor component={Link} to={l.to}>
            {l.link.title ?? l.link.id}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

export default function DocumentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const auth = useAuth();
  const office = auth.hasRole('staff', 'admin');
  const doc = useDocument(id);
  const attach = useAttachFile(id);
  const downloads = useDownloads<'file'>();

  if (!doc.isSuccess) return <QueryState query={doc} />;
  const d = doc.data;

  return (
    <Stack gap="md">
      <Group gap="sm">
        <Anchor component={Link} to={paths.registry.list.getHref()}>
          {t('registry.back')}
        </Anchor>
      </Group>
      <Group gap="sm" align="center">
        <Title order={1} data-testid="document-symbol">
          {d.direction === 'outgoing'
            ? t('registry.numberTitle', { symbol: d.symbol })
            : t('registry.entryTitle', { number: d.number, year: d.year })}
        </Title>
        <Badge variant="outline" color="dark">
          {t(DIRECTION_LABEL[d.direction])}
        </Badge>
      </Group>
      <Text fw={600} data-testid="document-subject">
        {d.subject}
      </Text>
      <Section title={t('registry.details')} id="details-title">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl">
          <Fact label={t('registry.field.type')}>{t(TYPE_LABEL[d.type])}</Fact>
          <Fact
            label={d.direction === 'outgoing' ? t('registry.field.symbol') : t('registry.field.senderSymbol')}
            testId="symbol"
          >
            {d.symbol}
          </Fact>
          <Fact
            label={d.direction === 'outgoing' ? t('registry.field.number') : t('registry.field.entryNumber')}
            testId="number"
          >
            {`${formatNumber(d.number)} / ${d.year}`}
          </Fact>
          <Fact label={t('registry.field.documentDate')}>{formatDate(d.documentDate)}</Fact>
          {d.receivedOn && <Fact label={t('registry.field.receivedOn')}>{formatDate(d.receivedOn)}</Fact>}
          <Fact label={t('registry.field.issuingBody')}>{d.issuingBody}</Fact>
          <Fact label={t('registry.field.signer')}>
            {[d.signerTitle, d.signer].filter(Boolean).join(' — ')}
          </Fact>
          {d.draftingUnit && <Fact label={t('registry.field.draftingUnit')}>{d.draftingUnit}</Fact>}
          <Fact
            label={t('registry.field.registered')}
          >{`${formatDateTime(d.createdAt)} (${d.createdBy})`}</Fact>
        </SimpleGrid>
        {d.note && (
          <Text mt="sm" size="sm">
            {d.note}
          </Text>
        )}
      </Section>
      <Section title={t('registry.field.recipients')} id="recipients-title">
        {d.recipients.length === 0 ? (
          <Text c="dimmed">—</Text>
        ) : (
          <List data-testid="recipient-list">
            {d.recipients.map((r, i) => (
              <List.Item key={i}>
                {r.associationId ? (
                  <Anchor component={Link} to={paths.associations.detail.getHref(r.associationId)}>
                    {r.name}
                  </Anchor>
                ) : (
                  r.name
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      <Section title={t('registry.links')} id="links-title">
        <Links doc={d} />
      </Section>
      {d.direction === 'outgoing' ? (
        <Section title={t('documents.printout')} id="printout-title" testId="printout-section">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('documents.printoutHelp')}
            </Text>
            <DocumentDownloads
              testId="printout"
              fetchDocument={(format) => fetchDocumentPrintout(d.id, format)}
            />
          </Stack>
        </Section>
      ) : null}
      <Section title={t('registry.file')} id="file-title" testId="file-section">
        <Stack gap="sm">
          {d.file ? (
            <Group gap="sm">
              <Text data-testid="file-name">{d.file.fileName}</Text>
              <Button
                variant="default"
                size="xs"
                loading={downloads.busy === 'file'}
                onClick={() =>
                  void downloads.run('file', async () =>
                    saveBlob(await fetchDocumentFile(d.id), d.file!.fileName),
                  )
                }
              >
                {t('registry.download')}
              </Button>
            </Group>
          ) : (
            <Text c="dimmed">{t('registry.noFile')}</Text>
          )}
          {downloads.error ? <ProblemAlert error={downloads.error} /> : null}
          {office && (
            <FileUpload
              label={d.file ? t('registry.replaceFile') : t('registry.attachFile')}
              help={t('registry.fileHelp')}
              accept={FILE_TYPES.join(',')}
              maxBytes={MAX_FILE_BYTES}
              uploading={attach.isPending}
              upload={(file, callbacks) => attach.mutate({ file, version: d.version }, callbacks)}
              testId="file"
            />
          )}
        </Stack>
      </Section>
      {office && d.direction === 'incoming' && <HandlingSection documentId={d.id} />}
    </Stack>
  );
}
