import { Alert, Fieldset, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { useFieldErrorText } from '@/lib/form-errors';
import type { AssociationStatus } from '../api/associations';
import {
  LIMITS,
  validateAssociation,
  type AssociationFormValues,
  type FieldName,
  type FormErrors,
} from '../api/association-form-model';
import { STATUSES } from '../api/list-params';
import { STATUS_LABEL } from './labels';
import { DateField } from '@/components/date-fields';

export interface AssociationFormProps {
  initial: AssociationFormValues;
  canChangeStatus: boolean;
  showInternalNotes: boolean;
  submitting: boolean;
  submitLabel: string;
  /** Field errors from the API (problem.errors), shown next to their fields. */
  serverErrors?: FormErrors;
  onSubmit: (values: AssociationFormValues) => void;
  onCancel?: () => void;
}

export function AssociationForm(props: AssociationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(props.initial);
  const [clientErrors, setClientErrors] = useState<FormErrors>({});
  const [touchedSinceServer, setTouchedSinceServer] = useState<Set<FieldName>>(new Set());
  const [serverErrorsSeen, setServerErrorsSeen] = useState(props.serverErrors);
  if (serverErrorsSeen !== props.serverErrors) {
    setServerErrorsSeen(props.serverErrors);
    setTouchedSinceServer(new Set());
  }

  const message = useFieldErrorText();
  const errorOf = (field: FieldName): string | undefined =>
    message(clientErrors[field]) ??
    (touchedSinceServer.has(field) ? undefined : message(props.serverErrors?.[field]));

  const set = (field: FieldName) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setClientErrors((e) => ({ ...e, [field]: undefined }));
    setTouchedSinceServer((s) => new Set(s).add(field));
  };
  const text = (field: FieldName, label: string, extra: { required?: boolean; maxLength?: number } = {}) => ({
    name: field,
    label,
    value: values[field],
    error: errorOf(field),
    withAsterisk: extra.required,
    'aria-required': extra.required || undefined,
    maxLength: extra.maxLength,
    onChange: (event: { currentTarget: { value: string } }) => set(field)(event.currentTarget.value),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateAssociation(values);
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0];
      document
        .querySelector<HTMLElement>(`[name="${first}"]:not([type="hidden"]), [data-name="${first}"]`)
        ?.focus();
      return;
    }
    props.onSubmit(values);
  };

  const hasErrors = Object.values(clientErrors).some(Boolean);

  return (
    <form onSubmit={submit} noValidate aria-label={props.submitLabel}>
      <Stack gap="md">
        {hasErrors && (
          <Alert color="red" role="alert" data-testid="form-invalid">
            {t('form.fixErrors')}
          </Alert>
        )}
        <Fieldset legend={t('association.section.profile')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('name', t('association.field.name'), { required: true })} />
            <TextInput {...text('abbreviation', t('association.field.abbreviation'))} />
            <TextInput {...text('field', t('association.field.field'), { required: true })} />
            <TextInput
              {...text('memberCount', t('association.field.memberCount'), { required: true })}
              inputMode="numeric"
            />
            <TextInput {...text('foundingDecision', t('association.field.foundingDecision'))} />
            <DateField {...text('foundedOn', t('association.field.foundedOn'))} />
            {props.canChangeStatus && (
              <Select
                name="status"
                label={t('association.field.status')}
                value={values.status}
                allowDeselect={false}
                onChange={(v) => v && set('status')(v as AssociationStatus)}
                data={STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
                error={errorOf('status')}
              />
            )}
          </SimpleGrid>
          <Textarea
            mt="sm"
            autosize
            minRows={3}
            {...text('description', t('association.field.description'))}
            description={t('form.maxChars', { max: LIMITS.description })}
          />
        </Fieldset>
        <Fieldset legend={t('association.section.contact')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('contact.address', t('association.field.address'))} />
            <TextInput {...text('contact.email', t('association.field.email'))} type="email" />
            <TextInput {...text('contact.phone', t('association.field.phone'))} type="tel" />
            <TextInput {...text('contact.website', t('association.field.website'))} type="url" />
          </SimpleGrid>
        </Fieldset>
        {props.showInternalNotes && (
          <Textarea
            autosize
            minRows={2}
            {...text('internalNotes', t('association.field.internalNotes'))}
            description={t('association.internalNotesHelp')}
          />
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
