import {
  Alert,
  Checkbox,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { useFieldErrorText } from '@/lib/form-errors';
import { RECIPIENT_KINDS, type RecipientKind } from '../api/distribution';
import {
  RECIPIENT_LIMITS,
  needsDistrict,
  validateRecipient,
  type RecipientField,
  type RecipientFormErrors,
  type RecipientFormValues,
} from '../api/recipient-form-model';
import { KIND_LABEL } from './labels';

export interface RecipientFormProps {
  initial: RecipientFormValues;
  submitting: boolean;
  submitLabel: string;
  /** Field errors from the API (problem.errors), shown next to their fields until changed. */
  serverErrors?: RecipientFormErrors;
  onSubmit: (values: RecipientFormValues) => void;
  onCancel?: () => void;
}

/** Every field of a recipient (DistributionRecipientInput), shared by the create and edit pages. */
export function RecipientForm(props: RecipientFormProps) {
  const { t } = useTranslation();
  const message = useFieldErrorText();
  const [values, setValues] = useState(props.initial);
  const [clientErrors, setClientErrors] = useState<RecipientFormErrors>({});
  const [touched, setTouched] = useState<Set<RecipientField>>(new Set());
  const [serverErrorsSeen, setServerErrorsSeen] = useState(props.serverErrors);
  if (serverErrorsSeen !== props.serverErrors) {
    setServerErrorsSeen(props.serverErrors);
    setTouched(new Set());
  }

  const errorOf = (field: RecipientField) =>
    message(clientErrors[field]) ?? (touched.has(field) ? undefined : message(props.serverErrors?.[field]));
  const set = <K extends RecipientField>(field: K, value: RecipientFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setClientErrors((e) => ({ ...e, [field]: undefined }));
    setTouched((s) => new Set(s).add(field));
  };
  type TextField = 'name' | 'district' | 'address' | 'contactPerson' | 'phone' | 'note';
  const text = (field: TextField, label: string, required = false) => ({
    name: field,
    label,
    value: values[field],
    error: errorOf(field),
    withAsterisk: required,
    'aria-required': required || undefined,
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
    'data-testid': `recipient-${field}`,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateRecipient(values);
    setClientErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document
        .querySelector<HTMLElement>(`[name="${first}"]:not([type="hidden"]), [data-name="${first}"]`)
        ?.focus();
      return;
    }
    props.onSubmit(values);
  };

  const local = needsDistrict(values.kind);
  const hasErrors = Object.values(clientErrors).some(Boolean);

  return (
    <form onSubmit={submit} noValidate aria-label={props.submitLabel} data-testid="recipient-form">
      <Stack gap="sm">
        {hasErrors && (
          <Alert color="red" role="alert" data-testid="form-invalid">
            {t('form.fixErrors')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            name="kind"
            label={t('distribution.recipient.kind')}
            withAsterisk
            value={values.kind}
            onChange={(e) => set('kind', e.currentTarget.value as RecipientKind)}
            data={RECIPIENT_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
            error={errorOf('kind')}
            data-testid="recipient-kind"
          />
          <TextInput
            {...text('district', t('distribution.recipient.district'), local)}
            description={
              local
                ? t('distribution.recipient.districtRequired')
                : t('distribution.recipient.districtOptional')
            }
            maxLength={RECIPIENT_LIMITS.district}
          />
          <TextInput
            {...text('name', t('distribution.recipient.name'), true)}
            placeholder={t('distribution.recipient.namePlaceholder')}
            maxLength={RECIPIENT_LIMITS.name}
          />
          <TextInput
            {...text('address', t('distribution.recipient.address'), true)}
            maxLength={RECIPIENT_LIMITS.address}
          />
          <TextInput
            {...text('contactPerson', t('distribution.recipient.contactPerson'))}
            maxLength={RECIPIENT_LIMITS.contactPerson}
          />
          <TextInput {...text('phone', t('distribution.recipient.phone'))} type="tel" />
          <NumberInput
            name="copies"
            label={t('distribution.recipient.copies')}
            description={t('distribution.recipient.copiesHelp')}
            withAsterisk
            aria-required
            min={RECIPIENT_LIMITS.copiesMin}
            max={RECIPIENT_LIMITS.copiesMax}
            allowDecimal={false}
            allowNegative={false}
            value={values.copies}
            onChange={(v) => set('copies', v)}
            error={errorOf('copies')}
            data-testid="recipient-copies"
          />
          <Checkbox
            mt={{ sm: 30 }}
            name="active"
            label={t('distribution.recipient.activeLabel')}
            description={t('distribution.recipient.activeHelp')}
            checked={values.active}
            onChange={(e) => set('active', e.currentTarget.checked)}
            data-testid="recipient-active-input"
          />
        </SimpleGrid>
        <Textarea
          autosize
          minRows={2}
          {...text('note', t('distribution.recipient.note'))}
          description={t('form.maxChars', { max: RECIPIENT_LIMITS.note })}
        />
        <FormActions
          submitLabel={props.submitLabel}
          submitting={props.submitting}
          onCancel={props.onCancel}
          testId="save-recipient"
        />
      </Stack>
    </form>
  );
}
