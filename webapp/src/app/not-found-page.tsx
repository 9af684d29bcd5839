import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Title order={1}>{t('error.notFoundTitle')}</Title>
      <Text>{t('error.pageNotFound')}</Text>
      <Button component={Link} to="/" variant="default">
        {t('nav.home')}
      </Button>
    </Stack>
  );
}
