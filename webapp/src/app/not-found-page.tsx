import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Title order={1}>{t('error.notFoundTitle')}</Title>
      <Text>{t('error.pageNotFound')}</Text>
      <Button component={Link} to={paths.home.getHref()} variant="default">
        {t('nav.home')}
      </Button>
    </Stack>
  );
}
