import { Anchor, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { Section } from '@/components/detail-section';
import { ExportMenu } from '@/components/list-page/export-menu';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDateTime, formatNumber } from '@/lib/format';
import { downloadRegistrationsExport, useDeleteEvent, useEvent, useRegistrations } from '../api/calendar';
import { ConflictBadge } from '../components/event-chip';
import { RegistrationForm } from '../components/registration-form';
import { KIND_LABEL, PARTICIPANT_LABEL, VISIBILITY_LABEL } from '../components/labels';
import { paths } from '@/config/paths';

export default function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const event = useEvent(id);
  const staff = auth.status === 'authenticated' && auth.hasRole('admin', 'staff');
  const registrations = useRegistrations(id, staff && event.data?.kind === 'workshop');
  const remove = useDeleteEvent(id);
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = useConflict(() => event.refetch());

  if (!event.isSuccess) return <QueryState query={event} />;
  const e = event.data;
  const reg = e.registration;

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={paths.calendar.month.getHref()}>
          {t('calendar.title')}
        </Anchor>
      </Text>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="xs">
            <Badge variant="light" color="dark">
              {t(KIND_LABEL[e.kind])}
            </Badge>
            <Badge variant="outline" color="dark">
              {t(VISIBILITY_LABEL[e.visibility])}
            </Badge>
            <ConflictBadge count={e.conflicts.length} />
          </Group>
          <Title order={1} data-testid="event-title">
            {e.title}
          </Title>
          <Text data-testid="event-time">
            {formatDateTime(e.startsAt)} – {formatDateTime(e.endsAt)} ({t('calendar.timeZone')})
          </Text>
        </Stack>
        {e.canManage && (
          <Group>
            <Button
              component={Link}
              to={paths.calendar.edit.getHref(e.id)}
              variant="default"
              data-testid="edit-event"
            >
              {t('common.edit')}
            </Button>
            <Button
              color="red.9"
              variant="outline"
              onClick={() => setConfirm(true)}
              data-testid="delete-event"
            >
              {t('calendar.delete.action')}
            </Button>
          </Group>
        )}
      </Group>
      {error ? <ProblemAlert error={error} /> : null}
      {e.conflicts.length > 0 && (
        <Paper withBorder p="sm" role="note" data-testid="conflicts">
          <Text fw={600}>{t('calendar.conflict.title')}</Text>
          <List size="sm">
            {e.conflicts.map((c) => (
              <List.Item key={c.id}>
                <Anchor component={Link} to={paths.calendar.event.getHref(c.id)}>
                  {c.title}
                </Anchor>{' '}
                ({formatDateTime(c.startsAt)} – {formatDateTime(c.endsAt)}):{' '}
                {t('calendar.conflict.people', { people: c.people.join(', ') })}
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      <Section title={t('calendar.detail.where')}>
        <Text>{e.place ?? '—'}</Text>
        {e.onlineUrl && (
          <Anchor href={e.onlineUrl} target="_blank" rel="noopener noreferrer">
            {t('calendar.detail.online')}
          </Anchor>
        )}
      </Section>
      <Section title={t('calendar.detail.who')}>
        <Text>
          {t('calendar.field.chairName')}: {e.chairName ?? e.chairUsername ?? '—'}
        </Text>
        {e.participants.length > 0 ? (
          <List size="sm" data-testid="participants">
            {e.participants.map((p, i) => (
              <List.Item key={i}>
                {p.name ?? p.username} ({t(PARTICIPANT_LABEL[p.kind])})
              </List.Item>
            ))}
          </List>
        ) : (
          <Text c="dimmed">{t('calendar.detail.noParticipants')}</Text>
        )}
      </Section>
      {(e.agenda || e.description || e.documents.length > 0) && (
        <Section title={t('calendar.field.agenda')}>
          {e.agenda && <Text style={{ whiteSpace: 'pre-line' }}>{e.agenda}</Text>}
          {e.description && <Text style={{ whiteSpace: 'pre-line' }}>{e.description}</Text>}
          {e.documents.length > 0 && (
            <List size="sm">
              {e.documents.map((d, i) => (
                <List.Item key={i}>
                  <Anchor href={d.url}>{d.title}</Anchor>
                </List.Item>
              ))}
            </List>
          )}
        </Section>
      )}
      {reg && (
        <Section title={t('calendar.register.title')}>
          <Text data-testid="registration-state">
            {reg.capacity != null
              ? t('calendar.register.countOf', {
                  registered: formatNumber(reg.registered),
                  capacity: formatNumber(reg.capacity),
                })
              : t('calendar.register.count', { registered: formatNumber(reg.registered) })}
            {reg.closesAt ? ` · ${t('calendar.register.closes', { at: formatDateTime(reg.closesAt) })}` : ''}
          </Text>
          {reg.acceptingNow ? (
            <RegistrationForm eventId={e.id} />
          ) : (
            <Text c="dimmed">{t('calendar.register.notAccepting')}</Text>
          )}
        </Section>
      )}
      {staff && reg && registrations.data && (
        <Section title={t('calendar.registrants.title')}>
          <Group justify="flex-end">
            <ExportMenu
              testId="registrants-export"
              download={(format) => downloadRegistrationsExport(e.id, format)}
            />
          </Group>
          <Table data-testid="registrants">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('calendar.register.fullName')}</Table.Th>
                <Table.Th>{t('calendar.register.email')}</Table.Th>
                <Table.Th>{t('calendar.register.organisation')}</Table.Th>
                <Table.Th>{t('calendar.registrants.at')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {registrations.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.fullName}</Table.Td>
                  <Table.Td>{r.email}</Table.Td>
                  <Table.Td>{r.organisation ?? '—'}</Table.Td>
                  <Table.Td>{formatDateTime(r.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
      )}
      <ConfirmDialog
        opened={confirm}
        title={t('calendar.delete.title')}
        body={t('calendar.delete.message', { title: e.title })}
        confirmLabel={t('calendar.delete.action')}
        confirmColor="red.8"
        busy={remove.isPending}
        onClose={() => setConfirm(false)}
        onConfirm={() =>
          remove.mutate(e.version, {
            onSuccess: () => {
              notifySuccess(t('calendar.delete.done'));
              void navigate(paths.calendar.month.getHref());
            },
            onError: (err) => {
              setConfirm(false);
              conflict.handle(err, setError);
            },
          })
        }
      />
      {conflict.dialog}
    </Stack>
  );
}
