import { Image } from '@mantine/core';
import { useEffect, useState } from 'react';
import { fetchCover } from '../api/posts';

/** The cover read with the caller's token (a draft's or a members' post's cover is not public), shown once loaded. */
export function PostCover({
  postId,
  version,
  alt,
  maxHeight = 360,
}: {
  postId: string;
  /** Changes when the post changes (a new cover, too): the image is fetched again. */
  version: number;
  alt: string;
  maxHeight?: number;
}) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    const controller = new AbortController();
    let url: string | undefined;
    fetchCover(postId, controller.signal)
      .then((blob) => {
        url = URL.createObjectURL(blob);
        setSrc(url);
      })
      .catch(() => setSrc(undefined));
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [postId, version]);
  if (!src) return null;
  return <Image src={src} alt={alt} mah={maxHeight} fit="contain" radius="sm" data-testid="post-cover" />;
}
