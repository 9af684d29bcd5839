import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { useNavigate, useParams } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
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

  if (!event.isSuccess) return <QueryState query={event} />;
  const e = event.data;
  const names = Object.fromEntries(
    e.participants.filter((p) => p.associationId).map((p) => [p.associationId as string, p.name ?? '']),
  );

  return (
    <Stack gap="md">
      <PageHeader
        back={{ to: paths.calendar.event.getHref(e.id), label: e.title }}
        title={t('calendar.edit.title')}
      />
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
