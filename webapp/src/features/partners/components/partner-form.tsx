import { Alert, Checkbox, Fieldset, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { useFieldErrorText } from '@/lib/form-errors';
import {
  NO_STORED_SECRETS,
  PARTNER_LIMITS,
  validatePartner,
  type PartnerField,
  type PartnerFormErrors,
  type PartnerFormValues,
  type StoredSecrets,
} from '../api/partner-form-model';
import { WEBHOOK_EVENTS, type WebhookEvent } from '../api/partners';
import { EVENT_LABEL } from './labels';

export interface PartnerFormProps {
  initial: PartnerFormValues;
  /** Which secrets the server already keeps (edit): their fields may stay empty. */
  stored?: StoredSecrets;
  submitting: boolean;
  submitLabel: string;
  serverErrors?: PartnerFormErrors;
  onSubmit: (values: PartnerFormValues) => void;
  onCancel?: () => void;
}

type TextField = {
  [K in PartnerField]: PartnerFormValues[K] extends string ? K : never;
}[PartnerField];

/** Every field of a partner (PartnerInput), shared by the create and edit pages. */
export function PartnerForm(props: PartnerFormProps) {
  const { t } = useTranslation();
  const message = useFieldErrorText();
  const stored = props.stored ?? NO_STORED_SECRETS;
  const [values, setValues] = useState(props.initial);
  const [clientErrors, setClientErrors] = useState<PartnerFormErrors>({});
  const [touched, setTouched] = useState<Set<PartnerField>>(new Set());
  const [serverErrorsSeen, setServerErrorsSeen] = useState(props.serverErrors);
  if (serverErrorsSeen !== props.serverErrors) {
    setServerErrorsSeen(props.serverErrors);
    setTouched(new Set());
  }

  const errorOf = (field: PartnerField) =>
    message(clientErrors[field]) ?? (touched.has(field) ? undefined : message(props.serverErrors?.[field]));
  const set = <K extends PartnerField>(field: K, value: PartnerFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setClientErrors((e) => ({ ...e, [field]: undefined }));
    setTouched((s) => new Set(s).add(field));
  };
  const text = (field: TextField, label: string, required = false) => ({
    name: field,
    label,
    value: values[field],
    error: errorOf(field),
    withAsterisk: required,
    'aria-required': required || undefined,
    maxLength: field in PARTNER_LIMITS ? PARTNER_LIMITS[field as keyof typeof PARTNER_LIMITS] : undefined,
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value),
    'data-testid': `partner-${field}`,
  });
  const check = (
    field: 'active' | 'webhookEnabled' | 'pullEnabled' | 'pullScheduled' | 'pullRemoveNotification',
  ) => ({
    name: field,
    checked: values[field],
    onChange: (e: { currentTarget: { checked: boolean } }) => set(field, e.currentTarget.checked),
    'data-testid': `partner-${field}`,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validatePartner(values, stored);
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
  const hasErrors = Object.values(clientErrors).some(Boolean);

  return (
    <form onSubmit={submit} noValidate aria-label={props.submitLabel} data-testid="partner-form">
      <Stack gap="md">
        {hasErrors && (
          <Alert color="red" role="alert" data-testid="form-invalid">
            {t('form.fixErrors')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            {...text('name', t('partners.field.name'), true)}
            placeholder={t('partners.field.namePlaceholder')}
          />
          <TextInput {...text('province', t('partners.field.province'), true)} />
          <TextInput {...text('contactPerson', t('partners.field.contactPerson'))} />
          <TextInput {...text('contactEmail', t('partners.field.contactEmail'))} type="email" />
          <TextInput {...text('contactPhone', t('partners.field.contactPhone'))} type="tel" />
          <TextInput
            {...text('clientId', t('partners.field.clientId'))}
            description={t('partners.field.clientIdHelp')}
          />
        </SimpleGrid>
        <Checkbox
          {...check('active')}
          label={t('partners.field.active')}
          description={t('partners.field.activeHelp')}
        />

        <Fieldset legend={t('partners.webhook.title')}>
          <Stack gap="sm">
            <Checkbox {...check('webhookEnabled')} label={t('partners.field.webhookEnabled')} />
            {values.webhookEnabled && (
              <>
                <TextInput
                  {...text('webhookUrl', t('partners.field.webhookUrl'), true)}
                  type="url"
                  placeholder="https://"
                />
                <Checkbox.Group
                  label={t('partners.field.webhookEvents')}
                  withAsterisk
                  value={values.webhookEvents}
                  onChange={(v) => set('webhookEvents', v as WebhookEvent[])}
                  error={errorOf('webhookEvents')}
                  data-testid="partner-webhookEvents"
                >
                  <Stack gap={6} mt={6}>
                    {WEBHOOK_EVENTS.map((e) => (
                      <Checkbox key={e} value={e} label={t(EVENT_LABEL[e])} data-testid={`event-${e}`} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              </>
            )}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('partners.pull.title')}>
          <Stack gap="sm">
            <Checkbox
              {...check('pullEnabled')}
              label={t('partners.field.pullEnabled')}
              description={t('partners.field.pullEnabledHelp')}
            />
            {values.pullEnabled && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput {...text('pullBaseUrl', t('partners.field.pullBaseUrl'), true)} type="url" />
                <TextInput {...text('pullTokenUrl', t('partners.field.pullTokenUrl'), true)} type="url" />
                <TextInput {...text('pullClientId', t('partners.field.pullClientId'), true)} />
                <PasswordInput
                  {...text(
                    'pullClientSecret',
                    t('partners.field.pullClientSecret'),
                    !stored.pullClientSecret,
                  )}
                  autoComplete="new-password"
                  description={
                    stored.pullClientSecret
                      ? t('partners.field.keepSecret')
                      : t('partners.field.pullClientSecretHelp')
                  }
                  visibilityToggleButtonProps={{ 'aria-label': t('partners.field.showSecret') }}
                />
                <PasswordInput
                  {...text('pullNotificationSecret', t('partners.field.pullNotificationSecret'))}
                  autoComplete="new-password"
                  disabled={values.pullRemoveNotification}
                  description={
                    stored.notificationSecret
                      ? t('partners.field.keepSecret')
                      : t('partners.field.pullNotificationSecretHelp')
                  }
                  visibilityToggleButtonProps={{ 'aria-label': t('partners.field.showSecret') }}
                />
                <Stack gap="xs" mt={{ sm: 30 }}>
                  <Checkbox {...check('pullScheduled')} label={t('partners.field.pullScheduled')} />
                  {stored.notificationSecret && (
                    <Checkbox
                      {...check('pullRemoveNotification')}
                      label={t('partners.field.pullRemoveNotification')}
                    />
                  )}
                </Stack>
              </SimpleGrid>
            )}
          </Stack>
        </Fieldset>
        <FormActions
          submitLabel={props.submitLabel}
          submitting={props.submitting}
          onCancel={props.onCancel}
          testId="save-partner"
        />
      </Stack>
    </form>
  );
}
