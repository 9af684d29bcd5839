import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { useNavigate, useSearchParams } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { CreateRecordForm } from '@/components/create-form';
import { ApiError } from '@/lib/api/problem';
import { formFieldErrors } from '@/lib/form-errors';
import { todayInProvince } from '@/lib/format';
import { useCreateEvent } from '../api/calendar';
import { emptyValues, fieldOf, toInput, type FieldName } from '../api/event-form-model';
import { EventForm } from '../components/event-form';
import { paths } from '@/config/paths';

export function serverErrorsOf(e: unknown): Partial<Record<FieldName, string>> | undefined {
  if (!(e instanceof ApiError)) return undefined;
  const { byField } = formFieldErrors(e.fieldErrors(), fieldOf);
  const out: Partial<Record<FieldName, string>> = {};
  for (const [k, v] of Object.entries(byField)) {
    if (v && 'message' in v) out[k as FieldName] = v.message;
  }
  return out;
}

export default function EventCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateEvent();
  const day = params.get('day');
  const [initial] = useState(() =>
    emptyValues(day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : todayInProvince()),
  );

  return (
    <Stack gap="md">
      <PageHeader
        back={{ to: paths.calendar.month.getHref(), label: t('calendar.title') }}
        title={t('calendar.create.title')}
      />
      <CreateRecordForm
        mutation={create}
        toBody={toInput}
        fieldErrors={(problem) => serverErrorsOf(problem)}
        onCreated={(created) => {
          notifySuccess(
            created.conflicts.length > 0
              ? t('calendar.create.doneWithConflicts', { count: created.conflicts.length })
              : t('calendar.create.done'),
          );
          void navigate(paths.calendar.event.getHref(created.id));
        }}
      >
        {(form) => (
          <EventForm
            {...form}
            initial={initial}
            submitLabel={t('calendar.create.submit')}
            onCancel={() => void navigate(paths.calendar.month.getHref())}
          />
        )}
      </CreateRecordForm>
    </Stack>
  );
}
