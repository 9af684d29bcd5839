import { Center, Image, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiHref, fetchCover } from '../api/bulletins';

/**
 * An issue's cover (portrait, A4 proportions). A published issue's cover is public and loaded by its
 * URL; the office's preview of an issue not yet published is fetched with the token. Without a cover,
 * a plain panel with the bulletin's name stands in (decorative).
 */
export function IssueCover({
  issueId,
  coverUrl,
  published,
  coverVersion,
  alt,
  width = 160,
}: {
  issueId: string;
  coverUrl?: string;
  /** Changes when a new cover is uploaded (its file id): the preview is fetched again. */
  coverVersion?: string;
  published: boolean;
  alt: string;
  width?: number;
}) {
  const { t } = useTranslation();
  // The API sends null (not an absent field) when there is no cover.
  const privateSrc = usePrivateCover(issueId, Boolean(coverUrl) && !published, coverVersion);
  const src = !coverUrl ? undefined : published ? apiHref(coverUrl) : privateSrc;
  const height = Math.round(width * 1.414);
  if (!src) {
    return (
      <Center
        w={width}
        h={height}
        bg="blue.0"
        style={{ borderRadius: 'var(--mantine-radius-sm)', flexShrink: 0 }}
        aria-hidden
        data-testid="cover-placeholder"
      >
        <Text fw={700} c="blue.9" ta="center" px="xs" size="sm">
          {t('bulletins.name')}
        </Text>
      </Center>
    );
  }
  return (
    <Image
      src={src}
      alt={alt}
      w={width}
      h={height}
      fit="cover"
      radius="sm"
      style={{ flexShrink: 0 }}
      loading="lazy"
      data-testid="cover"
    />
  );
}

/** An object URL of the cover fetched with the token, revoked when no longer shown. */
function usePrivateCover(issueId: string, enabled: boolean, version?: string) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    let url: string | undefined;
    fetchCover(issueId, controller.signal)
      .then((blob) => {
        url = URL.createObjectURL(blob);
        setSrc(url);
      })
      .catch(() => setSrc(undefined));
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [issueId, enabled, version]);
  return enabled ? src : undefined;
}
