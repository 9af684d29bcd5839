import { Group, Image, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { logoHref, useUnionProfile } from '../api/union-profile';

/** The header's name of the union, with its province and logo: whose site this is, at a glance. */
export function UnionBrand() {
  const { t } = useTranslation();
  const profile = useUnionProfile().data;
  const logo = profile ? logoHref(profile) : undefined;
  const place = profile?.place;
  return (
    <Group gap="xs" wrap="nowrap">
      {logo && <Image src={logo} alt="" h={36} w="auto" fit="contain" data-testid="union-logo" />}
      <Text span fw={700} visibleFrom="xs" data-testid="union-name">
        {place ? t('union.brand', { place }) : t('app.name')}
      </Text>
      <Text span fw={700} hiddenFrom="xs">
        {t('app.shortName')}
      </Text>
    </Group>
  );
}
