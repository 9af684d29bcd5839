import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
import { useEvent, useUpdateEvent } from '../api/calendar';
import { fromEvent, toInput, type FieldName } from '../api/event-form-model';
import { EventForm } from '../components/event-form';
import { serverErrorsOf } from './event-create-page';
import { paths } from '@/config/paths';

export default function EventEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const event = useEvent(id);
  const update = useUpdateEvent(id);
  const [serverErrors, setServerErrors] = useState<Partial<Record<FieldName, string>>>();
  const [error, setError] = useState<unknown>(null);
  const [formKey, setFormKey] = useState(0);
  const conflict = useConflict(async () => {
    await event.refetch();
    setFormKey((k) => k + 1);
  });

  if (event.isPending) return <LoadingState />;
  if (event.isError) return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  const e = event.data;
  const names = Object.fromEntries(
    e.participants.filter((p) => p.associationId).map((p) => [p.associationId as string, p.name ?? '']),
  );

  return (
    <Stack gap="md">
      <Text size="sm">
        <Anchor component={Link} to={paths.calendar.event.getHref(e.id)}>
          {e.title}
        </Anchor>
      </Text>
      <Title order={1}>{t('calendar.edit.title')}</Title>
      {error ? <ProblemAlert error={error} /> : null}
      <EventForm
        key={`${e.version}-${formKey}`}
        initial={fromEvent(e)}
        associationNames={names}
        submitLabel={t('calendar.edit.submit')}
        submitting={update.isPending}
        serverErrors={serverErrors}
        onCancel={() => void navigate(paths.calendar.event.getHref(e.id))}
        onSubmit={(values) => {
          setError(null);
          update.mutate(
            { body: toInput(values), version: e.version },
            {
              onSuccess: () => {
                notifySuccess(t('calendar.edit.done'));
                void navigate(paths.calendar.event.getHref(e.id));
              },
              onError: (err) =>
                conflict.handle(err, (other) => {
                  setServerErrors(serverErrorsOf(other));
                  setError(other);
                }),
            },
          );
        }}
      />
      {conflict.dialog}
    </Stack>
  );
}
