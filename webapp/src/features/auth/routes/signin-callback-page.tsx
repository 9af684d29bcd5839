import { Button, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { completeSignin, returnToOf } from '@/lib/auth/user-manager';
import { paths } from '@/config/paths';

/** Keycloak redirects here with the authorization code; then the user goes back to where they started. */
export default function SigninCallbackPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    completeSignin()
      .then((user) => navigate(returnToOf(user), { replace: true }))
      .catch((e: unknown) => setError(e));
  }, [navigate]);

  if (error) {
    return (
      <Stack>
        <ProblemAlert error={error} title={t('auth.callbackFailed')} />
        <Button variant="default" onClick={() => navigate(paths.home.getHref(), { replace: true })}>
          {t('nav.home')}
        </Button>
      </Stack>
    );
  }
  return <LoadingState label={t('auth.completing')} />;
}
