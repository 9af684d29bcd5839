import { Alert, Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { useFieldErrorText } from '@/lib/form-errors';
import { useClientForm } from '@/lib/use-client-form';
import { COORDINATOR_KINDS, type CoordinatorKind } from '../api/contests';
import {
  validateCoordinator,
  type CoordinatorField,
  type CoordinatorFormErrors,
  type CoordinatorFormValues,
} from '../api/coordinator-form-model';
import { KIND_LABEL } from './labels';

/** A coordinator account: a school contact (school and district) or a district coordinator (district). */
export function CoordinatorForm(props: {
  initial: CoordinatorFormValues;
  submitLabel: string;
  submitting: boolean;
  serverErrors?: CoordinatorFormErrors;
  onSubmit: (values: CoordinatorFormValues) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const message = useFieldErrorText();
  const { values, set, clientErrors, touched, submit } = useClientForm(
    props.initial,
    validateCoordinator,
    props.onSubmit,
  );
  const errorOf = (k: CoordinatorField) =>
    message(clientErrors[k]) ?? (touched[k] ? undefined : message(props.serverErrors?.[k]));
  type TextField = 'username' | 'fullName' | 'email' | 'phone' | 'school' | 'district';
  const field = (k: TextField, label: string, required = false) => ({
    name: k,
    label,
    value: values[k],
    error: errorOf(k),
    withAsterisk: required,
    'aria-required': required || undefined,
    onChange: (e: { currentTarget: { value: string } }) => set(k, e.currentTarget.value),
    'data-testid': `coordinator-${k}`,
  });
  return (
    <form onSubmit={submit} noValidate aria-label={props.submitLabel} data-testid="coordinator-form">
      <Stack gap="sm">
        {Object.values(clientErrors).some(Boolean) && (
          <Alert color="red" role="alert">
            {t('form.fixErrors')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            {...field('username', t('contests.coordinators.username'), true)}
            description={t('contests.coordinators.usernameHelp')}
          />
          <NativeSelect
            name="kind"
            label={t('contests.coordinators.kind')}
            withAsterisk
            value={values.kind}
            onChange={(e) => set('kind', e.currentTarget.value as CoordinatorKind)}
            data={COORDINATOR_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
            data-testid="coordinator-kind"
          />
          <TextInput {...field('fullName', t('contests.coordinators.fullName'), true)} />
          <TextInput {...field('district', t('contests.field.district'), true)} />
          {values.kind === 'school' && <TextInput {...field('school', t('contests.field.school'), true)} />}
          <TextInput {...field('phone', t('contests.coordinators.phone'))} type="tel" />
          <TextInput {...field('email', t('contests.coordinators.email'))} type="email" />
          <Checkbox
            mt={{ sm: 30 }}
            label={t('contests.coordinators.activeLabel')}
            checked={values.active}
            onChange={(e) => set('active', e.currentTarget.checked)}
            data-testid="coordinator-active"
          />
        </SimpleGrid>
        <FormActions
          submitLabel={props.submitLabel}
          submitting={props.submitting}
          onCancel={props.onCancel}
          testId="save-coordinator"
        />
      </Stack>
    </form>
  );
}
