import { Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Fact, Section } from '@/components/detail-section';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { useAssociation, useDeleteAssociation, type AssociationDetail } from '../api/associations';
import { CongressBadge, StatusBadge } from '../components/labels';
import { OfficersPanel } from '../components/officers-panel';
import { CongressesPart, LeadersPart, TermsPart } from '../components/structure-sections';
import { paths } from '@/config/paths';

export default function AssociationDetailPage() {
  const { id = '' } = useParams();
  const query = useAssociation(id);
  if (!query.isSuccess) return <QueryState query={query} />;
  return <Detail a={query.data} reload={async () => (await query.refetch()).data} />;
}

function Detail({
  a,
  reload,
}: {
  a: AssociationDetail;
  reload: () => Promise<AssociationDetail | undefined>;
}) {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const [deleting, { open, close }] = useDisclosure(false);
  const remove = useDeleteAssociation();
  const canDelete = auth.hasRole('staff', 'admin');
  const isAdmin = auth.hasRole('admin');

  const confirmDelete = () =>
    remove.mutate(
      { id: a.id, version: a.version },
      {
        onSuccess: () => {
          close();
          notifySuccess(t('delete.done', { name: a.name }));
          void navigate(paths.associations.list.getHref(), { replace: true });
        },
      },
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} data-testid="association-name">
            {a.name}
          </Title>
          <Group gap="xs">
            <StatusBadge status={a.status} />
            <CongressBadge status={a.congressStatus} />
            {a.abbreviation && <Text c="dimmed">{a.abbreviation}</Text>}
          </Group>
        </Stack>
        <Group>
          {a.canEdit && (
            <Button
              component={Link}
              to={paths.associations.edit.getHref(a.id)}
              data-testid="edit-association"
            >
              {t('common.edit')}
            </Button>
          )}
          {canDelete && (
            <Button
              variant="outline"
              color="red.8"
              onClick={() => {
                remove.reset();
                open();
              }}
              data-testid="delete-association"
            >
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Group>

      <Section title={t('association.section.profile')}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" m={0}>
          <Fact label={t('association.field.field')}>{a.field}</Fact>
          <Fact label={t('association.field.memberCount')}>
            <span data-testid="member-count">{formatNumber(a.memberCount)}</span>
          </Fact>
          <Fact label={t('association.field.foundedOn')}>{a.foundedOn && formatDate(a.foundedOn)}</Fact>
          <Fact label={t('association.field.foundingDecision')}>{a.foundingDecision}</Fact>
          <Fact label={t('association.field.currentTermEnd')}>
            {a.currentTerm && formatDate(a.currentTerm.endDate)}
          </Fact>
          <Fact label={t('association.field.updatedAt')}>{formatDateTime(a.updatedAt)}</Fact>
        </SimpleGrid>
        {a.description && (
          <Text mt="md" style={{ whiteSpace: 'pre-line' }} data-testid="description">
            {a.description}
          </Text>
        )}
      </Section>

      <Section title={t('association.section.contact')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
          <Fact label={t('association.field.address')}>{a.contact?.address}</Fact>
          <Fact label={t('association.field.email')}>
            {a.contact?.email && <Anchor href={`mailto:${a.contact.email}`}>{a.contact.email}</Anchor>}
          </Fact>
          <Fact label={t('association.field.phone')}>{a.contact?.phone}</Fact>
          <Fact label={t('association.field.website')}>
            {a.contact?.website && (
              <Anchor href={a.contact.website} target="_blank" rel="noopener noreferrer">
                {a.contact.website}
              </Anchor>
            )}
          </Fact>
        </SimpleGrid>
      </Section>

      {a.internalNotes !== undefined && (
        <Section title={t('association.field.internalNotes')}>
          <Text style={{ whiteSpace: 'pre-line' }}>{a.internalNotes || '—'}</Text>
        </Section>
      )}

      <Section title={t('association.section.terms')}>
        <TermsPart a={a} reload={reload} />
      </Section>

      <Section title={t('association.section.congresses')}>
        <CongressesPart a={a} reload={reload} />
      </Section>

      <Section title={t('association.section.leaders')}>
        <LeadersPart a={a} reload={reload} />
      </Section>

      {isAdmin && (
        <Section title={t('association.officers.title')}>
          <OfficersPanel associationId={a.id} />
        </Section>
      )}

      <ConfirmDialog
        opened={deleting}
        title={t('delete.title')}
        body={t('delete.body', { name: a.name })}
        confirmLabel={t('delete.confirm')}
        confirmColor="red.8"
        error={remove.error}
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onClose={close}
        testId="delete-dialog"
        confirmTestId="confirm-delete"
      />
    </Stack>
  );
}
