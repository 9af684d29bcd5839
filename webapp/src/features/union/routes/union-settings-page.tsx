import { Image, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImageUploadSection } from '@/components/image-upload-section';
import { QueryState } from '@/components/page-states';
import {
  logoHref,
  MAX_LOGO_BYTES,
  useRemoveLogo,
  useUnionProfile,
  useUploadLogo,
  type UnionProfile,
} from '../api/union-profile';

/** The admin's page of the union's identity: what the configuration says, and the logo to upload or remove. */
export default function UnionSettingsPage() {
  const { t } = useTranslation();
  const profile = useUnionProfile();
  if (!profile.isSuccess) return <QueryState query={profile} />;
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t('union.settings.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('union.settings.configured')}
      </Text>
      <Stack gap={2}>
        <Text fw={700}>{profile.data.name}</Text>
        {[profile.data.address, profile.data.phone, profile.data.email, profile.data.website]
          .filter(Boolean)
          .map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          ))}
      </Stack>
      <Logo profile={profile.data} reload={() => profile.refetch()} />
    </Stack>
  );
}

function Logo({ profile, reload }: { profile: UnionProfile; reload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const upload = useUploadLogo(profile.version);
  const remove = useRemoveLogo(profile.version);
  const logo = logoHref(profile);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('union.settings.logo')}
      </Title>
      <ImageUploadSection
        preview={
          logo ? <Image src={logo} alt={t('union.settings.logoAlt')} h={96} w="auto" fit="contain" /> : null
        }
        emptyText={t('union.settings.noLogo')}
        label={t('union.settings.choose')}
        help={t('union.settings.help')}
        maxBytes={MAX_LOGO_BYTES}
        removeLabel={t('union.settings.remove')}
        testId="union-logo"
        upload={upload}
        remove={remove}
        reload={reload}
      />
    </Stack>
  );
}
