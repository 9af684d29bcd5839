import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { paths } from '@/config/paths';

/** Last line of defence: an unexpected render error shows a message and a way out, never a blank page. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Alert color="red" title={t('error.unexpectedTitle')} role="alert">
          <Text size="sm">{error instanceof Error ? error.message : t('error.generic')}</Text>
        </Alert>
        <Button component="a" href={paths.home.getHref()} variant="default">
          {t('nav.home')}
        </Button>
      </Stack>
    </Container>
  );
}
