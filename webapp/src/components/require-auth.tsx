import { Button, Stack, Text } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useAuth, type Role } from '@/lib/auth/auth-context';
import { LoadingState } from './page-states';
import { ProblemAlert } from './problem-alert';
import { Alert } from '@mantine/core';

/** Signed-in pages: sends anonymous visitors to the login page and brings them back here afterwards. */
export function RequireAuth({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}${location.hash}`;

  useEffect(() => {
    // not again by itself once the login server was found unreachable: the page offers a retry
    if (auth.status === 'anonymous' && !auth.loginUnavailable) void auth.login(returnTo);
  }, [auth, returnTo]);

  if (auth.status === 'loading') return <LoadingState />;
  if (auth.status === 'anonymous' && auth.loginUnavailable) {
    return (
      <Stack align="center" py="xl">
        <Alert color="red" title={t('auth.unavailableTitle')} role="alert" data-testid="login-unavailable">
          {t('auth.unavailable')}
        </Alert>
        <Button onClick={() => void auth.login(returnTo)}>{t('common.retry')}</Button>
      </Stack>
    );
  }
  if (auth.status === 'anonymous') {
    return (
      <Stack align="center" py="xl">
        <Text>{t('auth.redirecting')}</Text>
        <Button onClick={() => void auth.login(returnTo)}>{t('auth.login')}</Button>
      </Stack>
    );
  }
  if (auth.meError) return <ProblemAlert error={auth.meError} />;
  if (roles && !auth.hasRole(...roles)) {
    return (
      <Alert color="orange" title={t('error.forbiddenTitle')} role="alert" data-testid="forbidden">
        {t('error.forbiddenRole')}
      </Alert>
    );
  }
  return <>{children}</>;
}
