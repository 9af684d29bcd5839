import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { notifySuccess } from '@/components/notify';
import { EmptyState, ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { ApiError } from '@/lib/api/problem';
import { formatDateTime } from '@/lib/format';
import { useAssociationOfficers } from '../api/associations';
import { useAssignOfficer, useRemoveOfficer } from '../api/structure';

const USERNAME = /^[A-Za-z0-9._@-]{1,100}$/;

/** Admin: the users who act for the association; assign by username, remove with confirmation. */
export function OfficersPanel({ associationId }: { associationId: string }) {
  const { t } = useTranslation();
  const officers = useAssociationOfficers(associationId);
  const assign = useAssignOfficer(associationId);
  const remove = useRemoveOfficer(associationId);
  const [username, setUsername] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [removing, setRemoving] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = username.trim();
    if (!name) return setFieldError(t('validation.required'));
    if (!USERNAME.test(name)) return setFieldError(t('association.officers.invalidUsername'));
    setFieldError(undefined);
    assign.mutate(name, {
      onSuccess: () => {
        setUsername('');
        notifySuccess(t('association.officers.assigned', { username: name }));
      },
      onError: (e) => setFieldError(e instanceof ApiError ? e.fieldErrors().username : undefined),
    });
  };

  const confirmRemove = () => {
    if (!removing) return;
    const name = removing;
    remove.mutate(name, {
      onSuccess: () => {
        setRemoving(null);
        notifySuccess(t('association.officers.removed', { username: name }));
      },
    });
  };

  return (
    <Stack gap="sm" data-testid="officers-panel">
      {officers.isPending ? (
        <LoadingState />
      ) : officers.isError ? (
        <ErrorState error={officers.error} onRetry={() => void officers.refetch()} />
      ) : officers.data.length === 0 ? (
        <EmptyState message={t('association.officers.none')} />
      ) : (
        <List listStyleType="none" spacing="xs">
          {officers.data.map((o) => (
            <List.Item key={o.username} data-testid="officer-row">
              <Group gap="sm">
                <Text fw={600}>{o.username}</Text>
                <Text size="sm" c="dimmed">
                  {t('association.officers.assignedBy', {
                    by: o.assignedBy,
                    at: formatDateTime(o.assignedAt),
                  })}
                </Text>
                <Button
                  size="compact-sm"
                  variant="outline"
                  color="red.8"
                  aria-label={`${t('association.officers.remove')}: ${o.username}`}
                  onClick={() => {
                    remove.reset();
                    setRemoving(o.username);
                  }}
                  data-testid="officer-remove"
                >
                  {t('association.officers.remove')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {assign.error && !fieldError ? <ProblemAlert error={assign.error} /> : null}
      <form onSubmit={submit} noValidate aria-label={t('association.officers.assign')}>
        <Group align="flex-end">
          <TextInput
            name="username"
            label={t('association.officers.username')}
            value={username}
            error={fieldError}
            maxLength={100}
            onChange={(e) => {
              setUsername(e.currentTarget.value);
              setFieldError(undefined);
            }}
            data-testid="officer-username"
          />
          <Button type="submit" loading={assign.isPending} data-testid="officer-assign">
            {t('association.officers.assign')}
          </Button>
        </Group>
      </form>

      <ConfirmDialog
        opened={removing !== null}
        title={t('association.officers.removeTitle')}
        body={t('association.officers.removeBody', { username: removing ?? '' })}
        confirmLabel={t('association.officers.remove')}
        confirmColor="red.8"
        error={remove.error}
        busy={remove.isPending}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
        testId="officer-remove-dialog"
        confirmTestId="officer-confirm-remove"
      />
    </Stack>
  );
}
