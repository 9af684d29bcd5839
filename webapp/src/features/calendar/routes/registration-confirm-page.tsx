import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConfirmRegistration } from '../api/calendar';
import { paths } from '@/config/paths';

/**
 * Where a workshop registration's confirmation link lands (public). The secret travels in the query
 * string and is sent to the API once, by POST: a GET of the link (e.g. by a mail scanner) changes nothing.
 */
export default function RegistrationConfirmPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmRegistration();
  const sent = useRef(false);

  useEffect(() => {
    if (!sent.current && token) {
      sent.current = true;
      confirm.mutate(token);
    }
  }, [token, confirm]);

  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('calendar.register.confirmTitle')}</Title>
      {!token ? (
        <Alert color="red" role="alert" data-testid="registration-link-missing">
          {t('calendar.register.linkMissing')}
        </Alert>
      ) : confirm.isError ? (
        <ProblemAlert error={confirm.error} />
      ) : confirm.isSuccess ? (
        <Alert color="green" role="status" data-testid="registration-confirmed">
          {t('calendar.register.confirmed', { name: confirm.data.fullName, email: confirm.data.email })}
        </Alert>
      ) : (
        <LoadingState />
      )}
      {confirm.isSuccess && (
        <Anchor
          component={Link}
          to={paths.calendar.event.getHref(confirm.data.eventId)}
          data-testid="registration-event"
        >
          {t('calendar.register.toEvent')}
        </Anchor>
      )}
    </Stack>
  );
}
