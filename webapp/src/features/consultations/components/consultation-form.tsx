import { Alert, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { useFieldErrorText } from '@/lib/form-errors';
import { useClientForm } from '@/lib/use-client-form';
import { CONSULTATION_KINDS, type ConsultationKind } from '../api/consultations';
import {
  LIMITS,
  validateConsultation,
  type ConsultationFormValues,
  type FieldName,
  type FormErrors,
} from '../api/consultation-form-model';
import { useFieldNames } from './field-names';
import { KIND_LABEL } from './labels';
import { DateField } from '@/components/date-fields';

type TextField = Exclude<FieldName, 'kind' | 'fieldCodes'>;

/** The request details of a consultation: used to record a new one and to correct an open one. */
export function ConsultationForm(props: {
  initial: ConsultationFormValues;
  submitLabel: string;
  submitting: boolean;
  serverErrors?: FormErrors;
  onSubmit: (values: ConsultationFormValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { options: fieldOptions } = useFieldNames();
  const { values, set, clientErrors, touched, submit } = useClientForm(
    props.initial,
    validateConsultation,
    props.onSubmit,
  );
  const message = useFieldErrorText();
  // A server error stays next to its field until the field is changed.
  const errorOf = (k: FieldName) =>
    message(clientErrors[k]) ?? (touched[k] ? undefined : message(props.serverErrors?.[k]));

  const text = (k: TextField, label: string, options: { required?: boolean } = {}) => ({
    name: k,
    label,
    required: options.required,
    value: values[k],
    onChange: (e: { currentTarget: { value: string } }) => set(k, e.currentTarget.value),
    error: errorOf(k),
  });

  const hasErrors = Object.values(clientErrors).some(Boolean);

  return (
    <form onSubmit={submit} noValidate aria-label={props.submitLabel} data-testid="consultation-form">
      <Stack gap="md">
        {hasErrors && (
          <Alert color="red" role="alert" data-testid="form-invalid">
            {t('consultations.form.fixErrors')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            name="kind"
            label={t('consultations.field.kind')}
            required
            allowDeselect={false}
            value={values.kind}
            onChange={(v) => v && set('kind', v as ConsultationKind)}
            data={CONSULTATION_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
            error={errorOf('kind')}
            data-testid="field-kind"
          />
          <MultiSelect
            name="fieldCodes"
            label={t('consultations.field.fields')}
            description={t('consultations.form.fieldsHelp', { max: LIMITS.fieldCodes })}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('common.clear') }}
            maxValues={LIMITS.fieldCodes}
            value={values.fieldCodes}
            onChange={(v) => set('fieldCodes', v)}
            data={fieldOptions}
            error={errorOf('fieldCodes')}
            data-testid="field-fields"
          />
        </SimpleGrid>
        <TextInput
          {...text('subject', t('consultations.field.subject'), { required: true })}
          maxLength={LIMITS.subject}
          data-testid="field-subject"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            {...text('requestingBody', t('consultations.field.requestingBody'), { required: true })}
            description={t('consultations.form.requestingBodyHelp')}
            maxLength={LIMITS.requestingBody}
            data-testid="field-requesting-body"
          />
          <TextInput
            {...text('requestReference', t('consultations.field.requestReference'))}
            description={t('consultations.form.requestReferenceHelp')}
            maxLength={LIMITS.requestReference}
          />
          <DateField
            {...text('requestDate', t('consultations.field.requestDate'), { required: true })}
            data-testid="field-request-date"
          />
          <DateField
            {...text('deadline', t('consultations.field.deadline'), { required: true })}
            data-testid="field-deadline"
          />
        </SimpleGrid>
        <Textarea
          {...text('description', t('consultations.field.description'))}
          autosize
          minRows={3}
          description={t('consultations.form.maxChars', { max: LIMITS.description })}
        />
        <FormActions
          submitLabel={props.submitLabel}
          submitting={props.submitting}
          onCancel={props.onCancel}
          testId="save-consultation"
        />
      </Stack>
    </form>
  );
}
