import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useUnionProfile } from '../api/union-profile';

/** The footer every union's site has: its full name, address, phone and e-mail, and the ways in. */
export function UnionFooter() {
  const { t } = useTranslation();
  const profile = useUnionProfile().data;
  if (!profile) return null;
  return (
    <Box
      component="footer"
      mt="xl"
      pt="md"
      pb="md"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Stack gap={4} data-testid="union-footer">
        <Text fw={700} size="sm">
          {profile.name}
        </Text>
        {profile.address && (
          <Text size="sm">
            {t('union.footer.address')}: {profile.address}
          </Text>
        )}
        <Group gap="md" wrap="wrap">
          {profile.phone && (
            <Text size="sm">
              {t('union.footer.phone')}:{' '}
              <Anchor href={`tel:${profile.phone.replace(/[^\d+]/g, '')}`}>{profile.phone}</Anchor>
            </Text>
          )}
          {profile.email && (
            <Text size="sm">
              {t('union.footer.email')}: <Anchor href={`mailto:${profile.email}`}>{profile.email}</Anchor>
            </Text>
          )}
          {profile.website && (
            <Anchor size="sm" href={profile.website} target="_blank" rel="noopener noreferrer">
              {t('union.footer.website')}
            </Anchor>
          )}
        </Group>
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to={paths.news.list.getHref()} size="sm">
            {t('union.footer.news')}
          </Anchor>
          <Anchor component={Link} to={paths.bulletins.archive.getHref()} size="sm">
            {t('union.footer.bulletins')}
          </Anchor>
          <Anchor component={Link} to={paths.associations.directory.getHref()} size="sm">
            {t('union.footer.directory')}
          </Anchor>
          <Anchor href="/docs/api" size="sm">
            {t('union.footer.apiDocs')}
          </Anchor>
        </Group>
      </Stack>
    </Box>
  );
}
