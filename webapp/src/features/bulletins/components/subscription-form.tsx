import { Alert, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/form-actions';
import { ProblemAlert } from '@/components/problem-alert';
import { ApiError } from '@/lib/api/problem';
import { looksLikeEmail, useSubscribe } from '../api/subscription';

/** The free distribution by e-mail: anyone leaves an address and confirms it from the mail (double opt-in). */
export function SubscriptionForm() {
  const { t, i18n } = useTranslation();
  const subscribe = useSubscribe();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!looksLikeEmail(email)) {
      setFieldError(t('bulletinSubscription.emailInvalid'));
      e.currentTarget.querySelector<HTMLElement>('[name="email"]')?.focus();
      return;
    }
    setFieldError(undefined);
    setError(null);
    subscribe.mutate(
      { email: email.trim(), language: i18n.language.startsWith('en') ? 'en' : 'vi' },
      {
        onSuccess: (accepted) => setMessage(accepted.message),
        onError: (err) => {
          setFieldError(err instanceof ApiError ? err.fieldErrors().email : undefined);
          setError(err);
        },
      },
    );
  };

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="bulletin-subscription-title"
      data-testid="bulletin-subscription"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="bulletin-subscription-title">
          {t('bulletinSubscription.title')}
        </Title>
        <Text size="sm">{t('bulletinSubscription.intro')}</Text>
        {message ? (
          <Alert color="green" role="status" data-testid="subscription-accepted">
            {message}
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate aria-label={t('bulletinSubscription.title')}>
            <Stack gap="sm">
              {error ? <ProblemAlert error={error} /> : null}
              <TextInput
                name="email"
                type="email"
                label={t('bulletinSubscription.email')}
                placeholder={t('bulletinSubscription.emailPlaceholder')}
                required
                maxLength={254}
                value={email}
                onChange={(e) => {
                  setEmail(e.currentTarget.value);
                  setFieldError(undefined);
                }}
                error={fieldError}
                data-testid="subscription-email"
              />
              <Text size="xs" c="dimmed">
                {t('bulletinSubscription.privacy')}
              </Text>
              <FormActions
                submitLabel={t('bulletinSubscription.submit')}
                submitting={subscribe.isPending}
                testId="subscribe"
              />
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
