import { Button, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileUpload } from '@/components/file-upload';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflict } from '@/components/use-conflict';
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
  if (profile.isPending) return <LoadingState />;
  if (profile.isError) return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
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
  const conflict = useConflict(reload);
  const [error, setError] = useState<unknown>(null);
  const logo = logoHref(profile);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('union.settings.logo')}
      </Title>
      {error ? <ProblemAlert error={error} /> : null}
      {logo ? (
        <Image src={logo} alt={t('union.settings.logoAlt')} h={96} w="auto" fit="contain" />
      ) : (
        <Text size="sm" c="dimmed">
          {t('union.settings.noLogo')}
        </Text>
      )}
      <FileUpload
        label={t('union.settings.choose')}
        help={t('union.settings.help')}
        accept="image/png,image/jpeg"
        maxBytes={MAX_LOGO_BYTES}
        uploading={upload.isPending}
        upload={(file, callbacks) =>
          upload.mutate(file, {
            onSuccess: callbacks.onSuccess,
            onError: (e) => conflict.handle(e, callbacks.onError),
          })
        }
        testId="union-logo"
      />
      {profile.logoUrl && (
        <Group>
          <Button
            variant="subtle"
            color="red"
            loading={remove.isPending}
            onClick={() => remove.mutate(undefined, { onError: (e) => conflict.handle(e, setError) })}
            data-testid="union-logo-remove"
          >
            {t('union.settings.remove')}
          </Button>
        </Group>
      )}
      {conflict.dialog}
    </Stack>
  );
}
