import { Alert, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { ProblemAlert } from '@/components/problem-alert';
import { ApiError } from '@/lib/api/problem';
import { useRegister } from '../api/calendar';

/**
 * Registration for a workshop: anyone who sees it, signed in or not. The answer is the same for every
 * address: a link is mailed, and the seat is held once it is followed (see RegistrationConfirmPage).
 */
export function RegistrationForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const register = useRegister(eventId);
  const [values, setValues] = useState({ fullName: '', email: '', organisation: '' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  if (done) {
    return (
      <Alert color="green" role="status" data-testid="registration-done">
        <Text fw={600}>{t('calendar.register.checkMail')}</Text>
        <Text size="sm">{done}</Text>
      </Alert>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    if (!values.fullName.trim()) errors.fullName = t('calendar.form.required');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
      errors.email = t('calendar.register.emailInvalid');
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    setError(null);
    register.mutate(
      {
        body: {
          fullName: values.fullName.trim(),
          email: values.email.trim(),
          organisation: values.organisation.trim() || undefined,
        },
      },
      {
        onSuccess: (accepted) => setDone(accepted.message),
        onError: (err) => {
          setFieldErrors(err instanceof ApiError ? err.fieldErrors() : {});
          setError(err);
        },
      },
    );
  };

  const field = (k: keyof typeof values) => ({
    name: k,
    value: values[k],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((old) => ({ ...old, [k]: value }));
    },
    error: fieldErrors[k],
  });

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('calendar.register.title')}
      data-testid="registration-form"
    >
      <Stack gap="sm">
        {error ? <ProblemAlert error={error} /> : null}
        <TextInput {...field('fullName')} label={t('calendar.register.fullName')} required maxLength={200} />
        <TextInput
          {...field('email')}
          label={t('calendar.register.email')}
          type="email"
          required
          maxLength={254}
        />
        <TextInput {...field('organisation')} label={t('calendar.register.organisation')} maxLength={300} />
        <FormActions
          submitLabel={t('calendar.register.submit')}
          submitting={register.isPending}
          testId="register"
        />
      </Stack>
    </form>
  );
}
