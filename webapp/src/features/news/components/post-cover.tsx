import { Image } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fetchCover } from '../api/posts';

/** The cover read with the caller's token (a draft's or a members' post's cover is not public), shown once loaded. */
export function PostCover({ postId, version, alt, maxHeight = 360 }: { postId: string; version: number; alt: string; maxHeight?: number }) {
  const blob = useQuery({
    queryKey: ['posts', 'cover', postId, version],
    queryFn: ({ signal }) => fetchCover(postId, signal),
    staleTime: Infinity,
  });
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob.data) return undefined;
    const objectUrl = URL.createObjectURL(blob.data);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob.data]);
  if (!url) return null;
  return <Image src={url} alt={alt} mah={maxHeight} fit="contain" radius="sm" data-testid="post-cover" />;
}
