import { Alert, Button, Group, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { notifySuccess } from '@/components/notify';
import { isApiError } from '@/lib/api/problem';
import {
  CHANNELS,
  usePreferences,
  useSavePreferences,
  type Channel,
  type NotificationPreference,
} from '../api/notifications';
import { CHANNEL_LABELS, kindLabel } from '../components/kind-label';

/** Where each kind of notification goes: in-app, e-mail, both or none, and the daily digest. */
export default function PreferencesPage() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const save = useSavePreferences();
  const [edits, setEdits] = useState<Record<string, NotificationPreference>>({});

  if (!prefs.isSuccess) return <QueryState query={prefs} />;

  const rows = prefs.data.items.map((p) => edits[p.kind] ?? p);
  const change = (p: NotificationPreference) => setEdits((e) => ({ ...e, [p.kind]: p }));
  const submit = () =>
    save.mutate(
      { items: rows, etag: prefs.data.etag },
      {
        onSuccess: () => {
          setEdits({});
          notifySuccess(t('notifications.saved'));
        },
      },
    );

  return (
    <Stack gap="md">
      <Title order={1}>{t('notifications.preferencesTitle')}</Title>
      <Text c="dimmed">{t('notifications.preferencesIntro')}</Text>
      {save.error ? (
        isApiError(save.error, 412) ? (
          <Alert color="orange" title={t('notifications.conflictTitle')}>
            <Group justify="space-between">
              <Text size="sm">{t('notifications.conflict')}</Text>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  setEdits({});
                  save.reset();
                  void prefs.refetch();
                }}
              >
                {t('notifications.reload')}
              </Button>
            </Group>
          </Alert>
        ) : (
          <ProblemAlert error={save.error} />
        )
      ) : null}
      {rows.length === 0 ? (
        <EmptyState />
      ) : (
        <Table data-testid="preferences-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('notifications.kind')}</Table.Th>
              <Table.Th>{t('notifications.channel')}</Table.Th>
              <Table.Th>{t('notifications.digest')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => {
              const label = kindLabel(t, p.kind);
              const emails = p.channel === 'email' || p.channel === 'both';
              return (
                <Table.Tr key={p.kind} data-testid={`preference-${p.kind}`}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('notifications.channelOf', { kind: label })}
                      allowDeselect={false}
                      value={p.channel}
                      onChange={(v) => v && change({ ...p, channel: v as Channel })}
                      data={CHANNELS.map((c) => ({ value: c, label: t(CHANNEL_LABELS[c]) }))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      aria-label={t('notifications.digestOf', { kind: label })}
                      checked={p.digest}
                      disabled={!emails}
                      onChange={(e) => change({ ...p, digest: e.currentTarget.checked })}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button onClick={submit} loading={save.isPending} disabled={Object.keys(edits).length === 0}>
          {t('notifications.save')}
        </Button>
      </Group>
    </Stack>
  );
}
