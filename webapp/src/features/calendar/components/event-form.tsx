import { Alert, Checkbox, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { useAssociationPicker } from '@/components/use-association-picker';
import { EVENT_KINDS, VISIBILITIES, type EventKind, type Visibility } from '../api/calendar';
import { useClientForm } from '@/lib/use-client-form';
import { validate, type EventFormValues, type FieldName } from '../api/event-form-model';
import { KIND_LABEL, VISIBILITY_LABEL } from './labels';
import { DateField, TimeField } from '@/components/date-fields';

/** The staff editor of a meeting, work item or workshop. Times are typed in the province's time (UTC+7). */
export function EventForm(props: {
  initial: EventFormValues;
  submitLabel: string;
  submitting: boolean;
  /** Messages from the API, already localized, by form field. */
  serverErrors?: Partial<Record<FieldName, string>>;
  /** Names of associations already chosen (edit), by id. */
  associationNames?: Record<string, string>;
  onSubmit: (values: EventFormValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const {
    values,
    set: setField,
    clientErrors: errors,
    touched,
    submit,
  } = useClientForm(props.initial, validate, props.onSubmit);
  const picker = useAssociationPicker();

  const set =
    <K extends FieldName>(k: K) =>
    (v: EventFormValues[K]) =>
      setField(k, v);
  const errorOf = (k: FieldName) =>
    errors[k] ? t(errors[k]) : touched[k] ? undefined : props.serverErrors?.[k];
  const text = (k: FieldName & keyof EventFormValues, label: string, required = false) => ({
    name: k,
    label,
    required,
    value: values[k] as string,
    onChange: (e: { currentTarget: { value: string } }) => set(k)(e.currentTarget.value as never),
    error: errorOf(k),
  });

  const chosen = values.associationIds.map((id) => ({
    value: id,
    label: props.associationNames?.[id] ?? id,
  }));
  const found = (picker.result.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
  const associationOptions = [...chosen, ...found.filter((f) => !values.associationIds.includes(f.value))];

  return (
    <form onSubmit={submit} noValidate aria-label={props.submitLabel} data-testid="event-form">
      <Stack gap="md">
        {Object.values(errors).some(Boolean) && (
          <Alert color="red" role="alert" data-testid="form-invalid">
            {t('calendar.form.fixErrors')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            name="kind"
            label={t('calendar.field.kind')}
            required
            allowDeselect={false}
            value={values.kind}
            onChange={(v) => v && set('kind')(v as EventKind)}
            data={EVENT_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
            data-testid="field-kind"
          />
          <Select
            name="visibility"
            label={t('calendar.field.visibility')}
            required
            allowDeselect={false}
            value={values.visibility}
            onChange={(v) => v && set('visibility')(v as Visibility)}
            data={VISIBILITIES.map((k) => ({ value: k, label: t(VISIBILITY_LABEL[k]) }))}
            error={errorOf('visibility')}
            data-testid="field-visibility"
          />
        </SimpleGrid>
        <TextInput
          {...text('title', t('calendar.field.title'), true)}
          maxLength={300}
          data-testid="field-title"
        />
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <DateField {...text('day', t('calendar.field.day'), true)} data-testid="field-day" />
          <TimeField {...text('startTime', t('calendar.field.startTime'), true)} data-testid="field-start" />
          <DateField {...text('endDay', t('calendar.field.endDay'))} data-testid="field-end-day" />
          <TimeField {...text('endTime', t('calendar.field.endTime'), true)} data-testid="field-end" />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            {...text('place', t('calendar.field.place'))}
            maxLength={500}
            data-testid="field-place"
          />
          <TextInput
            {...text('onlineUrl', t('calendar.field.onlineUrl'))}
            type="url"
            data-testid="field-online"
          />
          <TextInput
            {...text('chairName', t('calendar.field.chairName'))}
            maxLength={300}
            data-testid="field-chair-name"
          />
          <TextInput
            {...text('chairUsername', t('calendar.field.chairUsername'))}
            description={t('calendar.form.usernameHelp')}
            data-testid="field-chair"
          />
        </SimpleGrid>
        <TextInput
          {...text('users', t('calendar.field.users'))}
          description={t('calendar.form.usersHelp')}
          data-testid="field-users"
        />
        <MultiSelect
          name="associationIds"
          label={t('calendar.field.associations')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('common.clear') }}
          searchValue={picker.search}
          onSearchChange={picker.setSearch}
          onDropdownOpen={picker.onDropdownOpen}
          value={values.associationIds}
          onChange={set('associationIds')}
          data={associationOptions}
          data-testid="field-associations"
        />
        <Textarea
          {...text('externals', t('calendar.field.externals'))}
          description={t('calendar.form.linesHelp')}
          autosize
          minRows={2}
          data-testid="field-externals"
        />
        <Textarea
          {...text('agenda', t('calendar.field.agenda'))}
          autosize
          minRows={3}
          data-testid="field-agenda"
        />
        <Textarea
          {...text('documents', t('calendar.field.documents'))}
          description={t('calendar.form.documentsHelp')}
          autosize
          minRows={2}
          data-testid="field-documents"
        />
        <Textarea {...text('description', t('calendar.field.description'))} autosize minRows={2} />
        {values.kind === 'workshop' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Checkbox
              name="registrationOpen"
              label={t('calendar.field.registrationOpen')}
              checked={values.registrationOpen}
              onChange={(e) => set('registrationOpen')(e.currentTarget.checked)}
              error={errorOf('registrationOpen')}
              data-testid="field-registration-open"
            />
            <TextInput
              {...text('capacity', t('calendar.field.capacity'))}
              inputMode="numeric"
              data-testid="field-capacity"
            />
          </SimpleGrid>
        )}
        <FormActions
          submitLabel={props.submitLabel}
          submitting={props.submitting}
          onCancel={props.onCancel}
        />
      </Stack>
    </form>
  );
}
