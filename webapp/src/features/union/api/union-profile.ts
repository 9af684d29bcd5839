import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, type components } from '@/lib/api/client';
import { fileBody } from '@/lib/api/files';
import { unwrap } from '@/lib/api/problem';
import { getConfig } from '@/lib/config';

export type UnionProfile = components['schemas']['UnionProfile'];

export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;
/** The API's limit (UnionService.MAX_LOGO_BYTES), checked here first for a clear message. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const unionKey = ['union', 'profile'] as const;

/** Whose site this is: name, province, contacts, logo. It changes with a deployment or a new logo only. */
export function useUnionProfile() {
  return useQuery({
    queryKey: unionKey,
    staleTime: 10 * 60_000,
    queryFn: async ({ signal }) => unwrap(await api().GET('/api/v1/union', { signal })),
  });
}

/** The logo's absolute address; the version makes a replaced logo a new URL (no stale browser cache). */
export function logoHref(profile: UnionProfile): string | undefined {
  return profile.logoUrl ? `${getConfig().apiUrl}${profile.logoUrl}?v=${profile.version}` : undefined;
}

function useStoreProfile() {
  const queryClient = useQueryClient();
  return (profile: UnionProfile) => queryClient.setQueryData(unionKey, profile);
}

/** Replaces the logo (admin); the version keeps a concurrent replacement from being lost. */
export function useUploadLogo(version: number) {
  const store = useStoreProfile();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api().PUT('/api/v1/union/logo', {
          ...fileBody(file, LOGO_TYPES),
          params: { query: { fileName: file.name }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}

export function useRemoveLogo(version: number) {
  const store = useStoreProfile();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api().DELETE('/api/v1/union/logo', { params: { header: { 'If-Match': ifMatch(version) } } }),
      ),
    onSuccess: store,
  });
}
